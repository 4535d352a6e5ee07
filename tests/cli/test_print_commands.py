"""``partnercrm print``: run as a user runs it, the PDFs read back with pdfplumber."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm
from tests.services.print_world import World, build_world

from partnercrm.cli.main import main
from partnercrm.printing.label_sheet import load_catalog
from partnercrm.services.print_settings import Calibration, load_calibration, save_calibration
from partnercrm.store.database import Database


@pytest.fixture
def world(db: Database) -> World:
    with db.session() as session:
        return build_world(session)


def run(db_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "print", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def page_texts(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def first_word(path: Path, text: str) -> tuple[float, float]:
    with pdfplumber.open(path) as pdf:
        for word in pdf.pages[0].extract_words():
            if word["text"] == text:
                return float(word["x0"]), float(word["top"])
    raise AssertionError(f"{text} not on the first page")


def slot_of(path: Path, text: str, format_id: str) -> int:
    """The label position (0-based) on the first sheet that holds the word ``text``."""
    x, top = first_word(path, text)
    for slot, cell in enumerate(load_catalog().get(format_id).cells()):
        if cell.x * mm <= x <= (cell.x + cell.w) * mm and cell.y * mm <= top <= cell.bottom * mm:
            return slot
    raise AssertionError(f"{text} is on no label")


def test_labels_in_name_order_with_skipped_people_on_stderr(
    db_path: Path, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "labels.pdf"
    code, stdout, stderr = run(db_path, capsys, "labels", "-o", str(out))
    assert code == 0
    text = page_texts(out)[0]
    slots = [slot_of(out, name, "zweckform-3475") for name in ("Arndt", "Brandt", "Fuchs")]
    assert slots == [0, 1, 2]
    assert "Rathausplatz 1" in text and "Stadt Köln" in text
    for absent in ("Conrad", "Dahl", "Ernst"):
        assert absent not in text
    assert "Skipped Carla Conrad" in stderr and "do not contact" in stderr
    assert "Skipped Dieter Dahl" in stderr and "withdrawn" in stderr
    assert "Skipped Emil Ernst" in stderr and "no postal address" in stderr
    assert "3 records" in stdout and "3 skipped" in stdout


def test_labels_start_position_is_honoured(
    db_path: Path, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "labels.pdf"
    code, _, _ = run(
        db_path, capsys, "labels", "--template", "3475", "--start", "5", "-o", str(out)
    )
    assert code == 0
    # Position 5 is the second row's middle label; the others follow it.
    slots = [slot_of(out, name, "zweckform-3475") for name in ("Arndt", "Brandt", "Fuchs")]
    assert slots == [4, 5, 6]


def test_saved_calibration_moves_labels_and_option_overrides_it(
    db_path: Path, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.json"
    plain, moved, given = (tmp_path / f"{n}.pdf" for n in ("plain", "moved", "given"))
    base = ("labels", "--template", "L7160", "--ids", str(world.bert), "--settings", str(settings))
    run(db_path, capsys, *base, "-o", str(plain))
    code, out, _ = run(
        db_path, capsys, "calibration", "--template", "L7160", "--settings", str(settings),
        "--save-offset-x", "2", "--save-offset-y", "-1", "-o", str(tmp_path / "cal.pdf"),
    )  # fmt: skip
    assert code == 0 and "offset x 2.0 mm" in out
    assert load_calibration(format_id="avery-l7160", path=settings) == Calibration(2.0, -1.0)
    assert "100 mm" in " ".join(page_texts(tmp_path / "cal.pdf"))
    run(db_path, capsys, *base, "-o", str(moved))
    run(db_path, capsys, *base, "--offset-x", "0", "--offset-y", "0", "-o", str(given))
    (x0, y0), (x1, y1) = first_word(plain, "Bert"), first_word(moved, "Bert")
    assert x1 - x0 == pytest.approx(2 * mm, abs=0.1)
    assert y1 - y0 == pytest.approx(-1 * mm, abs=0.1)
    assert first_word(given, "Bert") == pytest.approx((x0, y0))


def test_signin_sheet_honours_status_and_role(
    db_path: Path, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "signin.pdf"
    code, _, _ = run(
        db_path, capsys, "signin", "--event", "Forum Ehrenamt", "--status", "registered",
        "-o", str(out),
    )  # fmt: skip
    assert code == 0
    text = " ".join(page_texts(out))
    assert "Forum Ehrenamt" in text
    order = [text.index(n) for n in ("Arndt, Anna", "Brandt, Bert", "Conrad, Carla")]
    assert order == sorted(order)
    assert "Fuchs" not in text  # only invited
    assert "Sportverein Nord e.V." in text  # the represented organisation
    speakers = tmp_path / "speakers.pdf"
    run(db_path, capsys, "signin", "--event", str(world.event), "--role", "speaker",
        "-o", str(speakers))  # fmt: skip
    text = " ".join(page_texts(speakers))
    # Frida is an invited speaker: not expected at the door unless asked for.
    assert "Arndt" in text and "Fuchs" not in text and "Brandt" not in text
    run(db_path, capsys, "signin", "--event", str(world.event), "--role", "speaker",
        "--status", "registered", "--status", "invited", "-o", str(speakers))  # fmt: skip
    text = " ".join(page_texts(speakers))
    assert "Arndt" in text and "Fuchs" in text and "Brandt" not in text
    invitations = tmp_path / "invitations.pdf"
    run(db_path, capsys, "invitations", "--event", str(world.event), "-o", str(invitations))
    text = " ".join(page_texts(invitations))
    assert all(name in text for name in ("Arndt", "Brandt", "Conrad", "Fuchs"))


def test_letters_fill_placeholders_and_greet_in_each_language(
    db_path: Path, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("{salutation}\n\nwir laden Sie zu {event_title} ein.\n", encoding="utf-8")
    out = tmp_path / "letters.pdf"
    code, _, stderr = run(
        db_path, capsys, "letters", "--event", str(world.event), "--letter-text", str(letter),
        "--salutation-language", "person", "--titles", "all", "--sender", "Stadt Köln · 50667 Köln",
        "--signer", "Jana Beispiel", "--place-date", "Köln, 24.11.2026", "-o", str(out),
    )  # fmt: skip
    assert code == 0
    pages = page_texts(out)
    assert len(pages) == 3  # Anna, Bert, Frida; Carla must not get post
    assert "Sportverein Nord e.V." in pages[0] and "Vereinsweg 2" in pages[0]
    assert "Sehr geehrte Frau Arndt," in pages[0]
    assert "Sehr geehrter Herr Brandt," in pages[1]
    assert "Dear Professor Fuchs," in pages[2]
    assert "wir laden Sie zu Forum Ehrenamt ein." in pages[0]
    for text in ("Stadt Köln · 50667 Köln", "Jana Beispiel", "Köln, 24.11.2026"):
        assert text in pages[0]
    assert "Skipped Carla Conrad" in stderr


def test_documents_about_an_event_need_one(
    db_path: Path, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(db_path, capsys, "signin", "-o", str(tmp_path / "x.pdf"))
    assert exit_info.value.code == 2
    code, _, err = run(
        db_path, capsys, "labels", "--status", "registered", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 2 and "--event" in err
    code, _, err = run(
        db_path, capsys, "labels", "--template", "nope", "-o", str(tmp_path / "x.pdf")
    )
    assert code == 2 and "nope" in err
    assert not (tmp_path / "x.pdf").exists()


def test_help_names_documents_and_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["print", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for word in ("labels", "sign-in sheets", "badges", "letters", "certificates", "100 %"):
        assert word in text


def test_calibration_file_survives_other_entries(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_calibration(Calibration(1.0, 0.5), format_id="a", path=path)
    save_calibration(Calibration(-0.5, 0.0), format_id="b", printer="HP", path=path)
    assert load_calibration(format_id="a", path=path) == Calibration(1.0, 0.5)
    assert load_calibration(format_id="b", printer="HP", path=path) == Calibration(-0.5, 0.0)
    assert load_calibration(format_id="b", path=path) == Calibration()


def test_list_tag_and_query_select_the_labels(
    db: Database, db_path: Path, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from partnercrm.model import Person
    from partnercrm.services.distribution_lists import create_list
    from partnercrm.services.tags import resolve_tags

    with db.transaction() as session:
        create_list(session, name="Presse", person_ids=[world.bert, world.frida, world.dieter])
        tag = resolve_tags(session, ["Vorstand"])[0]
        for person_id in (world.anna, world.frida):
            person = session.get(Person, person_id)
            assert person is not None
            person.tags.append(tag)

    def names(*selection: str) -> tuple[str, str]:
        out = tmp_path / "sel.pdf"
        code, _, err = run(db_path, capsys, "labels", *selection, "-o", str(out))
        assert code == 0
        text = page_texts(out)[0]
        found = " ".join(n for n in ("Arndt", "Brandt", "Dahl", "Fuchs") if n in text)
        return found, err

    assert names("--list", "Presse") == (
        "Brandt Fuchs",
        "Skipped Dieter Dahl (id 4): consent for post withdrawn on 2026-03-20\n",
    )
    assert names("--tag", "vorstand")[0] == "Arndt Fuchs"
    assert names("--query", "Brandt")[0] == "Brandt"
    assert names("--list", "Presse", "--tag", "Vorstand")[0] == "Fuchs"
    code, _, err = run(db_path, capsys, "labels", "--list", "Nope", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "Nope" in err
