"""Generate a realistic bundle of N candidates × K assessors × every competency (seeded)."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kamassess.framework.model import Framework, load_framework  # noqa: E402

SURNAMES = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
]
NAMES = ["Иван", "Алексей", "Дмитрий", "Сергей", "Андрей", "Павел", "Мария", "Анна", "Елена"]
REGIONS = ["Москва", "Санкт-Петербург", "Екатеринбург", "Казань", "Новосибирск"]
ASSESSORS = [("Петрова А. В.", "hr"), ("Кузнецов Д. С.", "team_lead"), ("Орлов В. П.", "director")]
METHODS = ["interview", "assessment_centre", "internal_review", "work_sample"]


def make_bundle(fw: Framework, n: int, raters: int = 3, seed: int = 1) -> dict[str, Any]:
    rng = random.Random(seed)
    comps = [c.id for c in fw.competencies]
    candidates, assessments = [], []
    for i in range(n):
        cid = f"g-{i:06d}"
        kind = rng.choice(["internal", "external"])
        candidates.append(
            {
                "id": cid,
                "name": f"{rng.choice(SURNAMES)} {rng.choice(NAMES)} {i}",
                "kind": kind,
                "profile": rng.choice([p.id for p in fw.profiles]),
                "tenure_years": round(rng.uniform(0.5, 9), 1),
                "industry": rng.choice(["own", "adjacent", "other"]),
                "region": rng.choice(REGIONS),
                "client_overlap": round(rng.random(), 2),
                "technical_education": rng.random() < 0.6,
                "salary_expectation": rng.randrange(50_000, 140_000, 5_000),
                "motivation": rng.choice(["pay", "career", "product", "team", "other"]),
            }
        )
        base = rng.randint(2, 4)
        for j in range(raters):
            assessor, role = ASSESSORS[j % len(ASSESSORS)]
            ratings = {}
            for comp in comps:
                level = min(5, max(1, base + rng.choice([-1, 0, 0, 1])))
                ratings[comp] = {
                    "level": None if rng.random() < 0.03 else level,
                    "evidence": f"Наблюдение {j}-{comp}" if rng.random() < 0.5 else "",
                }
            assessments.append(
                {
                    "candidate": cid,
                    "assessor": assessor,
                    "assessor_role": role,
                    "method": METHODS[j % len(METHODS)],
                    "date": f"2026-11-{10 + j:02d}",
                    "status": "final",
                    "ratings": ratings,
                }
            )
    return {
        "format": "kamassess-bundle",
        "version": 1,
        "framework": {"id": fw.id, "version": fw.version},
        "candidates": candidates,
        "assessments": assessments,
    }


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"bundle-{count}.json")
    fw = load_framework(ROOT / "competencies.yaml")
    out.write_text(json.dumps(make_bundle(fw, count), ensure_ascii=False), encoding="utf-8")
    print(out)
