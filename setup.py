"""Build step: ship the checkout's competencies.yaml and its schema inside the package.

Both files stay at the top of the checkout, where people edit them; a wheel (and so any install)
carries them as package data in kamassess/data/, where kamassess.paths finds them."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHARED = ("competencies.yaml", "framework.schema.json")


class BuildWithFramework(build_py):  # type: ignore[misc]
    def run(self) -> None:
        super().run()
        here = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "kamassess" / "data"
        target.mkdir(parents=True, exist_ok=True)
        for name in SHARED:
            self.copy_file(str(here / name), str(target / name))


setup(cmdclass={"build_py": BuildWithFramework})
