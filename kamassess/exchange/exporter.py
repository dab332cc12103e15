"""Exporting candidates and their assessments as a bundle that imports back to the same data."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import yaml

from kamassess.exchange.bundle import FORMAT
from kamassess.framework.model import Framework
from kamassess.store.sqlite import Store


def export_bundle(
    store: Store, framework: Framework, path: Path, candidate_ids: list[str] | None = None
) -> dict[str, int]:
    """Write candidates and their assessments as a bundle that imports back to the same data."""
    ids = candidate_ids if candidate_ids is not None else [c.id for c in store.candidates()]
    cands = [store.candidate(cid) for cid in ids]
    wanted = set(ids)
    assessments = [a for a in store.assessments() if a.candidate in wanted]
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": 1,
        "framework": {"id": framework.id, "version": framework.version},
        "candidates": [{k: v for k, v in asdict(c).items() if v is not None} for c in cands],
        "assessments": [
            {
                "candidate": a.candidate,
                "assessor": a.assessor,
                "assessor_role": a.assessor_role,
                "method": a.method,
                "date": a.date.isoformat(),
                "status": a.status,
                "ratings": {
                    r.competency: {"level": r.level, "evidence": r.evidence} for r in a.ratings
                },
            }
            for a in assessments
        ],
    }
    if path.suffix.lower() == ".json":
        text = json.dumps(doc, ensure_ascii=False, indent=1)
    else:
        text = yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    write_atomic(path, text)
    return {"candidates": len(cands), "assessments": len(assessments)}


class _Dumper(yaml.SafeDumper):
    """Quotes strings that a YAML 1.1 reader would take for booleans (no, on, off...)."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = (
        '"'
        if value.lower() in {"yes", "no", "on", "off", "y", "n", "true", "false", "null", "~", ""}
        else None
    )
    if "\n" in value:
        style = "|"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def write_atomic(path: Path, text: str) -> None:
    """Write text to path so that a crash leaves either the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
