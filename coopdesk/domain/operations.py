"""What a user does in one go, as the audit trail groups it: a hire, an approval, an import.

Each writing service names the operation it performs (``persistence.uow.audited_as``); every
change it makes is recorded under that one operation, so the Audit page shows a hire as one
entry with its details instead of one row per record and field. An operation run inside
another (the hires of an import) is part of the outer one. The value is stored with each
audit entry; the words shown for it are in ``domain.vocabulary``.
"""

from __future__ import annotations

from coopdesk.domain.enums import LabelledEnum


class Operation(LabelledEnum):
    """One kind of user operation, named by the service that performs it."""

    CREATE_PROGRAM = "create_program"
    EDIT_PROGRAM = "edit_program"
    ADD_PHASE = "add_phase"
    ADD_RESULT = "add_result"
    ADD_UNIT = "add_unit"
    ADD_BUDGET_LINE = "add_budget_line"
    ADD_SPECIALIST = "add_specialist"
    EDIT_SPECIALIST = "edit_specialist"
    HIRE = "hire"
    RENEW = "renew"
    AMEND = "amend"
    TERMINATE = "terminate"
    EDIT_CONTRACT = "edit_contract"
    BULK_RENEWAL = "bulk_renewal"
    IMPORT_CONTRACTS = "import_contracts"
    CREATE_CONSULTANCY = "create_consultancy"
    EDIT_CONSULTANCY = "edit_consultancy"
    TERMINATE_CONSULTANCY = "terminate_consultancy"
    DELETE_CONSULTANCY = "delete_consultancy"
    ADD_DELIVERABLE = "add_deliverable"
    EDIT_DELIVERABLE = "edit_deliverable"
    SUBMIT_DELIVERABLE = "submit_deliverable"
    ACCEPT_DELIVERABLE = "accept_deliverable"
    REJECT_DELIVERABLE = "reject_deliverable"
    DELETE_DELIVERABLE = "delete_deliverable"
    CREATE_REVISION = "create_revision"
    EDIT_REVISION = "edit_revision"
    DELETE_REVISION = "delete_revision"
    SET_REVISION_AMOUNTS = "set_revision_amounts"
    CARRY_REMAINDER = "carry_remainder"
    ADJUST_TO_CDR = "adjust_to_cdr"
    TRANSFER_BETWEEN_LINES = "transfer_between_lines"
    ADD_AWARD_CHANGE = "add_award_change"
    REMOVE_AWARD_CHANGE = "remove_award_change"
    CHANGE_AWARD = "change_award"
    APPROVE_REVISION = "approve_revision"
    CLOSE_YEAR = "close_year"
    REOPEN_YEAR = "reopen_year"
    ADD_EXPENDITURE = "add_expenditure"
    EDIT_EXPENDITURE = "edit_expenditure"
    DELETE_EXPENDITURE = "delete_expenditure"
    IMPORT_EXPENDITURE = "import_expenditure"
    CREATE_INITIATIVE = "create_initiative"
    EDIT_INITIATIVE = "edit_initiative"
    DELETE_INITIATIVE = "delete_initiative"
    CREATE_MILESTONE = "create_milestone"
    EDIT_MILESTONE = "edit_milestone"
    REBASELINE_MILESTONE = "rebaseline_milestone"
    DELETE_MILESTONE = "delete_milestone"
    CREATE_RISK = "create_risk"
    EDIT_RISK = "edit_risk"
    DELETE_RISK = "delete_risk"
    CREATE_SCENARIO = "create_scenario"
    EDIT_SCENARIO = "edit_scenario"
    DELETE_SCENARIO = "delete_scenario"
    SYNCHRONISE = "synchronise"
