"""The headless ``partnercrm`` commands, in-process and once as a real process."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from partnercrm.cli import main
from partnercrm.store import schema

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A 200-person demo made by the ``demo`` command (shared by this module, read only)."""
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    shutil.copyfile(migrated_template, path)
    code = main(
        ["--db", str(path), "demo", "--people", "200", "--seed", "3", "--today", "2026-03-02"]
    )
    assert code == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _people(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        count = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    connection.close()
    return int(count)


def test_demo_reports_what_it_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "small.sqlite"
    shutil.copyfile(migrated_template, path)
    code, out, err = run(capsys, "--db", str(path), "demo", "--people", "20", "--seed", "3")
    assert code == 0, err
    assert "20 people" in out
    assert _people(path) == 20
    code, out, err = run(capsys, "--db", str(path), "demo", "--people", "20")
    assert code == 2
    assert "already holds 20 people" in err
    assert _people(path) == 20


def test_search_folds_umlauts(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    results = {}
    for query in ("müller", "mueller", "muller", "MÜLLER"):
        code, out, err = run(
            capsys, "--db", str(demo_db), "search", query, "--json", "--limit", "500"
        )
        assert code == 0, err
        data = json.loads(out)
        assert data["query"] == query
        results[query] = {p["id"] for p in data["people"]}
        assert data["people_total"] == len(data["people"])
    assert results["müller"]
    assert len({frozenset(ids) for ids in results.values()}) == 1
    data = json.loads(run(capsys, "--db", str(demo_db), "search", "müller", "--json")[1])
    assert any("Müller" in p["last_name"] for p in data["people"])
    assert {"name", "organization", "function", "city", "email", "phone"} <= set(data["people"][0])


def test_search_narrows_and_prints_text(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    def hits(*words: str) -> dict[int, dict[str, str]]:
        code, out, err = run(
            capsys, "--db", str(demo_db), "search", *words, "--json", "--limit", "500"
        )
        assert code == 0, err
        return {p["id"]: p for p in json.loads(out)["people"]}

    wide = hits("müller")
    first = next(iter(wide.values()))
    narrow = hits("müller", first["city"])
    assert first["id"] in narrow
    assert set(narrow) <= set(wide)
    assert hits("müller", "zzqx") == {}
    code, out, _ = run(capsys, "--db", str(demo_db), "search", "Müller")
    assert code == 0
    assert out.startswith(f"People: {len(wide)}")
    assert f"[{first['id']}] {first['name']}" in out
    assert "Organizations:" in out


def test_export_json(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    code, out, err = run(capsys, "--db", str(demo_db), "export", "json", "-o", str(target))
    assert code == 0, err
    assert "200 people" in out
    raw = target.read_bytes()
    data = json.loads(raw.decode("utf-8"))
    assert {
        "people",
        "organizations",
        "events",
        "interactions",
        "tags",
        "distribution_lists",
    } <= set(data)
    assert len(data["people"]) == 200
    for person in data["people"]:
        assert {"first_name", "last_name", "affiliations"} <= set(person)
    kinds = {o["kind"] for o in data["organizations"]}
    assert {"municipality", "company", "association"} <= kinds
    assert all(o["name"] for o in data["organizations"])
    assert "Müller".encode() in raw  # umlauts stored as UTF-8, not \u-escaped
    assert b"\\u00fc" not in raw


def test_backup(capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "b.sqlite"
    code, out, err = run(capsys, "--db", str(demo_db), "backup", "-o", str(target))
    assert code == 0, err
    assert str(target) in out
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()
    assert _people(target) == _people(demo_db) == 200
    code, out, err = run(capsys, "--db", str(demo_db), "backup", "-o", str(target))
    assert code == 2
    assert "exists already" in err


def test_backup_to_the_default_folder(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "backup")
    assert code == 0, err
    (made,) = (db_path.parent / "backups").iterdir()
    assert str(made) in out


def test_check(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, err = run(capsys, "--db", str(demo_db), "check")
    assert code == 0, err
    assert "Integrity: ok." in out
    assert schema.head_revision() in out
    code, out, err = run(capsys, "--db", str(demo_db), "check", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["schema"] == report["expected_schema"] == schema.head_revision()
    assert report["full_text_search"] is True


# --- bad databases: exit code 2, one paragraph, no traceback, file untouched ------


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _text_file(tmp_path: Path, _template: Path) -> Path:
    path = tmp_path / "notes.sqlite"
    path.write_text("keine Datenbank\n", encoding="utf-8")
    return path


def _other_program(tmp_path: Path, _template: Path) -> Path:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE song (title TEXT)")
    connection.close()
    return path


def _newer(tmp_path: Path, template: Path) -> Path:
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.close()
    return path


def _damaged(tmp_path: Path, template: Path) -> Path:
    path = tmp_path / "damaged.sqlite"
    data = bytearray(template.read_bytes())
    data[16:100] = b"\xff" * 84
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_text_file, "not a PartnerCRM database"),
        (_other_program, "another program"),
        (_newer, "newer version"),
        (_damaged, "damaged"),
    ],
)
@pytest.mark.parametrize("command", [["check"], ["search", "müller"], ["demo", "--people", "10"]])
def test_bad_database(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    migrated_template: Path,
    make: object,
    words: str,
    command: list[str],
) -> None:
    path = make(tmp_path, migrated_template)  # type: ignore[operator]
    before = _digest(path)
    code, out, err = run(capsys, "--db", str(path), *command)
    assert code == 2
    assert out == ""
    message = err.strip()
    assert message.startswith("Error: ")
    assert "\n\n" not in message  # one paragraph
    assert words in message
    assert str(path) in message
    assert _digest(path) == before


def test_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "crm.sqlite"
    code, _out, err = run(capsys, "--db", str(path), "check")
    assert code == 2
    assert "does not exist" in err
    assert not path.parent.exists()


def test_unreachable_server(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", "postgresql+psycopg2://u:p@127.0.0.1:9/x", "check")
    assert code == 2
    assert err.startswith("Error: ")
    assert ":p@" not in err


def test_environment_variable_names_the_database(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTNERCRM_DB", str(demo_db))
    code, out, _ = run(capsys, "check", "--json")
    assert code == 0
    assert json.loads(out)["ok"] is True


# --- a real process -------------------------------------------------------------------


def _process(*argv: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    env.pop("PARTNERCRM_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "partnercrm", *argv],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_real_process(demo_db: Path) -> None:
    """``python -m partnercrm`` end to end: the entry point, UTF-8 JSON through a pipe."""
    done = _process("--db", str(demo_db), "search", "müller", "--json")
    assert b"Traceback" not in done.stdout + done.stderr
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    data = json.loads(done.stdout.decode("utf-8"))
    assert data["people_total"] > 0
    assert "Müller".encode() in done.stdout


def test_export_into_a_missing_folder(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "nowhere" / "f.json"
    code, out, err = run(capsys, "--db", str(db_path), "export", "json", "-o", str(target))
    assert code == 2
    assert out == ""
    assert err.startswith("Error: ") and "does not exist" in err
    assert not target.parent.exists()


def test_window_is_opened_without_a_command_and_commands_are_not_mistaken_for_it() -> None:
    from partnercrm.cli.main import window_arguments

    assert window_arguments([]) is not None
    window = window_arguments(["--db", "/tmp/x.sqlite"])
    assert window is not None and window.db == "/tmp/x.sqlite"
    assert window_arguments(["search", "müller"]) is None
    assert window_arguments(["--db", "x.sqlite", "demo"]) is None
    assert window_arguments(["--help"]) is None  # the full parser prints the commands
