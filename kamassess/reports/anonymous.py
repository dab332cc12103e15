"""Reports without the person: "Candidate A" instead of the name, and no id, employer, role,
region, notes or evidence text (an assessor's note may name the candidate) — in the text, the
file's metadata and the footer alike. The figures, verdicts and risks are the candidate's own."""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import replace

from kamassess.i18n.messages import tr
from kamassess.scoring.evaluation import Evaluation


def letter(index: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    letters = string.ascii_uppercase
    return letters[index] if index < len(letters) else letter(index // 26 - 1) + letters[index % 26]


def anonymised(evs: Sequence[Evaluation], lang: str) -> list[Evaluation]:
    """The evaluations with each candidate replaced by "Candidate A", "Candidate B"… in the
    order given."""
    out = []
    for i, ev in enumerate(evs):
        alias = letter(i)
        cand = replace(
            ev.candidate,
            id=alias,
            name=tr("rep.anon_name", lang, letter=alias),
            employer=None,
            current_role=None,
            region=None,
            notes=None,
        )
        assessments = tuple(
            replace(
                a,
                candidate=alias,
                ratings=tuple(replace(r, evidence="") for r in a.ratings),
            )
            for a in ev.assessments
        )
        # A risk's sentence may quote a fact left out (the region): the quote goes too.
        hidden = {v for v in (ev.candidate.region, ev.candidate.employer) if v}
        risks = tuple(
            replace(
                r,
                params={
                    k: tr("rep.anon_hidden", lang) if isinstance(v, str) and v in hidden else v
                    for k, v in r.params.items()
                },
            )
            for r in ev.result.risks
        )
        result = replace(ev.result, candidate=alias, risks=risks)
        out.append(replace(ev, candidate=cand, assessments=assessments, result=result))
    return out
