<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/pages/audit.py" line="+166"/>
        <source>%n rows written to %s</source>
        <translation>
            <numerusform>%n row written to %s</numerusform>
            <numerusform>%n rows written to %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/pages/budget.py" line="+276"/>
        <source>Saved %n cells of %s</source>
        <translation>
            <numerusform>Saved %n cell of %s</numerusform>
            <numerusform>Saved %n cells of %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Delete the draft %s with its %n lines and award changes?</source>
        <translation>
            <numerusform>Delete the draft %s with its %n line and award changes?</numerusform>
            <numerusform>Delete the draft %s with its %n lines and award changes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRenewalDialog</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/dialogs/bulk_renewal_dialog.py" line="+268"/>
        <source>%n contracts renewed</source>
        <translation>
            <numerusform>%n contract renewed</numerusform>
            <numerusform>%n contracts renewed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultanciesPage</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/pages/consultancies.py" line="+165"/>
        <source>Delete consultancy %s and its %n deliverables? To end it early, terminate it instead.</source>
        <translation>
            <numerusform>Delete consultancy %s and its %n deliverable? To end it early, terminate it instead.</numerusform>
            <numerusform>Delete consultancy %s and its %n deliverables? To end it early, terminate it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/pages/dashboard.py" line="+152"/>
        <source>%n late deliverables</source>
        <translation>
            <numerusform>%n late deliverable</numerusform>
            <numerusform>%n late deliverables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(up to %n days late)</source>
        <translation>
            <numerusform>(up to %n day late)</numerusform>
            <numerusform>(up to %n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n milestones slipping</source>
        <translation>
            <numerusform>%n milestone slipping</numerusform>
            <numerusform>%n milestones slipping</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n active risks shown</source>
        <translation>
            <numerusform>%n active risk shown</numerusform>
            <numerusform>%n active risks shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n risks overdue for review</source>
        <translation>
            <numerusform>%n risk overdue for review</numerusform>
            <numerusform>%n risks overdue for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contracts ending within 90 days</source>
        <translation>
            <numerusform>%n contract ending within 90 days</numerusform>
            <numerusform>%n contracts ending within 90 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/widgets/heatmap.py" line="+36"/>
        <source>%n active risks; click a cell to list them</source>
        <translation>
            <numerusform>%n active risk; click a cell to list it</numerusform>
            <numerusform>%n active risks; click a cell to list them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/models/monitoring.py" line="+119"/>
        <source>Re-baselined %n times</source>
        <translation>
            <numerusform>Re-baselined once</numerusform>
            <numerusform>Re-baselined %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/offline_actions.py" line="+83"/>
        <source>Offline copy of %s · %n changes to synchronise</source>
        <translation>
            <numerusform>Offline copy of %s · %n change to synchronise</numerusform>
            <numerusform>Offline copy of %s · %n changes to synchronise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/widgets/report_preview.py" line="+100"/>
        <source>%s · %n pages</source>
        <translation>
            <numerusform>%s · %n page</numerusform>
            <numerusform>%s · %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskPlanPage</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/pages/risk_plan.py" line="+156"/>
        <source>%n contracts cannot be renewed, %d can. Balance at %s: %s.</source>
        <translation>
            <numerusform>%n contract cannot be renewed, %d can. Balance at %s: %s.</numerusform>
            <numerusform>%n contracts cannot be renewed, %d can. Balance at %s: %s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpecialistsPage</name>
    <message numerus="yes">
        <location filename="../../coopdesk/ui/pages/specialists.py" line="+397"/>
        <source>%n contracts written to %s.</source>
        <translation>
            <numerusform>%n contract written to %s.</numerusform>
            <numerusform>%n contracts written to %s.</numerusform>
        </translation>
    </message>
</context>
</TS>
