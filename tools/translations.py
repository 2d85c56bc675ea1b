"""Work on the Qt ``.ts`` translation file without Qt Linguist.

    python tools/translations.py status          # finished / unfinished per context
    python tools/translations.py todo > todo.tsv # the unfinished entries, one per line
    python tools/translations.py apply todo.tsv  # write back the translations filled in
    python tools/translations.py check           # exit 1 if any entry is unfinished

The TSV has three tab-separated columns: context, English source, translation; newlines and
tabs inside a text are written ``\\n`` and ``\\t``. A text with a count (``%n``, Qt's plural
forms) has one translation column per form the language has, in Qt's order: for Spanish
and English the singular, then the plural ("%n contrato", "%n contratos"). ``make i18n``
regenerates the ``.ts`` files (``pyside6-lupdate``) and prints the status; ``make`` compiles
them (``pyside6-lrelease``). ``--ts`` chooses another file, such as English's plural forms.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

#: The Spanish translation source, relative to the repository.
DEFAULT_TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "coopdesk_es.ts"


@dataclass(frozen=True)
class Message:
    """One translatable text of the ``.ts``.

    A text with plural forms has them in ``forms`` (singular first), and ``translation``
    holds them one per line.
    """

    context: str
    source: str
    translation: str
    finished: bool
    forms: tuple[str, ...] = ()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, chars = [], iter(text)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(following, "\\" + following))
        else:
            out.append(char)
    return "".join(out)


def _entries(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    pairs = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        pairs.extend((name, message) for message in context.iter("message"))
    return pairs


def _forms(element: ET.Element) -> list[ET.Element]:
    """The ``numerusform`` elements of a text with plural forms, [] for any other text."""
    translation = element.find("translation")
    if element.get("numerus") != "yes" or translation is None:
        return []
    return translation.findall("numerusform")


def _message(context: str, element: ET.Element) -> Message:
    translation = element.find("translation")
    kind = translation.get("type", "") if translation is not None else "unfinished"
    forms = tuple(form.text or "" for form in _forms(element))
    if element.get("numerus") == "yes":
        text, done = "\n".join(forms), bool(forms) and all(forms)
    else:
        text = (translation.text or "") if translation is not None else ""
        done = bool(text)
    return Message(
        context=context,
        source=element.findtext("source", ""),
        translation=text,
        finished=kind == "" and translation is not None and done,
        forms=forms,
    )


def read_messages(path: Path = DEFAULT_TS) -> list[Message]:
    """Every current message of the file (vanished and obsolete ones are left out)."""
    tree = ET.parse(path)
    messages = []
    for context, element in _entries(tree):
        translation = element.find("translation")
        if translation is not None and translation.get("type") in {"vanished", "obsolete"}:
            continue
        messages.append(_message(context, element))
    return messages


Row = tuple[str, str, tuple[str, ...]]
"""(context, source, translations): one translation, or one per plural form."""


def _set(element: ET.Element, texts: tuple[str, ...]) -> bool:
    """Write ``texts`` into ``element``; False if they are empty or not one per form."""
    forms = _forms(element)
    if not all(texts) or len(texts) != (len(forms) if element.get("numerus") == "yes" else 1):
        return False
    translation = element.find("translation")
    if translation is None:
        translation = ET.SubElement(element, "translation")
    translation.attrib.pop("type", None)
    if forms:
        for form, text in zip(forms, texts, strict=True):
            form.text = text
    else:
        translation.text = texts[0]
    return True


def apply(path: Path, rows: list[Row]) -> list[tuple[str, str]]:
    """Set the translations of (context, source, translations) rows; return the unmatched
    (no such text, an empty translation, or not one per plural form)."""
    tree = ET.parse(path)
    index = {(context, element.findtext("source", "")): element
             for context, element in _entries(tree)}
    unmatched = []
    for context, source, texts in rows:
        element = index.get((context, source))
        if element is None or not _set(element, texts):
            unmatched.append((context, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return unmatched


def read_tsv(path: Path) -> list[Row]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise SystemExit(f"{path}:{number}: expected at least 3 tab-separated columns")
        context, source, *texts = (_unescape(p) for p in parts)
        rows.append((context, source, tuple(texts)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", type=Path, default=DEFAULT_TS, help="the .ts file")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="finished and unfinished entries per context")
    commands.add_parser("todo", help="print the unfinished entries as TSV")
    commands.add_parser("check", help="exit 1 if any entry is unfinished")
    apply_parser = commands.add_parser("apply", help="write translations from a TSV file")
    apply_parser.add_argument("tsv", type=Path)
    args = parser.parse_args(argv)

    if args.command == "apply":
        unmatched = apply(args.ts, read_tsv(args.tsv))
        for context, source in unmatched:
            print(f"not applied (no such entry, or empty): {context}: {source!r}",
                  file=sys.stderr)
        return 1 if unmatched else 0
    messages = read_messages(args.ts)
    todo = [m for m in messages if not m.finished]
    if args.command == "todo":
        for m in todo:
            print(f"{_escape(m.context)}\t{_escape(m.source)}" + "\t" * max(1, len(m.forms)))
        return 0
    if args.command == "status":
        totals = Counter(m.context for m in messages)
        missing = Counter(m.context for m in todo)
        for context in sorted(totals):
            print(f"{context:32} {totals[context] - missing[context]:4} of {totals[context]:4}")
    print(f"{len(messages) - len(todo)} of {len(messages)} translated; {len(todo)} to do")
    if any(not m.context for m in messages):
        print("warning: texts without a context come from tr() wrappers outside a class, which "
              "lupdate cannot attribute; the window looks them up under another context, so "
              "they stay English. Call QCoreApplication.translate(\"Context\", \"text\").",
              file=sys.stderr)
    return 1 if args.command == "check" and todo else 0


if __name__ == "__main__":
    sys.exit(main())
