"""Build hook: ship the top-level resources/ folder inside the wheel.

The checkout keeps icons, translations, fonts, label formats and demo data in
resources/ (DESIGN.md). At build time they are copied to partnercrm/_resources
so that partnercrm.resources finds them through importlib.resources.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).parent / "resources"
        target = Path(self.build_lib) / "partnercrm" / "_resources"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.ts", "__pycache__"))


setup(cmdclass={"build_py": BuildWithResources})
