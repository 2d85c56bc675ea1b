"""The page frame of every report: header, "page x of y" footer, contents, metadata.

Builds are reproducible (reproducible-builds.org): the generation time is the one printed
on the report (``Stamp``: ``SOURCE_DATE_EPOCH`` when set, else the clock), the PDF's
creation and modification dates are that time, and its /ID is derived from that time and
what the document says; nothing else of the day or the machine is written, so the same
story and stamp give the same bytes. The fingerprint of the data is written in the PDF's
subject and keywords.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from io import BytesIO
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from coopdesk.reports import geometry
from coopdesk.reports import styles as st
from coopdesk.reports.geometry import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X

if TYPE_CHECKING:  # reportlab is imported on first use, not with the module
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import BaseDocTemplate, Flowable

    from coopdesk.reports.formatting import Formatter
    from coopdesk.reports.heading import Heading
    from coopdesk.services.programs import ProgramDTO

def utc_now() -> datetime:
    """The computer's clock, in UTC: the clock a ``Stamp`` reads unless given another."""
    return datetime.now(UTC)


def source_date_epoch(environ: Mapping[str, str]) -> datetime | None:
    """The instant ``SOURCE_DATE_EPOCH`` names (whole seconds since 1970, UTC), or None when
    it is unset or is not a whole, non-negative number of seconds."""
    text = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not text.isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(text), UTC)
    except (OverflowError, OSError, ValueError):  # beyond the years a datetime holds
        return None


@dataclass(frozen=True)
class Stamp:
    """Who generated a report and when: printed on it, never part of its fingerprint."""

    generated_by: str
    generated_at: datetime

    @classmethod
    def now(cls, generated_by: str, *, clock: Callable[[], datetime] = utc_now,
            environ: Mapping[str, str] = os.environ) -> Stamp:
        """Stamped now, on ``clock``; or at ``SOURCE_DATE_EPOCH`` when the environment sets
        it, so a rebuild on another day gives the same bytes (reproducible-builds.org)."""
        moment = source_date_epoch(environ) or clock().astimezone(UTC)
        return cls(generated_by, moment.replace(microsecond=0))


@dataclass(frozen=True)
class _Instant:
    """The generation time as reportlab's document dates read it (its ``TimeStamp``'s
    fields), in UTC: reportlab's own reads the clock, or a fixed day in invariant mode."""

    t: float
    YMDhms: tuple[int, ...]  # noqa: N815 - reportlab's name
    dhh: int = 0
    dmm: int = 0

    @classmethod
    def of(cls, moment: datetime) -> _Instant:
        utc = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
        return cls(utc.timestamp(), utc.timetuple()[:6])


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page say, and the PDF's metadata."""

    header_left: str  #: "program code · program title"
    header_right: str  #: the report's title
    footer_left: str  #: e.g. the period and the as-of date
    page_label: Callable[[int, int], str]  #: (page, pages) → "Page 3 of 12"
    title: str
    subject: str
    keywords: str
    lang: str
    generated_at: datetime  #: the PDF's creation date, as printed (``Stamp``)
    author: str = "CoopDesk"

    def document_id(self) -> bytes:
        """The seed of the PDF's /ID: the generation time and what the document says (its
        title, subject and keywords, which hold the data's fingerprint)."""
        said = "\n".join([self.generated_at.isoformat(), self.title, self.subject,
                          self.keywords, self.lang])
        return said.encode("utf-8")


