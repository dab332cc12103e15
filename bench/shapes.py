"""The two data shapes the benchmarks measure: the shipped framework (20 competencies) and a
6-competency one cut from it (the shape of the held-out measurements), as files in a folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import make_bundle  # noqa: E402
from kamassess.framework.model import Framework, load_framework  # noqa: E402

SIX = 6


def six_competency_framework(folder: Path) -> Path:
    """The shipped framework cut to its first six competencies (their groups and targets)."""
    data: dict[str, Any] = yaml.safe_load((ROOT / "competencies.yaml").read_text(encoding="utf-8"))
    keep = [c["id"] for c in data["competencies"][:SIX]]
    data["competencies"] = data["competencies"][:SIX]
    groups = {c["group"] for c in data["competencies"]}
    data["groups"] = [g for g in data["groups"] if g["id"] in groups]
    for prof in data["profiles"]:
        prof["targets"] = {k: v for k, v in prof["targets"].items() if k in keep}
    data["framework"]["version"] += "-six"
    data.pop("risk_rules", None)  # its group references may point at groups cut away
    path = folder / "six.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def shape(folder: Path, name: str) -> tuple[Path, Framework]:
    """(framework file, framework) of the shape "six" or "full"."""
    path = six_competency_framework(folder) if name == "six" else ROOT / "competencies.yaml"
    return path, load_framework(path)


def write_bundle(folder: Path, fw: Framework, n: int, raters: int = 3) -> Path:
    out = folder / f"bundle-{fw.version}-{n}.json"
    if not out.exists():
        out.write_text(json.dumps(make_bundle(fw, n, raters), ensure_ascii=False), encoding="utf-8")
    return out
