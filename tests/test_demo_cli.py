from pathlib import Path

from coopdesk.cli import main


def test_demo_twice_does_not_duplicate(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.db"
    assert main(["demo", "--database", str(path)]) == 0
    assert "Loaded the demo program 00086731" in capsys.readouterr().out
    assert main(["demo", "--database", str(path)]) == 2
    assert "already in this database" in capsys.readouterr().err
