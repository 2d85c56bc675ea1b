"""Counts in the window's texts take Qt's plural forms (``%n``): "1 entregable atrasado",
never "1 entregables atrasados"; English too, from its plural-forms file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coopdesk.services.database import Database
from coopdesk.ui import formatting, i18n
from coopdesk.ui.context import AppContext
from coopdesk.ui.pages.dashboard import DashboardPage
from tests.reports.conftest import build_sample
from tools.translations import main as translations
from tools.translations import read_messages

from .conftest import TS

TS_EN = TS.with_name("coopdesk_en.ts")
AS_OF = date(2019, 9, 30)


@pytest.fixture
def dashboard(qtbot, qapp, qm_folder: Path, db: Database):
    """The dashboard of the reports' sample program on 30/09/2019: one late deliverable (60
    days late), one slipping milestone, one contract ending within 90 days, two risks."""
    sample = build_sample(db)

    def show(language: str) -> DashboardPage:
        assert i18n.translators(qapp, qm_folder).install(language)
        formatting.configure(language)
        ctx = AppContext(actor="tester")
        ctx.database = db
        ctx.set_program(sample.program_id)
        ctx.set_as_of(AS_OF)
        page = DashboardPage(ctx)
        qtbot.addWidget(page)
        page.show()
        return page

    return show


@pytest.mark.parametrize(
    ("language", "late", "slipping", "ending", "risks"),
    [
        ("es", "1 entregable atrasado (hasta 60 días de atraso)", "1 hito con retraso",
         "1 contrato vence en 90 días", "2 riesgos activos mostrados"),
        ("en", "1 late deliverable (up to 60 days late)", "1 milestone slipping",
         "1 contract ending within 90 days", "2 active risks shown"),
    ],
)
def test_dashboard_counts_agree_with_their_nouns(
    dashboard, language, late, slipping, ending, risks
):
    page = dashboard(language)
    assert len(page.late_model.rows()) == 1 and len(page.top_model.rows()) == 2
    assert page.late.headline.text() == late
    assert page.slipping.headline.text() == slipping
    assert page.ending.headline.text() == ending
    assert page.top.headline.text() == risks


def test_spanish_plural_texts_have_both_forms():
    plural = [m for m in read_messages(TS) if m.forms]
    assert len(plural) >= 10
    for m in plural:
        assert len(m.forms) == 2 and all(m.forms), m.source
        assert "%n" in m.forms[1], m.source  # the plural names its number


def test_the_english_plural_forms_are_complete_and_up_to_date(tmp_path):
    """lupdate (plural forms only) finds no text with a count missing from English's file."""
    copy = tmp_path / TS_EN.name
    shutil.copy(TS_EN, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    root = TS.parents[2]
    subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
         "-pluralonly", "-source-language", "en", "-target-language", "en",
         str(root / "coopdesk" / "ui"), "-ts", str(copy)],
        check=True, cwd=root,
    )
    messages = read_messages(copy)
    assert messages and all(m.forms for m in messages)
    assert [m.source for m in messages if not m.finished] == []
    assert {m.source for m in messages} == {m.source for m in read_messages(TS) if m.forms}


_TS_TEXT = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Page</name>
    <message numerus="yes">
        <source>%n contracts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_the_translation_tool_fills_plural_forms(tmp_path, capsys):
    ts = tmp_path / "x.ts"
    ts.write_text(_TS_TEXT, encoding="utf-8")
    assert translations(["--ts", str(ts), "todo"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Page\t%n contracts\t\t", "Page\tSave\t"]

    wrong = tmp_path / "wrong.tsv"
    wrong.write_text("Page\t%n contracts\t%n contratos\n", encoding="utf-8")
    assert translations(["--ts", str(ts), "apply", str(wrong)]) == 1  # one form of two
    assert "not applied" in capsys.readouterr().err

    todo = tmp_path / "todo.tsv"
    todo.write_text("Page\t%n contracts\t%n contrato\t%n contratos\nPage\tSave\tGuardar\n",
                    encoding="utf-8")
    assert translations(["--ts", str(ts), "apply", str(todo)]) == 0
    plural, plain = read_messages(ts)
    assert plural.forms == ("%n contrato", "%n contratos") and plural.finished
    assert plain.translation == "Guardar" and plain.finished and plain.forms == ()
    assert translations(["--ts", str(ts), "check"]) == 0
