"""Exporting candidates and their assessments as a bundle that imports back to the same data."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import yaml

from kamassess.exchange.bundle import FORMAT
from kamassess.framework.model import Framework
from kamassess.outputs import write_text_private
from kamassess.parsing.yamlsource import reads_as_text
from kamassess.store.base import Store


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
    write_text_private(path, text)
    return {"candidates": len(cands), "assessments": len(assessments)}


# Characters YAML readers take for line breaks (YAML 1.1) besides \n.
_YAML_BREAKS = "\r\x85\u2028\u2029"


class _Dumper(yaml.SafeDumper):
    """Quotes every string that our YAML 1.2 reader would take for something else (`no`, `1e5`,
    `0o17`, `~`), so an exported bundle imports back exactly."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style: str | None = None if reads_as_text(value) else '"'
    if "\n" in value:
        style = "|"  # the emitter falls back to quoting where a block cannot hold the text
    if any(c in value for c in _YAML_BREAKS):
        style = '"'  # only escapes keep these: YAML folds them into spaces or line ends
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)
