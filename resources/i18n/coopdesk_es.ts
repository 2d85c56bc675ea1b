<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en_US">
<context>
    <name>AdjustToCdrDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/revision_dialogs.py" line="+219"/>
        <source>Adjust a year to the CDR</source>
        <translation>Ajustar un año al CDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="+154"/>
        <source>Amend %s</source>
        <translation>Modificar %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Effective from</source>
        <translation>Vigente a partir de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly fee (%s)</source>
        <translation>Honorarios mensuales (%s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/audit.py" line="+65"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;History of this record…</source>
        <translation>&amp;Historial de este registro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation:</source>
        <translation>Operación:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="+72"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/audit.py" line="+24"/>
        <source>Every user</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every record type</source>
        <translation>Todos los tipos de registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every operation</source>
        <translation>Todas las operaciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing the newest %d operations: narrow the filters to see older ones.</source>
        <translation>Se muestran las %d operaciones más recientes: acote los filtros para ver las anteriores.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export the audit trail</source>
        <translation>Exportar la bitácora de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit exported</source>
        <translation>Auditoría exportada</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n rows written to %s</source>
        <translation>
            <numerusform>%n fila escrita en %s</numerusform>
            <numerusform>%n filas escritas en %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AwardChangeDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/revision_dialogs.py" line="+37"/>
        <source>Change the award</source>
        <translation>Cambiar el monto del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (%s, negative to decrease):</source>
        <translation>&amp;Monto (%s, negativo para reducir):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source (donor or project):</source>
        <translation>&amp;Origen (donante o proyecto):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget it in a line</source>
        <translation>Presupuestarlo en una línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Line:</source>
        <translation>&amp;Línea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Years:</source>
        <translation>A&amp;ños:</translation>
    </message>
</context>
<context>
    <name>BudgetGridModel</name>
    <message>
        <location filename="../../coopdesk/ui/models/budget.py" line="+152"/>
        <source>Component/result</source>
        <extracomment>Background of a line over budget. The row type of a list column. Where a cell of the grid is, whatever the rows&apos; order: (result id, fund, donor) or None for the totals row, and the year, or the label column&apos;s number, or None for the totals. Fixed columns before the years. Called with {cell: typed text} when draft cells are edited; returns True if saved. The column and order the user sorted by, kept by a new state of the grid.</extracomment>
        <translation>Componente/resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+73"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The pasted block has %d rows and %d columns, but from %s the grid has room for %d rows and %d columns. Nothing was pasted.</source>
        <translation>El bloque pegado tiene %d filas y %d columnas, pero a partir de %s la tabla solo tiene espacio para %d filas y %d columnas. No se pegó nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pasted block falls on %s, which cannot be edited: paste amounts onto the years of a draft. Nothing was pasted.</source>
        <translation>El bloque pegado cae en %s, que no se puede editar: pegue montos en los años de un borrador. No se pegó nada.</translation>
    </message>
</context>
<context>
    <name>BudgetModels</name>
    <message>
        <location line="+51"/>
        <location line="+14"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+16"/>
        <source>Purposes</source>
        <translation>Propósitos</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Award change</source>
        <translation>Cambio al monto</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Award after</source>
        <translation>Monto resultante</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New end</source>
        <translation>Nuevo término</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>Component/result</source>
        <translation>Componente/resultado</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+30"/>
        <location line="+16"/>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+30"/>
        <location line="+16"/>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+16"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Expenditure</source>
        <translation>Gasto ejercido</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Delivery rate</source>
        <translation>Tasa de ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over budget</source>
        <translation>Sobregirado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/budget.py" line="+77"/>
        <source>Budget as of</source>
        <extracomment>Selector entry meaning &quot;the latest approved revision&quot;. What the page shows (``services/views/budget.py``), None before a program.</extracomment>
        <translation>Presupuesto al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New revision…</source>
        <translation>&amp;Nueva revisión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete draft…</source>
        <translation>E&amp;liminar borrador…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Helpers</source>
        <translation>Asis&amp;tentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;changes…</source>
        <translation>Ver &amp;cambios…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget as of:</source>
        <translation>Presupuesto al:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award ledger</source>
        <translation>Cambios al monto del proyecto</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="-16"/>
        <source>Budget &amp; revisions</source>
        <translation>Presupuesto y revisiones</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/budget.py" line="+11"/>
        <source>Carry the remainder of a closed year…</source>
        <translation>Trasladar el remanente de un año cerrado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust a closed year to the CDR…</source>
        <translation>Ajustar un año cerrado al CDR…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer between lines…</source>
        <translation>Transferir entre líneas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Increase or decrease the award…</source>
        <translation>Aumentar o reducir el monto del proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a budget line…</source>
        <translation>Agregar una línea presupuestal…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Latest approved revision</source>
        <translation>Última revisión aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Award %s · budget %s</source>
        <translation>Monto del proyecto %s · presupuesto %s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Editing draft %s: type new amounts in the grid; highlighted cells are the draft&apos;s lines. Clear a cell to drop it from the draft.</source>
        <translation>Edición del borrador %s: escriba los nuevos montos en la tabla; las celdas resaltadas son las líneas del borrador. Vacíe una celda para quitarla del borrador.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Saved %n cells of %s</source>
        <translation>
            <numerusform>Se guardó %n celda de %s</numerusform>
            <numerusform>Se guardaron %n celdas de %s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the draft %s with its %n lines and award changes?</source>
        <translation>
            <numerusform>¿Eliminar el borrador %s con su única línea y sus cambios al monto del proyecto?</numerusform>
            <numerusform>¿Eliminar el borrador %s con sus %n líneas y sus cambios al monto del proyecto?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Changes made by %s</source>
        <translation>Cambios hechos por %s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Approve %s</source>
        <translation>Aprobar %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve %s dated %s?

%d line(s) change; the award goes from %s to %s.

An approved revision can never be changed: a mistake is corrected by a new revision.</source>
        <translation>¿Aprobar %s con fecha %s?

Cambia(n) %d línea(s); el monto del proyecto pasa de %s a %s.

Una revisión aprobada ya no se puede modificar: un error se corrige con una nueva revisión.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison of two revisions</source>
        <translation>Comparación de dos revisiones</translation>
    </message>
</context>
<context>
    <name>BulkRenewalDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/bulk_renewal_dialog.py" line="+106"/>
        <source>Bulk renewal</source>
        <translation>Renovación masiva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ending on</source>
        <extracomment>The rows whose contract can still be renewed (``RosterRowDTO.is_open``). The new contracts&apos; ids and their people&apos;s, once renewed.</extracomment>
        <translation>Que terminan el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%s (%d)</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Fee change (%)</source>
        <translation>Cambio de honorarios (%)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contracts ending on</source>
        <translation>Contratos que terminan el</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select all / none</source>
        <translation>Seleccionar todos / ninguno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why these contracts may exceed the program&apos;s validity, and who approved it</source>
        <translation>Por qué estos contratos pueden exceder la vigencia del programa y quién lo aprobó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validity exception</source>
        <translation>Excepción de vigencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%d of %d contracts checked for renewal.</source>
        <translation>%d de %d contratos marcados para renovar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d of them fall outside the program&apos;s validity: give the reason for the exception below.</source>
        <translation>%d de ellos quedan fuera de la vigencia del programa: indique abajo el motivo de la excepción.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d cannot be renewed (see “Problem”).</source>
        <translation>%d no se pueden renovar (vea “Problema”).</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n contracts renewed</source>
        <translation>
            <numerusform>%n contrato renovado</numerusform>
            <numerusform>%n contratos renovados</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>“%s” is not a percentage.</source>
        <translation>«%s» no es un porcentaje.</translation>
    </message>
</context>
<context>
    <name>CarryRemainderDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/revision_dialogs.py" line="-72"/>
        <source>Carry the remainder of a year</source>
        <translation>Trasladar el remanente de un año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closed year:</source>
        <translation>Año &amp;cerrado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Into years:</source>
        <translation>&amp;Hacia los años:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2016, 2017</source>
        <translation>p. ej. 2016, 2017</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/offline_dialogs.py" line="+53"/>
        <source>Work offline</source>
        <extracomment>The working copy&apos;s file name, from the programs&apos; codes: &quot;00086731.db&quot;. What the checkout made, once OK succeeded.</extracomment>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A working copy of the programs checked below is made in a new file on this computer, to work on without network. File &gt; Synchronise later sends its changes to %s and receives the server&apos;s.</source>
        <translation>Se hace una copia de trabajo de los programas marcados abajo en un archivo nuevo de esta computadora, para trabajar sin red. Después, Archivo &gt; Sincronizar envía sus cambios a %s y recibe los del servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working copy file</source>
        <translation>Archivo de la copia de trabajo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check out</source>
        <translation>&amp;Sacar la copia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programs to take:</source>
        <translation>Programas que se llevan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New file:</source>
        <translation>Archivo nuevo:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>offline copy</source>
        <extracomment>Whether the user chose the file: a name of theirs is no longer made from the codes.</extracomment>
        <translation>copia sin conexión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working copy</source>
        <translation>Copia de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk database (*.db *.sqlite *.coopdesk);;All files (*)</source>
        <translation>Base de datos de CoopDesk (*.db *.sqlite *.coopdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check at least one program to take.</source>
        <translation>Marque al menos un programa para llevar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new file of the working copy.</source>
        <translation>Elija el archivo nuevo de la copia de trabajo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking out a working copy</source>
        <translation>Sacando una copia de trabajo</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/conflicts_dialog.py" line="+62"/>
        <source>yes</source>
        <extracomment>A date as the merge holds it: ISO text. Columns of the list.</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%s” is not a whole number.</source>
        <translation>“%s” no es un número entero.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(kept)</source>
        <translation>(se conserva)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted here, edited on the server</source>
        <translation>Eliminado aquí, modificado en el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edited here, deleted on the server</source>
        <translation>Modificado aquí, eliminado en el servidor</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location line="+9"/>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to keep for each record, then Apply: the sync runs again with your decisions. A record left on “Decide later” stays in conflict, written on neither side, until a later sync.</source>
        <translation>Elija qué conservar de cada registro y luego Aplicar: la sincronización se repite con sus decisiones. Un registro que quede en “Decidir después” sigue en conflicto, sin escribirse en ningún lado, hasta una sincronización posterior.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record</source>
        <extracomment>The conflicts of each record, in the order the sync listed them.</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here (this copy)</source>
        <translation>Aquí (esta copia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+60"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Apply</source>
        <extracomment>Per record, its decision; per field conflict, the editor of the user&apos;s value.</extracomment>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide &amp;later</source>
        <translation>Decidir &amp;después</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your value for %s</source>
        <extracomment>The decisions read when Apply was pressed.</extracomment>
        <translation>Su valor para %s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this copy&apos;s</source>
        <translation>Conservar lo de esta copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the server&apos;s</source>
        <translation>Conservar lo del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the values</source>
        <translation>Editar los valores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete it on both sides</source>
        <translation>Eliminarlo en ambos lados</translation>
    </message>
</context>
<context>
    <name>ConsultanciesPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/consultancies.py" line="+56"/>
        <source>Status</source>
        <extracomment>Value of the &quot;deliverables&quot; filter that keeps consultancies with late deliverables.</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>With late deliverables</source>
        <translation>Con entregables atrasados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New consultancy…</source>
        <translation>&amp;Nueva consultoría…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terminate…</source>
        <translation>Resc&amp;indir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add deliverable…</source>
        <translation>&amp;Agregar entregable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit deliverable…</source>
        <translation>Editar entregable…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submitted…</source>
        <translation>Entre&amp;gado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept…</source>
        <translation>A&amp;ceptar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete deliverable…</source>
        <translation>Eliminar entregable…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="+4"/>
        <source>Consultancies</source>
        <translation>Consultorías</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/consultancies.py" line="+42"/>
        <source>Select a consultancy to see its deliverables.</source>
        <translation>Seleccione una consultoría para ver sus entregables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms of reference: %s</source>
        <translation>Términos de referencia: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminated on %s: %s</source>
        <translation>Rescindida el %s: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment tranches add up to %s %%, not 100 %%.</source>
        <translation>Los pagos parciales suman %s %%, no 100 %%.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Consultancy %s saved.</source>
        <translation>Consultoría %s guardada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete consultancy</source>
        <translation>Eliminar consultoría</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete consultancy %s and its %n deliverables? To end it early, terminate it instead.</source>
        <translation>
            <numerusform>¿Eliminar la consultoría %s y su único entregable? Para terminarla antes, mejor rescíndala.</numerusform>
            <numerusform>¿Eliminar la consultoría %s y sus %n entregables? Para terminarla antes, mejor rescíndala.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deliverable “%s” saved.</source>
        <translation>Entregable “%s” guardado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete deliverable</source>
        <translation>Eliminar entregable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete deliverable “%s”?</source>
        <translation>¿Eliminar el entregable «%s»?</translation>
    </message>
</context>
<context>
    <name>ConsultancyDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/consultancy_dialogs.py" line="+31"/>
        <source>Edit consultancy</source>
        <translation>Editar consultoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New consultancy</source>
        <translation>Nueva consultoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultant</source>
        <translation>Consultor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (lump sum)</source>
        <translation>Monto (suma alzada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms of reference</source>
        <translation>Términos de referencia</translation>
    </message>
</context>
<context>
    <name>ContractDialogs</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="-49"/>
        <source>%s: %s, %s – %s, %s a month</source>
        <translation>%s: %s, %s – %s, %s al mes</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/dashboard.py" line="+78"/>
        <source>As-of date</source>
        <extracomment>Navigation keys of the pages behind the figures.</extracomment>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Late deliverables</source>
        <translation>Entregables atrasados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestones slipping</source>
        <translation>Hitos con retraso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rhythm of expenditure this year</source>
        <translation>Ritmo del gasto en el año</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Top risks by score</source>
        <translation>Riesgos principales por puntuación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risks overdue for review</source>
        <translation>Riesgos con revisión vencida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contracts ending</source>
        <translation>Contratos por vencer</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="-10"/>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/dashboard.py" line="+33"/>
        <source>Joint monitoring as of %s</source>
        <translation>Seguimiento conjunto al %s</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n late deliverables</source>
        <translation>
            <numerusform>%n entregable atrasado</numerusform>
            <numerusform>%n entregables atrasados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(up to %n days late)</source>
        <translation>
            <numerusform>(hasta %n día de atraso)</numerusform>
            <numerusform>(hasta %n días de atraso)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n milestones slipping</source>
        <translation>
            <numerusform>%n hito con retraso</numerusform>
            <numerusform>%n hitos con retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n active risks shown</source>
        <translation>
            <numerusform>%n riesgo activo mostrado</numerusform>
            <numerusform>%n riesgos activos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n risks overdue for review</source>
        <translation>
            <numerusform>%n riesgo con revisión vencida</numerusform>
            <numerusform>%n riesgos con revisión vencida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n contracts ending within 90 days</source>
        <translation>
            <numerusform>%n contrato vence en 90 días</numerusform>
            <numerusform>%n contratos vencen en 90 días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d within 30 days</source>
        <translation>%d en 30 días</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Spent %s of %s planned to date (%s); %s planned for the year</source>
        <translation>Ejercido %s de %s programado a la fecha (%s); %s programado para el año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cumulative expenditure, planned vs actual</source>
        <translation>Gasto acumulado, programado frente a real</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../coopdesk/ui/database_files.py" line="+45"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent databases</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>Respaldar a&amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CoopDesk database (*.db *.sqlite *.coopdesk);;All files (*)</source>
        <translation>Base de datos de CoopDesk (*.db *.sqlite *.coopdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%s already exists. Open it from File &gt; Open database, or choose a new name.</source>
        <translation>%s ya existe. Ábrala desde Archivo &gt; Abrir base de datos o elija otro nombre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up</source>
        <translation>Respaldar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a database file on this computer can be backed up from here.</source>
        <translation>Desde aquí solo se puede respaldar un archivo de base de datos de este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Backing up</source>
        <translation>Respaldando</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Backed up and verified: %s</source>
        <translation>Respaldado y verificado: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup failed</source>
        <translation>El respaldo falló</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Daily backup %p%</source>
        <translation>Respaldo diario %p%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily backup</source>
        <translation>Respaldo diario</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>DatabaseOpening</name>
    <message>
        <location filename="../../coopdesk/ui/database_opening.py" line="+67"/>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This database is held by %s on %s since %s.</source>
        <translation>Esta base de datos la tiene abierta %s en %s desde %s.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>That CoopDesk is no longer running (it may have crashed): you can take its lock over safely.</source>
        <translation>Ese CoopDesk ya no está en ejecución (pudo haberse cerrado de forma inesperada): puede tomar el control sin riesgo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one CoopDesk may write a database file at a time, and one that is running keeps it. Open it read-only to look, or ask them to close it. To share a database, use a CoopDesk server.</source>
        <translation>Solo un CoopDesk puede escribir en un archivo de base de datos a la vez, y uno que está en ejecución lo conserva. Ábralo en modo de solo lectura para consultarlo o pida que lo cierren. Para compartir una base de datos, use un servidor de CoopDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one CoopDesk may write a database file at a time. Whether that CoopDesk still runs cannot be told from this computer: open it read-only to look, or ask them to close it. If you are sure it is closed, delete the file %s, then open the database again.</source>
        <translation>Solo un CoopDesk puede escribir en un archivo de base de datos a la vez. Desde esta computadora no se puede saber si ese CoopDesk sigue en ejecución: ábralo en modo de solo lectura para consultarlo o pida que lo cierren. Si está seguro de que está cerrado, elimine el archivo %s y vuelva a abrir la base de datos.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Database in use</source>
        <translation>Base de datos en uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;read-only</source>
        <translation>Abrir en modo de &amp;solo lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take over</source>
        <translation>&amp;Tomar el control</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No good backup of it was found in %s.</source>
        <translation>No se encontró ningún respaldo válido en %s.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the latest good backup, taken %s (%d programs, %d contracts)? The damaged file is kept, untouched, under a new name beside it.</source>
        <translation>¿Restaurar el último respaldo válido, tomado el %s (%d programas, %d contratos)? El archivo dañado se conserva intacto, con otro nombre, en la misma carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar el respaldo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup restored</source>
        <translation>Respaldo restaurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was restored. The damaged file is kept as %s.</source>
        <translation>Se restauró el respaldo. El archivo dañado se conserva como %s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please note</source>
        <translation>Tenga en cuenta</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/inputs.py" line="+42"/>
        <source>Choose on a calendar</source>
        <extracomment>A new date was read (typed and confirmed, picked, or set). The text the field last showed for ``_value`` (in the format of that moment).</extracomment>
        <translation>Elegir en un calendario</translation>
    </message>
</context>
<context>
    <name>DeliverableActionDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/consultancy_dialogs.py" line="+98"/>
        <source>Record submission</source>
        <translation>Registrar la entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept deliverable</source>
        <translation>Aceptar entregable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject deliverable</source>
        <translation>Rechazar entregable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality notes</source>
        <translation>Notas de calidad</translation>
    </message>
</context>
<context>
    <name>DeliverableDialog</name>
    <message>
        <location line="-66"/>
        <source>Edit deliverable</source>
        <translation>Editar entregable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New deliverable</source>
        <translation>Nuevo entregable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment tranche (% of the contract)</source>
        <translation>Pago parcial (% del contrato)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejection reason</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality notes</source>
        <translation>Notas de calidad</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/revision_dialogs.py" line="+129"/>
        <location line="+7"/>
        <source>%s → %s (change %s)</source>
        <translation>%s → %s (cambio %s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared:</source>
        <translation>Comparadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award:</source>
        <translation>Monto del proyecto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget:</source>
        <translation>Presupuesto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The budget differs from the award by %s.</source>
        <translation>El presupuesto difiere del monto del proyecto en %s.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No line changes.</source>
        <translation>Ninguna línea cambia.</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <location filename="../../coopdesk/ui/error_hook.py" line="+89"/>
        <source>Something went wrong</source>
        <extracomment>Object name of the application&apos;s one hook (see ``install_error_hook``).</extracomment>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CoopDesk could not finish this action. What was saved before is kept: try again, and if it fails again, open the database again or restart CoopDesk.</source>
        <translation>CoopDesk no pudo terminar esta acción. Lo que ya estaba guardado se conserva: inténtelo de nuevo y, si vuelve a fallar, abra otra vez la base de datos o reinicie CoopDesk.</translation>
    </message>
</context>
<context>
    <name>ExpenditureDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/expenditure_dialogs.py" line="+44"/>
        <source>New expenditure</source>
        <extracomment>Period kinds an entry may cover.</extracomment>
        <translation>Nuevo gasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit expenditure</source>
        <translation>Editar gasto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Budget &amp;line:</source>
        <translation>&amp;Línea presupuestal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole year</source>
        <translation>Año completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Month or quarter:</source>
        <translation>&amp;Mes o trimestre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount (%s):</source>
        <translation>Mon&amp;to (%s):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
</context>
<context>
    <name>ExpenditurePage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/expenditure.py" line="+83"/>
        <source>Year</source>
        <extracomment>What the page shows, None before a program. The program and as-of date the view&apos;s program-life rhythm was read for.</extracomment>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Component/result</source>
        <translation>Componente/resultado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &amp;CDR extract…</source>
        <translation>Un extracto del &amp;CDR…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other &amp;expenditure…</source>
        <translation>Otro &amp;gasto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+109"/>
        <source>&amp;Lock year…</source>
        <translation>&amp;Bloquear año…</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component/result:</source>
        <translation>Componente/resultado:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source</source>
        <extracomment>The entries, read a page at a time; columns in the order of the service&apos;s SORTS.</extracomment>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Over budget</source>
        <translation>Sobregirado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over budget only</source>
        <translation>Solo sobregirados</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entries</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Tasa de ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rhythm of expenditure</source>
        <translation>Ritmo del gasto</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="+8"/>
        <source>Expenditure</source>
        <translation>Ejercicio del gasto</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/expenditure.py" line="+41"/>
        <source>All years</source>
        <translation>Todos los años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rhythm of expenditure, %d</source>
        <translation>Ritmo del gasto, %d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rhythm of expenditure, program life</source>
        <translation>Ritmo del gasto, vida del programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%d is locked (closed)</source>
        <translation>%d está bloqueado (cerrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un&amp;lock year…</source>
        <translation>&amp;Desbloquear año…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Expenditure of %s on %d · %s saved.</source>
        <translation>Gasto de %s en %d · %s guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete expenditure</source>
        <translation>Eliminar gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the expenditure of %s on %d · %s?</source>
        <translation>¿Eliminar el gasto de %s en %d · %s?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock %d? Its expenditure can then be changed again.</source>
        <translation>¿Desbloquear %d? Su gasto podrá modificarse de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock %d? Its expenditure can then no longer be entered, imported or changed.</source>
        <translation>¿Bloquear %d? Su gasto ya no podrá registrarse, importarse ni modificarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year lock</source>
        <translation>Bloqueo del año</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a CDR extract</source>
        <translation>Importar un extracto del CDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import expenditure</source>
        <translation>Importar gasto</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/first_start.py" line="+22"/>
        <source>Welcome to CoopDesk</source>
        <translation>Bienvenido a CoopDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds no program yet.

Load the demo program to explore CoopDesk with a realistic cooperation program (PROCAP, AMEXCID–UNDP: 112 specialists, the budget revisions of its record, consultancies, milestones and risks), or create your own program.</source>
        <translation>Esta base de datos aún no contiene ningún programa.

Cargue el programa de demostración para explorar CoopDesk con un programa de cooperación realista (PROCAP, AMEXCID–PNUD: 112 especialistas, las revisiones presupuestales de su historial, consultorías, hitos y riesgos), o cree su propio programa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load the &amp;demo program</source>
        <translation>Cargar el programa de &amp;demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create a program…</source>
        <translation>&amp;Crear un programa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>A&amp;hora no</translation>
    </message>
</context>
<context>
    <name>FormWidgets</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/forms.py" line="+98"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../coopdesk/ui/formatting.py" line="+115"/>
        <source>“%s” is not a date; write it as %s.</source>
        <extracomment>Date orders offered in Preferences: key → (strftime pattern, Qt display format).</extracomment>
        <translation>«%s» no es una fecha; escríbala así: %s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%s” is not an amount; write it as %s.</source>
        <translation>«%s» no es un monto; escríbalo así: %s.</translation>
    </message>
</context>
<context>
    <name>GanttWidget</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/gantt.py" line="+40"/>
        <source>Milestone timeline</source>
        <translation>Cronograma de hitos</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No milestone in %d</source>
        <translation>Ningún hito en %d</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../coopdesk/ui/help_viewer.py" line="+56"/>
        <source>CoopDesk user&apos;s guide</source>
        <extracomment>The guide&apos;s top: its title and table of contents.</extracomment>
        <translation>Guía del usuario de CoopDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Buscar en la guía (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;User&apos;s guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
</context>
<context>
    <name>HeadcountChart</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/headcount_chart.py" line="+38"/>
        <source>Active specialists (month end)</source>
        <extracomment>Intervals on the count axis: the chart is as short as 220 pixels, where Qt elides the labels of more, closer marks.</extracomment>
        <translation>Especialistas activos (al cierre del mes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Specialists</source>
        <translation>Especialistas</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/heatmap.py" line="+32"/>
        <source>Risk heat map</source>
        <extracomment>Room left of and under the grid for the axis labels, in pixels.</extracomment>
        <translation>Mapa de calor de riesgos</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n active risks; click a cell to list them</source>
        <translation>
            <numerusform>%n riesgo activo; haga clic en una celda para verlo</numerusform>
            <numerusform>%n riesgos activos; haga clic en una celda para verlos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HireDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="-48"/>
        <source>Hire a specialist</source>
        <translation>Contratar a un especialista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a new person)</source>
        <translation>(una persona nueva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (SC-year-number)</source>
        <translation>automática (SC-año-número)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly fee (%s)</source>
        <translation>Honorarios mensuales (%s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../coopdesk/ui/audit_text.py" line="+55"/>
        <source>(no longer exists)</source>
        <extracomment>Record types whose name says what they are: &quot;SC-2025-105 · …&quot;, &quot;RG 11&quot;. Records an entry&apos;s summary names before it says &quot;and n more&quot;.</extracomment>
        <translation>(ya no existe)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>and %d more</source>
        <translation>y %d más</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="+42"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="+1"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="+8"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="-1"/>
        <source>Changed record</source>
        <translation>Registro modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="+2"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="+1"/>
        <source>From</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="+1"/>
        <source>To</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/dialogs/history_dialog.py" line="-10"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter the details</source>
        <translation>Filtrar los detalles</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location line="+31"/>
        <source>History: %s</source>
        <translation>Historial: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change has been recorded for this record.</source>
        <translation>No se ha registrado ningún cambio de este registro.</translation>
    </message>
</context>
<context>
    <name>IatiExportDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/iati_dialog.py" line="+36"/>
        <location line="+22"/>
        <source>Export to IATI</source>
        <translation>Exportar a IATI</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>file.xml</source>
        <translation>archivo.xml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;As of</source>
        <translation>Fecha de &amp;corte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IATI XML (*.xml)</source>
        <translation>XML de IATI (*.xml)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting to IATI</source>
        <translation>Exportando a IATI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported to IATI</source>
        <translation>Exportado a IATI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;IATI…</source>
        <translation>&amp;IATI…</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <location filename="../../coopdesk/ui/labels.py" line="+32"/>
        <source>Reference</source>
        <extracomment>The columns imports understand, by the English header ``coopdesk.io`` gives them (which exports write, and which stays the file&apos;s language whatever the window&apos;s). Each value is the header itself, marked for lupdate; PySide6 types what QT_TRANSLATE_NOOP returns as object.</extracomment>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Fecha de término</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee</source>
        <translation>Honorarios mensuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews</source>
        <translation>Renueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination date</source>
        <translation>Fecha de rescisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination reason</source>
        <translation>Motivo de rescisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity exception</source>
        <translation>Excepción de vigencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Donante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/import_dialog.py" line="+90"/>
        <source>File</source>
        <extracomment>A file read again, and its rows planned (None when its columns are no longer the ones mapped). The last row the header row may be chosen at. ``read(path, sheet=..., header_row=..., strict=False)`` → the table to import (raises ``TabularError``); not strict: the user maps headers it does not recognise. ``plan(uow, program_id, table, mapping, apply=bool, progress=callable)``; a plan that is not applied leaves the database as it was.</extracomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Header row</source>
        <translation>Fila de encabezados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found by itself</source>
        <translation>detectada sola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet:</source>
        <translation>Hoja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row:</source>
        <translation>Fila de encabezados:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import from</source>
        <translation>Importar desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.xlsx *.xlsm *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(row %d)</source>
        <translation>(fila %d)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet “%s”: %d rows below the header row (row %d). Check the columns, then preview.</source>
        <translation>Hoja “%s”: %d filas bajo la fila de encabezados (fila %d). Revise las columnas y luego vea la vista previa.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>One column of the file is chosen for several fields: %s. Choose one column for each.</source>
        <translation>Una columna del archivo está elegida para varios campos: %s. Elija una columna para cada uno.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the file again and checking every row…</source>
        <translation>Leyendo de nuevo el archivo y revisando cada fila…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The file could not be processed: %s</source>
        <translation>No se pudo procesar el archivo: %s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the file&apos;s column for: %s</source>
        <translation>Elija la columna del archivo para: %s</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Row %d of %d</source>
        <translation>Fila %d de %d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking the rows</source>
        <translation>Revisando las filas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file changed since it was read and its columns are not the same: check the columns, then preview again.</source>
        <translation>El archivo cambió desde que se leyó y sus columnas ya no son las mismas: revise las columnas y vuelva a ver la vista previa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%d row(s) have errors: correct the file and preview again. Nothing will be imported while a row is in error.</source>
        <translation>%d fila(s) tienen errores: corrija el archivo y vuelva a ver la vista previa. No se importará nada mientras alguna fila tenga error.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every row is already as in the file: nothing to import.</source>
        <translation>Todas las filas ya están como en el archivo: no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row is valid. Import writes %d row(s).</source>
        <translation>Todas las filas son válidas. La importación escribe %d fila(s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file changed since it was read: this preview is of the file as it is now.</source>
        <translation>El archivo cambió desde que se leyó: esta vista previa muestra el archivo como está ahora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/monitoring_dialogs.py" line="+56"/>
        <source>Edit initiative</source>
        <translation>Editar iniciativa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New initiative</source>
        <translation>Nueva iniciativa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result / component</source>
        <translation>Resultado / componente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LCID Art. 10; PROCID 2014-2018 Objective 1, Strategy 1.2, line 1.2.1</source>
        <translation>LCID Art. 10; PROCID 2014-2018 Objetivo 1, Estrategia 1.2, línea de acción 1.2.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissemination scope</source>
        <translation>Alcance de difusión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incidence level</source>
        <translation>Nivel de incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Challenges</source>
        <translation>Retos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> of 16</source>
        <translation> de 16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good-practice criteria met</source>
        <translation>Criterios de buena práctica cumplidos</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/initiatives.py" line="+50"/>
        <location line="+59"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+59"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;New initiative…</source>
        <translation>&amp;Nueva iniciativa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultancies</source>
        <translation>Consultorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="+10"/>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/initiatives.py" line="+27"/>
        <source>Select an initiative to see its classification.</source>
        <translation>Seleccione una iniciativa para ver su clasificación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result / component</source>
        <translation>Resultado / componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissemination scope</source>
        <translation>Alcance de difusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidence level</source>
        <translation>Nivel de incidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good-practice criteria met</source>
        <translation>Criterios de buena práctica cumplidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges</source>
        <translation>Retos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good practices</source>
        <translation>Buenas prácticas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Initiative %s saved.</source>
        <translation>Iniciativa %s guardada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete initiative</source>
        <translation>Eliminar iniciativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete initiative %s? Its consultancies, milestones and risks stay, unlinked.</source>
        <translation>¿Eliminar la iniciativa %s? Sus consultorías, hitos y riesgos se conservan, desvinculados.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/list_panel.py" line="+171"/>
        <source>Filter (Ctrl+F)…</source>
        <extracomment>Widest a column grows when fitted to its contents; longer texts show in full as tooltips or by widening the column by hand. Narrowest a long text column is squeezed to: a name or title still reads as one.</extracomment>
        <translation>Filtrar (Ctrl+F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All: %s</source>
        <extracomment>The bar&apos;s choice filters, in the order they were added.</extracomment>
        <translation>Todos: %s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%d of %d</source>
        <translation>%d de %d</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/login_dialog.py" line="+82"/>
        <source>Log in to the CoopDesk server</source>
        <extracomment>The keyring &quot;service&quot; under which CoopDesk keeps server passwords.</extracomment>
        <translation>Iniciar sesión en el servidor de CoopDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %s</source>
        <translation>Servidor: %s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the password in the system keyring</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keyring is available (install the &apos;keyring&apos; package).</source>
        <translation>No hay un llavero del sistema disponible (instale el paquete &apos;keyring&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopdesk/ui/app.py" line="+86"/>
        <source>No database open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use File &gt; Open database or File &gt; New database to continue.</source>
        <translation>Use Archivo &gt; Abrir base de datos o Archivo &gt; Nueva base de datos para continuar.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="+67"/>
        <source>Navigation</source>
        <extracomment>The pages built so far, by key: a page is built when it is first shown. What waits for the window&apos;s first paint (opening the database, at a start).</extracomment>
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+6"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Program: </source>
        <translation>Programa: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of: </source>
        <translation>Al: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As-of date</source>
        <translation>Fecha de corte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything as of today (or the program&apos;s end)</source>
        <translation>Mostrar todo con corte a hoy (o al cierre del programa)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;program…</source>
        <translation>Nuevo &amp;programa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the &amp;demo program</source>
        <translation>Cargar el programa de &amp;demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit program…</source>
        <translation>&amp;Editar programa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log (history of changes)</source>
        <translation>Bitácora de a&amp;uditoría (historial de cambios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in list</source>
        <translation>&amp;Buscar en la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About CoopDesk</source>
        <translation>&amp;Acerca de CoopDesk</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/window_status.py" line="+40"/>
        <source>Opening the database…</source>
        <extracomment>How long a confirmation (``AppContext.tell``) stays in the status bar. What the working copy open is (&quot;Offline copy of &lt;server&gt; · N changes to synchronise&quot;, worded by ``ui/offline_actions.py``); None on any other database.</extracomment>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/main_window.py" line="+183"/>
        <source>Loading the demo program</source>
        <translation>Cargando el programa de demostración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo program</source>
        <translation>Programa de demostración</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/window_status.py" line="+30"/>
        <source>Database: %s</source>
        <translation>Base de datos: %s</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(role: %s)</source>
        <translation>(rol: %s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(read-only)</source>
        <translation>(solo lectura)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Program: %s</source>
        <translation>Programa: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program</source>
        <translation>Sin programa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed on %s, shown as of %s</source>
        <translation>Cerrado el %s, se muestra con corte al %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of %s</source>
        <translation>Con corte al %s</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/dialogs/about.py" line="+21"/>
        <source>About CoopDesk</source>
        <translation>Acerca de CoopDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk %s

Database: %s
Schema revision: %s (this version: %s)</source>
        <translation>CoopDesk %s

Base de datos: %s
Revisión del esquema: %s (esta versión: %s)</translation>
    </message>
</context>
<context>
    <name>MappingBox</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/mapping_box.py" line="+37"/>
        <source>Columns: which column of the file holds what</source>
        <extracomment>Letters a column combo shows before eliding (&quot;Honorarios mensuales (G)&quot;). Grid cells a field takes: its name, the combo, the reason.</extracomment>
        <translation>Columnas: qué columna del archivo contiene qué</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>— not in the file —</source>
        <translation>— no está en el archivo —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(column %s)</source>
        <translation>(columna %s)</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/monitoring_dialogs.py" line="+37"/>
        <source>Edit milestone</source>
        <translation>Editar hito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New milestone</source>
        <translation>Nuevo hito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultancy</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baselined on</source>
        <translation>Línea base fijada el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The baseline is frozen: use Re-baseline to move it.</source>
        <translation>La línea base está fija: use Redefinir línea base para moverla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forecast made on</source>
        <translation>Pronóstico hecho el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day a changed forecast was made: views as of an earlier date show the one before.</source>
        <translation>El día en que se hizo el nuevo pronóstico: las vistas con corte a una fecha anterior muestran el pronóstico previo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>MilestonesPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/milestones.py" line="+57"/>
        <source>Status</source>
        <extracomment>Value of the status filter that keeps every slipping milestone (late or at risk).</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slipping</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New milestone…</source>
        <translation>&amp;Nuevo hito…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-baseline…</source>
        <translation>&amp;Redefinir línea base…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-baselines of the selected milestone</source>
        <translation>Redefiniciones de línea base del hito seleccionado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timeline year</source>
        <translation>Año del cronograma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline: baseline (grey) vs forecast or actual</source>
        <translation>Cronograma: línea base (gris) frente a pronóstico o real</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Milestone “%s” saved.</source>
        <extracomment>The year the user picked for the timeline, with the program and as-of date it was picked under; another program or date shows the as-of date&apos;s year again.</extracomment>
        <translation>Hito “%s” guardado.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="-6"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/milestones.py" line="+5"/>
        <source>Delete milestone</source>
        <translation>Eliminar hito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete milestone “%s” and its re-baseline history?</source>
        <translation>¿Eliminar el hito «%s» y su historial de líneas base?</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../coopdesk/ui/pages/common.py" line="+120"/>
        <source>Open a database and choose a program.</source>
        <translation>Abra una base de datos y elija un programa.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/models/monitoring.py" line="+39"/>
        <source>Code</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidence</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+20"/>
        <location line="+27"/>
        <location line="+30"/>
        <location line="+27"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Good practices (of %d)</source>
        <translation>Buenas prácticas (de %d)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consultancies</source>
        <translation>Consultorías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+10"/>
        <source>Consultancy</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+23"/>
        <location line="+22"/>
        <source>Consultant</source>
        <translation>Consultor</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+53"/>
        <location line="+37"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Tranches %</source>
        <translation>Pagos %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment tranches do not add up to 100 %</source>
        <translation>Los pagos parciales no suman 100 %</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+19"/>
        <source>Deliverable</source>
        <translation>Entregable</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Submitted</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tranche %</source>
        <translation>Pago %</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>Days late</source>
        <translation>Días de atraso</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Quality notes</source>
        <translation>Notas de calidad</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Re-baselined %n times</source>
        <translation>
            <numerusform>Línea base redefinida %n vez</numerusform>
            <numerusform>Línea base redefinida %n veces</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip (days)</source>
        <translation>Desfase (días)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old baseline</source>
        <translation>Línea base anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New baseline</source>
        <translation>Nueva línea base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review overdue</source>
        <translation>Revisión vencida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+30"/>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+31"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Committed fees</source>
        <translation>Honorarios comprometidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewals</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative funds</source>
        <translation>Fondos acumulados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cumulative cost</source>
        <translation>Costo acumulado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final balance</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money runs out</source>
        <translation>Se agotan los fondos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewed</source>
        <translation>Renovados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be renewed</source>
        <translation>No renovables</translation>
    </message>
</context>
<context>
    <name>NewLineDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/revision_dialogs.py" line="-70"/>
        <source>Add a budget line</source>
        <translation>Agregar una línea presupuestal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Component/result:</source>
        <translation>&amp;Componente/resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fund:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Donor:</source>
        <translation>&amp;Donante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (%s):</source>
        <translation>Mon&amp;to (%s):</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <location filename="../../coopdesk/ui/offline_actions.py" line="+49"/>
        <source>&amp;Work offline…</source>
        <extracomment>Synchronise&apos;s key: Ctrl+Shift+S is free (no Save As in a window that saves each form). What the open database is a working copy of; None when it is not one.</extracomment>
        <translation>&amp;Trabajar sin conexión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ynchronise</source>
        <translation>Si&amp;ncronizar</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Offline copy of %s · %n changes to synchronise</source>
        <translation>
            <numerusform>Copia sin conexión de %s · %n cambio por sincronizar</numerusform>
            <numerusform>Copia sin conexión de %s · %n cambios por sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the working copy now?</source>
        <translation>¿Abrir la copia de trabajo ahora?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Synchronising with %s</source>
        <translation>Sincronizando con %s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Synchronise</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synchronised</source>
        <translation>No se sincronizó</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../coopdesk/ui/operations.py" line="+80"/>
        <source>No database</source>
        <extracomment>A write as ``change`` runs it: built on the GUI thread (a form reads its fields there), run on the worker thread with the unit of work, where no widget may be touched.</extracomment>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or create a database first.</source>
        <translation>Primero abra o cree una base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <location line="+4"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Another CoopDesk has taken this database over, so this window may no longer change it. Nothing was saved. Open the database again (read-only, or taking it back) to go on.</source>
        <translation>Otro CoopDesk tomó el control de esta base de datos, así que esta ventana ya no puede modificarla. No se guardó nada. Abra de nuevo la base de datos (solo lectura, o recuperando el control) para continuar.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Please correct</source>
        <translation>Corrija, por favor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the current data now?</source>
        <translation>¿Volver a cargar ahora los datos actuales?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The change could not be saved and nothing was changed:</source>
        <translation>No se pudo guardar el cambio y no se modificó nada:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/worker.py" line="+118"/>
        <source>Cancel</source>
        <extracomment>Work shorter than this never shows a progress dialog. The waited-for work runs one at a time, never queued behind a long background task.</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Working…</source>
        <extracomment>How many waits are running now (nested: a wait&apos;s loop may start another).</extracomment>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/overview.py" line="+50"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partners:</source>
        <translation>Socios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity:</source>
        <translation>Vigencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases:</source>
        <translation>Fases:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Specialists</source>
        <translation>Especialistas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active as of the date:</source>
        <translation>Activos a la fecha de corte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracts ending:</source>
        <translation>Contratos por vencer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active on 31 December:</source>
        <translation>Activos al 31 de diciembre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Award and its ledger</source>
        <translation>Monto del proyecto y sus cambios</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Budget by year and component</source>
        <translation>Presupuesto por año y componente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contracts ending in the next 90 days</source>
        <translation>Contratos que vencen en los próximos 90 días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click a contract to open its specialist</source>
        <translation>Doble clic en un contrato para abrir su especialista</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="-10"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/overview.py" line="+13"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purposes</source>
        <translation>Propósitos</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award total</source>
        <translation>Monto total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Specialist</source>
        <translation>Especialista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%s (partner), %s (implementing agency)</source>
        <translation>%s (socio), %s (agencia implementadora)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Award total: %s</source>
        <translation>Monto total del proyecto: %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%d within %d days</source>
        <translation>%d en %d días</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../coopdesk/ui/pages/base.py" line="+92"/>
        <source>Saved. It is not listed as of %s.</source>
        <extracomment>Stable key used for navigation requests (``ctx.navigate(key, payload)``). The kinds of data (``services/changes.py``) this page shows; a change of one refreshes it. Whether the page needs a selected program to show anything. The anchor of the page&apos;s section in the user&apos;s guide (``resources/help``), where F1 opens it (``ui/help_viewer.py``); every page has one, in every language&apos;s guide.</extracomment>
        <translation>Guardado. No aparece en la lista al %s.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/preferences.py" line="+46"/>
        <source>Give at least one number of days, e.g. 90.</source>
        <extracomment>Bounds of the alert thresholds, in days before a contract&apos;s end. The date every date-format choice is shown with, so the choice is seen, not described.</extracomment>
        <translation>Indique al menos un número de días, p. ej. 90.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only whole numbers of days, separated by commas.</source>
        <translation>Solo números enteros de días, separados por comas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each threshold is between 1 and %d days.</source>
        <translation>Cada umbral debe estar entre 1 y %d días.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most %d thresholds.</source>
        <translation>Como máximo %d umbrales.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the language writes them</source>
        <translation>Como las escribe el idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day (ISO)</source>
        <translation>año-mes-día (ISO)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days before a contract&apos;s end at which it is flagged, e.g. 90, 30, 15, 7</source>
        <translation>Días antes del término de un contrato en los que se señala, p. ej. 90, 30, 15, 7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract &amp;alerts (days)</source>
        <translation>&amp;Alertas de contratos (días)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> backups</source>
        <translation> respaldos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups kept</source>
        <translation>&amp;Respaldos conservados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report language</source>
        <translation>Idioma de los i&amp;nformes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last database used</source>
        <translation>La última base de datos usada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database at &amp;start</source>
        <translation>Base de datos al ini&amp;ciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Database at start</source>
        <translation>Base de datos al iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk database (*.db *.sqlite *.coopdesk);;All files (*)</source>
        <translation>Base de datos de CoopDesk (*.db *.sqlite *.coopdesk);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/program_dialog.py" line="+41"/>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit program</source>
        <translation>Editar programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code (award number)</source>
        <translation>&amp;Clave (número de proyecto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner agency</source>
        <translation>Agencia &amp;socia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Implementing agency</source>
        <translation>Agencia &amp;implementadora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>I&amp;nicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Title in En&amp;glish</source>
        <translation>Título en in&amp;glés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description in Englis&amp;h</source>
        <translation>Descripción en ing&amp;lés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IATI identi&amp;fier</source>
        <translation>Identificad&amp;or IATI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partner agency&apos;s IATI identifier</source>
        <translation>Identificador IATI de la agencia socia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner agency&apos;s type</source>
        <translation>Tipo de la agencia socia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementing agency&apos;s IATI identifier</source>
        <translation>Identificador IATI de la agencia implementadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Implementing agency&apos;s type</source>
        <translation>Tipo de la agencia implementadora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient countr&amp;y</source>
        <translation>País &amp;receptor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sector (DAC code)</source>
        <translation>Sector (código del CAD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other public sector</source>
        <translation>Otro del sector público</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>International NGO</source>
        <translation>ONG internacional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National NGO</source>
        <translation>ONG nacional</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Regional NGO</source>
        <translation>ONG regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner country based NGO</source>
        <translation>ONG con sede en el país socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public private partnership</source>
        <translation>Alianza público-privada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Multilateral</source>
        <translation>Multilateral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector in provider country</source>
        <translation>Sector privado del país proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector in aid recipient country</source>
        <translation>Sector privado del país receptor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private sector in third country</source>
        <translation>Sector privado de un tercer país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Academic, training and research</source>
        <translation>Académica, de formación o de investigación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>RebaselineDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/monitoring_dialogs.py" line="+26"/>
        <source>Re-baseline milestone</source>
        <translation>Redefinir la línea base del hito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current baseline</source>
        <translation>Línea base actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New baseline</source>
        <translation>Nueva línea base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="+38"/>
        <source>Renew %s</source>
        <translation>Renovar %s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New reference</source>
        <translation>Nueva referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>automatic (SC-year-number)</source>
        <translation>automática (SC-año-número)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee (%s)</source>
        <translation>Honorarios mensuales (%s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/report_preview.py" line="+73"/>
        <source>Generate a report to preview it here.</source>
        <extracomment>Dots per inch pages are rendered at for printing. the PDF shown</extracomment>
        <translation>Genere un informe para verlo aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as…</source>
        <translation>G&amp;uardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in viewer</source>
        <translation>&amp;Abrir en el visor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot show %s.</source>
        <translation>No se puede mostrar %s.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%s · %n pages</source>
        <translation>
            <numerusform>%s · %n página</numerusform>
            <numerusform>%s · %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/reports.py" line="+70"/>
        <source>Program status report</source>
        <extracomment>The page&apos;s clock: a period running on it is reported as of today.</extracomment>
        <translation>Informe de estatus del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist contract sheet</source>
        <translation>Ficha de contratos del especialista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half-year</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom dates</source>
        <translation>Fechas a elegir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialist:</source>
        <translation>Especialista:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter/half:</source>
        <translation>Trimestre/semestre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of:</source>
        <translation>Cifras al:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recent reports</source>
        <translation>Informes recientes</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="+18"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/reports.py" line="+28"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget, revisions and award</source>
        <translation>Presupuesto, revisiones y monto del proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rhythm of expenditure and delivery</source>
        <translation>Ritmo del ejercicio del gasto y tasa de ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specialists and contracts</source>
        <translation>Especialistas y contratos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultancies and deliverables</source>
        <translation>Consultorías y entregables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones</source>
        <translation>Hitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initiatives</source>
        <translation>Iniciativas</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Reading the figures…</source>
        <translation>Leyendo las cifras…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Laying out the pages…</source>
        <translation>Formando las páginas…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contract sheet</source>
        <translation>Ficha de contratos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This program has no specialist yet.</source>
        <translation>Este programa aún no tiene especialistas.</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+24"/>
        <location line="+4"/>
        <source>Please correct</source>
        <translation>Corrija, por favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generating the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be made</source>
        <translation>No se pudo generar el informe</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/restore_dialog.py" line="+51"/>
        <location line="+71"/>
        <source>Restore a backup</source>
        <translation>Restaurar un respaldo</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Taken</source>
        <translation>Tomado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other &amp;file…</source>
        <translation>Otro &amp;archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a backup to see what it holds.</source>
        <translation>Elija un respaldo para ver lo que contiene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups of %s:</source>
        <translation>Respaldos de %s:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a backup</source>
        <translation>Elegir un respaldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoopDesk database (*.db *.sqlite *.coopdesk);;All files (*)</source>
        <translation>Base de datos de CoopDesk (*.db *.sqlite *.coopdesk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Taken: %s</source>
        <translation>Tomado: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programs: %s</source>
        <translation>Programas: %s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%d specialists, %d contracts, %d budget lines, %d expenditure entries</source>
        <translation>%d especialistas, %d contratos, %d líneas presupuestales, %d registros de gasto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last change recorded: %s</source>
        <translation>Último cambio registrado: %s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace the current database by the backup taken %s?</source>
        <translation>¿Reemplazar la base de datos actual por el respaldo tomado el %s?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A verified safety copy of the current database is kept first, so this can be undone by restoring that copy.</source>
        <translation>Antes se guarda una copia de seguridad verificada de la base de datos actual; esto se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup restored</source>
        <translation>Respaldo restaurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was restored. The database it replaced is kept in %s.</source>
        <translation>Se restauró el respaldo. La base de datos que reemplazó se conserva en %s.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/revision_dialogs.py" line="-219"/>
        <source>New revision</source>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %s</source>
        <translation>Editar %s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General (money and dates)</source>
        <translation>General (montos y fechas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substantive (content)</source>
        <translation>Sustantiva (contenido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Número:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Purposes:</source>
        <translation>&amp;Propósitos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;end date:</source>
        <translation>Nue&amp;va fecha de término:</translation>
    </message>
</context>
<context>
    <name>RhythmChart</name>
    <message>
        <location filename="../../coopdesk/ui/widgets/rhythm_chart.py" line="+29"/>
        <source>Planned (cumulative)</source>
        <translation>Programado (acumulado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual (cumulative)</source>
        <translation>Real (acumulado)</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/monitoring_dialogs.py" line="+18"/>
        <source>Edit risk</source>
        <translation>Editar riesgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New risk</source>
        <translation>Nuevo riesgo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood (1–5)</source>
        <translation>Probabilidad (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact (1–5)</source>
        <translation>Impacto (1–5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+19"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identified on</source>
        <translation>Identificado el</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The day of a changed likelihood, impact, status or review date: views as of an earlier date show the assessment before.</source>
        <translation>El día del cambio de probabilidad, impacto, estado o fecha de revisión: las vistas con corte a una fecha anterior muestran la evaluación previa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
</context>
<context>
    <name>RiskPlanPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/risk_plan.py" line="+65"/>
        <source>&amp;New scenario…</source>
        <translation>&amp;Nuevo escenario…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved scenarios</source>
        <translation>Escenarios guardados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contracts that cannot be renewed</source>
        <translation>Contratos que no se pueden renovar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare scenarios</source>
        <translation>Comparar escenarios</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="-4"/>
        <source>Component 1 risk plan</source>
        <translation>Plan de riesgos del componente 1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/risk_plan.py" line="+19"/>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut %</source>
        <translation>Recorte %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Create a scenario: funds per year for Component 1, a cut in % from a year, or an earlier end date.</source>
        <translation>Cree un escenario: fondos por año para el componente 1, un recorte en % a partir de un año o una fecha de término anticipada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This scenario cannot be evaluated: %s</source>
        <translation>Este escenario no puede evaluarse: %s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The money runs out in %s.</source>
        <translation>Los fondos se agotan en %s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The funds cover the committed fees to the end.</source>
        <translation>Los fondos cubren los honorarios comprometidos hasta el final.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contracts cannot be renewed, %d can. Balance at %s: %s.</source>
        <translation>
            <numerusform>%n contrato no se puede renovar, %d sí. Saldo al %s: %s.</numerusform>
            <numerusform>%n contratos no se pueden renovar, %d sí. Saldo al %s: %s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Scenario “%s” saved.</source>
        <translation>Escenario “%s” guardado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete scenario “%s”?</source>
        <translation>¿Eliminar el escenario «%s»?</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/risks.py" line="+42"/>
        <source>Category</source>
        <extracomment>Value of the review filter keeping the risks whose review date has passed.</extracomment>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review overdue</source>
        <translation>Revisión vencida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New risk…</source>
        <translation>&amp;Nuevo riesgo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show every cell</source>
        <translation>Mostrar todas las celdas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heat map (active risks): likelihood ↑, impact →</source>
        <translation>Mapa de calor (riesgos activos): probabilidad ↑, impacto →</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Risk “%s” saved.</source>
        <translation>Riesgo “%s” guardado.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="-2"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/risks.py" line="+5"/>
        <source>Delete risk</source>
        <translation>Eliminar riesgo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete risk “%s”?</source>
        <translation>¿Eliminar el riesgo «%s»?</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/scenario_dialog.py" line="+34"/>
        <source>Edit scenario</source>
        <translation>Editar escenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cut</source>
        <translation>Recorte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cut from year</source>
        <translation>Recorte a partir del año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program ends on</source>
        <translation>El programa termina el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned (Component 1)</source>
        <translation>Programado (componente 1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Funds available</source>
        <translation>Fondos disponibles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Funds per year (blank: as planned)</source>
        <translation>Fondos por año (en blanco: lo programado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>SpecialistDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="+67"/>
        <source>Edit specialist</source>
        <translation>Editar especialista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>Specialists</name>
    <message>
        <location filename="../../coopdesk/ui/models/specialists.py" line="+40"/>
        <location line="+49"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+27"/>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly fee</source>
        <translation>Honorarios mensuales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Date</source>
        <extracomment>Column numbers of the roster (tests and the page refer to them).</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed fees</source>
        <translation>Honorarios comprometidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committed / budget</source>
        <translation>Comprometido / presupuesto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New contract</source>
        <translation>Nuevo contrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>Honorarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New fee</source>
        <translation>Nuevos honorarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>SpecialistsPage</name>
    <message>
        <location filename="../../coopdesk/ui/pages/specialists.py" line="+92"/>
        <source>Contracts ending:</source>
        <translation>Contratos por vencer:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hire…</source>
        <translation>Contratar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit specialist…</source>
        <translation>Editar especialista…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate…</source>
        <translation>Rescindir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk renewal…</source>
        <translation>Renovación masiva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unit</source>
        <extracomment>The roster, read a page at a time (``services/roster_pages.py``); its columns are in the order of the service&apos;s ``SORTS``.</extracomment>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within %d days</source>
        <translation>en %d días</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contract chain</source>
        <extracomment>Counts the roster&apos;s rows behind it (``roster_count`` passes over every person).</extracomment>
        <translation>Cadena de contratos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headcount</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committed fees and budget</source>
        <translation>Honorarios comprometidos y presupuesto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open a database and choose a program.</source>
        <translation>Abra una base de datos y elija un programa.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/__init__.py" line="-10"/>
        <source>Specialists &amp; contracts</source>
        <translation>Especialistas y contratos</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/pages/specialists.py" line="+65"/>
        <source>%d within %d days</source>
        <extracomment>What the page shows beside the roster (``services/views/specialists.py``), None before a program or until it is read, behind the list (``beside``). (path, contracts written) of the last export, for the status and tests.</extracomment>
        <translation>%d en %d días</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a specialist to see their contracts.</source>
        <translation>Seleccione un especialista para ver sus contratos.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%s hired.</source>
        <translation>%s contratado(a).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract of %s was renewed.</source>
        <translation>Se renovó el contrato de %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract of %s was amended.</source>
        <translation>Se modificó el contrato de %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contract of %s was terminated.</source>
        <translation>Se rescindió el contrato de %s.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%s saved.</source>
        <translation>%s guardado(a).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import specialists and contracts</source>
        <translation>Importar especialistas y contratos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export contracts</source>
        <translation>Exportar contratos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting contracts</source>
        <translation>Exportando contratos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contracts written to %s.</source>
        <translation>
            <numerusform>%n contrato escrito en %s.</numerusform>
            <numerusform>%n contratos escritos en %s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/consultancy_dialogs.py" line="-43"/>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="-27"/>
        <source>Terminate %s</source>
        <translation>Rescindir %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="+7"/>
        <source>Termination date</source>
        <translation>Fecha de rescisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="-6"/>
        <source>A terminated contract cannot be renewed, amended or reopened.</source>
        <translation>Un contrato rescindido no se puede renovar, modificar ni reabrir.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/revision_dialogs.py" line="+124"/>
        <source>Transfer between lines</source>
        <translation>Transferir entre líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From line:</source>
        <translation>&amp;De la línea:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From &amp;year:</source>
        <translation>Del &amp;año:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To line:</source>
        <translation>A la &amp;línea:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To y&amp;ear:</source>
        <translation>Al añ&amp;o:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount (%s):</source>
        <translation>Mon&amp;to (%s):</translation>
    </message>
</context>
<context>
    <name>_ContractForm</name>
    <message>
        <location filename="../../coopdesk/ui/dialogs/contract_dialogs.py" line="-141"/>
        <source>Validity exception</source>
        <translation>Excepción de vigencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this contract may exceed the program&apos;s validity, and who approved it</source>
        <translation>Por qué este contrato puede rebasar la vigencia del programa y quién lo autorizó</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The contract falls outside the program&apos;s validity. To keep it, write the reason for the exception below and save again; it will be recorded.</source>
        <translation>El contrato queda fuera de la vigencia del programa. Para conservarlo, escriba abajo el motivo de la excepción y vuelva a guardar; quedará registrado.</translation>
    </message>
</context>
</TS>
