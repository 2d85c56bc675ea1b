"""Reading generated PDFs back: text per page, whitespace-insensitive search, metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader


def squeeze(text: str) -> str:
    """Text without any whitespace: wrapped lines and no-break spaces compare equal."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Pdf:
    pages: list[str]  #: each page's text, whitespace runs (no-break spaces too) made one space
    keywords: str
    subject: str
    title: str

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def has(self, expected: str) -> bool:
        return squeeze(expected) in squeeze(self.text)

    def section(self, heading: str, following: str | None) -> str:
        """The text from a chapter heading (after the contents) to the next one."""
        text = self.text
        contents_end = text.find(heading, text.find(heading) + 1)
        start = contents_end if contents_end >= 0 else text.find(heading)
        end = text.find(following, start + len(heading)) if following else len(text)
        return text[start:end if end >= 0 else len(text)]


def read_pdf(data: bytes) -> Pdf:
    reader = PdfReader(BytesIO(data))
    meta = reader.metadata or {}
    return Pdf(
        [" ".join(page.extract_text().split()) for page in reader.pages],
        str(meta.get("/Keywords", "")), str(meta.get("/Subject", "")),
        str(meta.get("/Title", "")),
    )
