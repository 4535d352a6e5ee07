"""``partnercrm import`` and ``partnercrm export vcard|csv|xlsx`` through the real entry point."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from partnercrm.cli.main import main

Run = Callable[..., tuple[int, str, str]]

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Müller;Jürgen;;Herr Dr.;\r\nFN:Dr. Jürgen Müller\r\n"
    "ORG:Stadt Köln\r\nEMAIL;TYPE=WORK:j.mueller@stadt-koeln.de\r\nEND:VCARD\r\n"
)


@pytest.fixture
def run(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", str(db_path), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_import_reimport_undo(run: Run, tmp_path: Path) -> None:
    card = tmp_path / "a.vcf"
    card.write_text(CARD, encoding="utf-8")
    code, out, _ = run("import", str(card))
    assert code == 0 and "1 new" in out
    code, out, _ = run("import", str(card))
    assert code == 0 and "0 new" in out and "1 unchanged" in out
    code, out, _ = run("import", "--list")
    assert "a.vcf" in out
    code, out, _ = run("import", "--undo", "1")
    assert code == 0 and "1 people deleted" in out
    code, out, err = run("import", "--undo", "1")
    assert code == 2 and "undone already" in err


def test_import_of_a_non_vcard_says_so(run: Run, tmp_path: Path) -> None:
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(b"\x89PNG not a card")
    code, out, err = run("import", str(junk))
    assert code == 1 and "junk.vcf" in err and "Nothing was imported" in out
    code, out, _ = run("import", "--list")
    assert "junk.vcf" not in out  # no (empty) batch to undo: the database is as it was
    code, _, err = run("import", str(tmp_path / "missing.vcf"))
    assert code == 2 and "missing.vcf" in err


def test_dry_run_reports_the_bad_fields_the_import_would_drop(run: Run, tmp_path: Path) -> None:
    table = tmp_path / "list.csv"
    table.write_text(
        "Vorname;Nachname;E-Mail-Adresse;PLZ\nAnna;Beispiel;anna-at-example.org;5066\n",
        encoding="utf-8",
    )
    code, out, err = run("import", str(table), "--dry-run")
    assert code == 0 and "Anna Beispiel" in out
    assert "record 2" in err and "E-Mail-Adresse" in err and "PLZ" in err
    code, out, _ = run("import", "--list")
    assert "list.csv" not in out  # a dry run changes nothing


def test_export_formats_with_selection(run: Run, tmp_path: Path) -> None:
    card = tmp_path / "a.vcf"
    card.write_text(CARD, encoding="utf-8")
    run("import", str(card))
    code, out, _ = run("export", "vcard", "-o", str(tmp_path / "o.vcf"), "--vcard-version", "4.0")
    assert code == 0 and "1 people" in out
    assert b"VERSION:4.0" in (tmp_path / "o.vcf").read_bytes()
    code, out, _ = run("export", "csv", "-o", str(tmp_path / "o.csv"), "--query", "Müller")
    assert code == 0 and "Müller" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig")
    code, out, _ = run("export", "xlsx", "-o", str(tmp_path / "o.xlsx"), "--ids", "1")
    assert code == 0 and (tmp_path / "o.xlsx").stat().st_size > 0
    code, _, err = run("export", "csv", "-o", str(tmp_path / "x.csv"), "--columns", "nope")
    assert code == 2 and "nope" in err
    code, _, err = run("export", "vcard", "-o", str(tmp_path / "x.vcf"), "--tag", "missing")
    assert code == 2 and "missing" in err
