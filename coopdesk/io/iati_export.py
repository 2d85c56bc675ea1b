"""Write a program's IATI 2.03 file as of a date: gather, write, check, then replace.

The file is built in memory, written to a temporary file beside the target, checked there
(schema, code lists, sums: ``io/iati_check.py``) and only then renamed over the target
(``files.replacing``): a refused or interrupted export leaves no file, half or whole, and
an older file at the target untouched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import Message
from coopdesk.files import replacing
from coopdesk.io.iati_check import check_document
from coopdesk.io.iati_xml import activity_document
from coopdesk.services.database import UnitOfWork
from coopdesk.services.iati_activity import iati_activity


@dataclass(frozen=True)
class IatiExport:
    """What an export wrote, for the front end to say."""

    as_of: date
    budgets: int
    transactions: int
    notices: tuple[Message, ...]

    def summary(self, file: str | os.PathLike[str]) -> Message:
        return Message("iati_exported", file=os.fspath(file), date=self.as_of,
                       budgets=self.budgets, transactions=self.transactions)


def export_iati(uow: UnitOfWork, program_id: int, as_of: date,
                target: str | os.PathLike[str]) -> IatiExport:
    """Write the program's activity as of ``as_of`` to ``target``; ``ValidationError``
    naming every problem, and nothing written, when the record or the file falls short."""
    activity = iati_activity(uow, program_id, as_of)
    data = activity_document(activity)
    with replacing(target) as temporary:
        temporary.write_bytes(data)
        check_document(temporary.read_bytes(), activity.money, activity.currency, as_of)
    money = activity.money
    return IatiExport(as_of, len(money.budgets),
                      len(money.commitments) + len(money.expenditure), activity.notices)
