"""Work on the Qt ``.ts`` translation file without Qt Linguist.

    python tools/translations.py status          # finished / unfinished per context
    python tools/translations.py todo > todo.tsv # the unfinished entries, one per line
    python tools/translations.py apply todo.tsv  # write back the translations filled in
    python tools/translations.py check           # exit 1 if any entry is unfinished

The TSV has three tab-separated columns: context, English source, translation; newlines and
tabs inside a text are written ``\\n`` and ``\\t``. ``make i18n`` regenerates the ``.ts``
(``pyside6-lupdate``) and prints the status; ``make`` compiles it (``pyside6-lrelease``).
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
    """One translatable text of the ``.ts``."""

    context: str
    source: str
    translation: str
    finished: bool


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


def _message(context: str, element: ET.Element) -> Message:
    translation = element.find("translation")
    kind = translation.get("type", "") if translation is not None else "unfinished"
    return Message(
        context=context,
        source=element.findtext("source", ""),
        translation=(translation.text or "") if translation is not None else "",
        finished=kind == "" and translation is not None and bool(translation.text),
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


def apply(path: Path, rows: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """Set the translations of (context, source, translation) rows; return the unmatched."""
    tree = ET.parse(path)
    index = {(context, element.findtext("source", "")): element
             for context, element in _entries(tree)}
    unmatched = []
    for context, source, text in rows:
        element = index.get((context, source))
        if element is None or not text:
            unmatched.append((context, source))
            continue
        translation = element.find("translation")
        if translation is None:
            translation = ET.SubElement(element, "translation")
        translation.attrib.pop("type", None)
        translation.text = text
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return unmatched


def read_tsv(path: Path) -> list[tuple[str, str, str]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise SystemExit(f"{path}:{number}: expected 3 tab-separated columns")
        context, source, text = (_unescape(p) for p in parts)
        rows.append((context, source, text))
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
            print(f"{_escape(m.context)}\t{_escape(m.source)}\t")
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
