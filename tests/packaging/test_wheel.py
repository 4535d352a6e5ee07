"""The wheel carries the resources and the migrations, and the helper finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from partnercrm.resources import resource_path, resource_root

ROOT = Path(__file__).resolve().parents[2]


def test_resources_found_in_checkout() -> None:
    assert resource_root() == ROOT / "resources"
    assert resource_path("fonts", "DejaVuSans.ttf").stat().st_size > 100_000
    assert resource_path("labels", "formats.json").is_file()


@pytest.mark.slow
def test_wheel_contains_resources_and_migrations(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("partnercrm-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "partnercrm/_resources/fonts/DejaVuSans.ttf" in names
    assert "partnercrm/_resources/labels/formats.json" in names
    assert "partnercrm/_resources/demo/demo_names.json" in names
    assert any(n.startswith("partnercrm/store/migrations/versions/0001") for n in names)
    assert "partnercrm/store/migrations/env.py" in names


@pytest.mark.slow
def test_installed_wheel_reads_its_own_resources(tmp_path: Path) -> None:
    """Unpacked like an installation, the helper reads partnercrm/_resources."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next((tmp_path / "dist").glob("partnercrm-*.whl"))
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import partnercrm.resources as r; "
        "print(r.resource_root()); print(r.resource_path('labels', 'formats.json'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    ).stdout.splitlines()
    assert out[0] == str(site / "partnercrm" / "_resources")
    assert out[1].startswith(str(site))