def report_frame(
    *,
    program: ProgramDTO,
    title: str,
    subtitle: str,
    scope: dict[str, str],
    as_of: date,
    print_: str,
    voc: Callable[..., str],
    fmt: Formatter,
    lang: str,
    generated_at: datetime,
) -> PageFrame:
    """The header, footer and metadata every CoopDesk report shares.

    ``subtitle`` follows the title in the header; ``scope`` (e.g. ``{"period": "2019Q3"}``)
    is what tells this report apart from another of the same program and date, and joins
    the subject and the keywords beside the input fingerprint ``print_``.
    """
    from coopdesk.reports.fingerprint import KEYWORD

    day = as_of.isoformat()
    keywords = [f"{KEYWORD}:{print_}", f"program:{program.code}",
                *(f"{key}:{value}" for key, value in scope.items()), f"as-of:{day}",
                f"lang:{lang}"]
    return PageFrame(
        header_left=f"{program.code} · {program.title}",
        header_right=f"{title} · {subtitle}",
        footer_left=f"{voc('cover.as_of')} {fmt.date(as_of)} · {print_[:12]}",
        page_label=lambda page, pages: voc("page", page=page, pages=pages),
        title=" · ".join([program.code, title, *scope.values()]) if scope
        else f"{title} · {subtitle}",
        subject=" · ".join([title, program.code, *scope.values(), day]),
        keywords=" ".join(keywords),
        lang=lang,
        generated_at=generated_at,
    )


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut a header text with an ellipsis so it never runs into the other side."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _canvas_class(frame: PageFrame) -> type[Canvas]:
    """A canvas holding pages back until the end, to write "page x of y" on each."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        # reportlab's own state, which its stubs leave out
        _pagesize: tuple[float, float]
        _pageNumber: int  # noqa: N815 - reportlab's name
        _startPage: Callable[[], None]  # noqa: N815 - reportlab's name
        _doc: Any  # the PDFDocument being written

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # the dates and the /ID of the document: the report's own, not the day's
            document = self._doc
            document._timeStamp = _Instant.of(frame.generated_at)
            document.signature = hashlib.md5(frame.document_id(), usedforsecurity=False)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(st.FONT, 7.5)
                self.setFillColor(colors.HexColor(st.MUTED))
                self.drawRightString(width - MARGIN_X, MARGIN_BOTTOM - 26,
                                     frame.page_label(self._pageNumber, total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(frame: PageFrame) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        from reportlab.lib import colors

        # an upright page, or a turned one (reportlab's own state, which its stubs leave out)
        width, height = canvas._pagesize  # type: ignore[attr-defined]
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.5)
        canvas.setFont(st.FONT, 7.5)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        if canvas.getPageNumber() > 1:
            top = height - MARGIN_TOP + 18
            right = _fit(frame.header_right, st.FONT_BOLD, 7.5, (width - 2 * MARGIN_X) * 0.4)
            canvas.setFont(st.FONT_BOLD, 7.5)
            canvas.drawRightString(width - MARGIN_X, top, right)
            canvas.setFont(st.FONT, 7.5)
            left_room = width - 2 * MARGIN_X - canvas.stringWidth(right, st.FONT_BOLD, 7.5) - 20
            canvas.drawString(MARGIN_X, top, _fit(frame.header_left, st.FONT, 7.5, left_room))
            canvas.line(MARGIN_X, top - 5, width - MARGIN_X, top - 5)
        bottom = MARGIN_BOTTOM - 26
        canvas.line(MARGIN_X, bottom + 11, width - MARGIN_X, bottom + 11)
        canvas.drawString(MARGIN_X, bottom, _fit(frame.footer_left, st.FONT, 7.5,
                                                 (width - 2 * MARGIN_X) * 0.7))
        canvas.restoreState()

    return on_page


def contents(title: str) -> list[Flowable]:
    """A table of contents listing every ``h1`` heading, with its page."""
    from reportlab.platypus import Paragraph
    from reportlab.platypus.tableofcontents import TableOfContents

    toc = TableOfContents()
    toc.levelStyles = st.styles().toc_levels
    toc.dotsMinLevel = 0
    return [Paragraph(escape(title), st.styles().h1), toc]


def build_pdf(story: list[Flowable], frame: PageFrame, *, with_contents: bool) -> bytes:
    """Lay the story out on A4 pages and return the PDF's bytes."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from coopdesk.reports.flow import KeepStart
    from coopdesk.reports.heading import Heading

    st.register_fonts()

    class ReportTemplate(BaseDocTemplate):
        def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
            """Send every section heading to the contents and the PDF's outline."""
            if isinstance(flowable, Heading) and flowable.toc_key:
                text = flowable.getPlainText()
                self.canv.bookmarkPage(flowable.toc_key)
                self.canv.addOutlineEntry(text, flowable.toc_key, 0)
                self.notify("TOCEntry", (0, escape(text), self.page, flowable.toc_key))

    buffer = BytesIO()
    doc = ReportTemplate(
        buffer, pagesize=geometry.A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=frame.title,
        author=frame.author,
        # one string of keywords: reportlab would join a longer list with ", "
        subject=frame.subject, keywords=[frame.keywords], creator="CoopDesk", invariant=1,
        lang=frame.lang,
    )
    # a heading moves to the next page only with the start of what follows it
    doc.keepTogetherClass = KeepStart
    doc.addPageTemplates([
        # no padding inside the frame: text and tables line up with the header's rule
        PageTemplate(name, [Frame(MARGIN_X, MARGIN_BOTTOM, *geometry.frame_size(size),
                                  leftPadding=0, rightPadding=0, topPadding=0,
                                  bottomPadding=0, id=name)],
                     onPage=_decorate(frame), pagesize=size)
        for name, size in ((geometry.PORTRAIT, geometry.A4),
                           (geometry.LANDSCAPE, geometry.A4_LANDSCAPE))
    ])
    maker = _canvas_class(frame)
    if with_contents:
        doc.multiBuild(story, canvasmaker=maker)
    else:
        doc.build(story, canvasmaker=maker)
    return buffer.getvalue()


def heading(text: str, key: str) -> Heading:
    """A section heading (``h1``) that the contents and the PDF outline list."""
    from coopdesk.reports.heading import Heading

    paragraph = Heading(escape(text), st.styles().h1)
    paragraph.toc_key = key
    return paragraph
