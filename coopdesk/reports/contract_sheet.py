"""The specialist contract sheet: one person's contract chain, fees and dates, on file.

A short report the administrator prints for the specialist's folder: who they are, every
contract (hire and renewals) with its fee and status on the as-of date, and the events
of the chain (hire, renewal, amendment, termination) in date order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coopdesk.domain.messages import Wording
from coopdesk.reports import document
from coopdesk.reports import styles as st
from coopdesk.reports.document import Stamp
from coopdesk.reports.fingerprint import fingerprint, shown
from coopdesk.reports.formatting import Formatter, check_language
from coopdesk.reports.i18n import Vocabulary
from coopdesk.reports.tables import Col, data_table, key_value_table, para
from coopdesk.services.contract_sheet_data import ContractSheetData

if TYPE_CHECKING:  # reportlab is imported on first use, not with the module
    from reportlab.platypus import Flowable


def _chain_rows(data: ContractSheetData, wording: Wording) -> list[tuple[str, ...]]:
    """The chain worded as the window's chain words it (``ChainEventDTO.details``), in the
    report's language and formats: one wording for screen and paper."""
    return [
        (wording.format_value(e.day), wording.word(f"chain_event_{e.event}"), e.reference,
         "; ".join(wording.say(m) for m in e.details()))
        for e in data.chain
    ]


def build_contract_sheet(data: ContractSheetData, lang: str, stamp: Stamp) -> bytes:
    """The PDF of the sheet in ``lang`` ("es" or "en")."""
    check_language(lang)
    fmt, voc, styles = Formatter(lang), Vocabulary(lang), st.styles()
    person, program = data.specialist, data.program
    facts = [
        (voc("cover.program"), f"{program.code} · {program.title}"),
        (voc("cs.email"), person.email or "—"),
        (voc("cs.notes"), person.notes or "—"),
        (voc("cover.as_of"), fmt.long_date(data.as_of)),
    ]

    def head(made: list[tuple[str, str]]) -> list[Flowable]:
        return [para(voc("sheet.title"), styles.title), para(person.full_name, styles.subtitle),
                key_value_table(facts + made, lang)]

    story: list[Flowable] = [para(voc("cs.contracts"), styles.h2)]
    columns = [
        Col(voc("col.contract"), "plain"), Col(voc("col.position")),
        Col(voc("col.unit")), Col(voc("col.start"), "plain"),
        Col(voc("col.end"), "plain"), Col(voc("col.fee"), "num"),
        Col(voc("col.basis")), Col(voc("col.status")),
    ]
    rows = [
        (c.reference, c.position, c.unit, fmt.date(c.start_date),
         fmt.date(c.termination_date or c.end_date), fmt.money(c.fee, c.currency),
         voc.value(c.fee_basis), voc.value(data.statuses[c.id]))
        for c in data.contracts
    ]
    story += data_table(columns, rows, lang=lang) if rows else [para(voc("empty"), styles.note)]
    story.append(para(voc("cs.events"), styles.h2))
    events = _chain_rows(data, Wording.of(fmt.conventions))
    story += data_table(
        [Col(voc("col.date"), "plain"), Col(voc("col.event")),
         Col(voc("col.contract"), "plain"), Col(voc("col.description"))],
        events, lang=lang,
    ) if events else [para(voc("empty"), styles.note)]
    # the fingerprint hashes what the sheet prints, but the stamp (``fingerprint.shown``)
    print_ = fingerprint(shown(head([]) + story), lang=lang, report="contract_sheet")
    story = head([
        (voc("cover.generated"), f"{stamp.generated_by} · {fmt.timestamp(stamp.generated_at)}"),
        (voc("cover.fingerprint"), print_),
    ]) + story
    frame = document.report_frame(
        program=program, title=voc("sheet.title"), subtitle=person.full_name, scope={},
        as_of=data.as_of, print_=print_, voc=voc, fmt=fmt, lang=lang,
        generated_at=stamp.generated_at,
    )
    return document.build_pdf(story, frame, with_contents=False)
