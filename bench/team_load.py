"""A team rating at once: N client processes, each an assessor saving ratings into their own
assessment of shared candidates for S seconds, against one database — a PostgreSQL server or a
SQLite file. Each save is timed; a busy or unreachable database is retried as the window does
(and counted); afterwards every acknowledged save must be in the database.

Used by bench/bench_team.py (20 clients × 60 s) and, shorter, by tests/core/test_team_load.py.
`python -m bench.team_load client TARGET ASSESSOR CANDIDATE SECONDS THINK_MS SEED OUT` is one
client; it writes its acknowledged saves to the file OUT (a pipe left unread would stall it)."""

from __future__ import annotations

import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.pgcluster import Cluster

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CANDIDATES = 5  # every assessor rates one of five candidates: four assessors per candidate


@dataclass
class Outcome:
    engine: str
    clients: int
    seconds: float
    saves: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    retries: int = 0
    errors: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0

    @property
    def p95(self) -> float:
        if len(self.latencies_ms) < 20:
            return max(self.latencies_ms, default=0.0)
        return statistics.quantiles(self.latencies_ms, n=100)[94]

    def summary(self) -> dict[str, object]:
        return {
            "engine": self.engine,
            "clients": self.clients,
            "seconds": self.seconds,
            "saves": self.saves,
            "saves_per_s": round(self.saves / self.seconds, 1),
            "p50_ms": round(self.p50, 1),
            "p95_ms": round(self.p95, 1),
            "max_ms": round(max(self.latencies_ms, default=0.0), 1),
            "retries": self.retries,
            "errors": len(self.errors),
            "lost": len(self.lost),
        }


def client(
    target: str,
    assessor: str,
    candidate: str,
    seconds: float,
    think_ms: float,
    seed: int,
    out: Path,
) -> None:
    """One assessor: create their assessment, then save ratings until the time is up; write one
    JSON line per acknowledged save and a last line with the latencies and retries."""
    from kamassess.framework.model import load_framework
    from kamassess.store.base import Store
    from kamassess.store.errors import Retryable, StorageError

    fw = load_framework(ROOT / "competencies.yaml")
    comps = [c.id for c in fw.competencies]
    rng = random.Random(seed)
    store = Store.open(target)
    store.set_busy_timeout(1.5)  # the window's patience before it says "busy" and retries
    aid = store.create_assessment(
        candidate, assessor, "team_lead", "interview", date(2026, 3, 2), fw, ""
    )
    latencies: list[float] = []
    retries, errors = 0, []
    log = open(out, "w", encoding="utf-8")  # noqa: SIM115 - open for the whole run
    n = 0
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        comp = rng.choice(comps)
        level = rng.randint(1, 5)
        n += 1
        evidence = f"{assessor} #{n}: привёл пример переговоров"
        start = time.perf_counter()
        saved = False
        while not saved:
            try:
                store.set_rating(aid, comp, level, evidence, "")
                saved = True
            except Retryable:  # the window says "not saved yet" and tries again
                retries += 1
                time.sleep(0.05)
            except StorageError as exc:  # what the window would show as an error
                errors.append(f"{type(exc).__name__}: {exc}")
                break
        latencies.append((time.perf_counter() - start) * 1000)
        if saved:  # written before the next save: what was acknowledged is on record
            log.write(json.dumps({"ack": [aid, comp, level, evidence]}, ensure_ascii=False) + "\n")
            log.flush()
        if think_ms:
            time.sleep(rng.uniform(0.5, 1.5) * think_ms / 1000)
    done = {"latencies": latencies, "retries": retries, "errors": errors}
    log.write(json.dumps({"done": done}) + "\n")
    log.close()
    store.close()


def run(
    engine: str,
    targets: list[str],
    check_target: str,
    *,
    seconds: float,
    think_ms: float,
) -> Outcome:
    """Start one client per target (target i logs in as assessor i), wait, then check."""
    from kamassess.store.base import Store

    clients = len(targets)
    folder = Path(tempfile.mkdtemp(prefix="kam-team-"))
    logs = [folder / f"client-{i:02d}.jsonl" for i in range(clients)]
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.team_load",
                "client",
                target,
                f"assessor-{i:02d}",
                f"c-{i % CANDIDATES}",
                str(seconds),
                str(think_ms),
                str(i),
                str(logs[i]),
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, target in enumerate(targets)
    ]
    outcome = Outcome(engine, clients, seconds)
    last: dict[tuple[int, str], tuple[int, str]] = {}
    for proc, log in zip(procs, logs, strict=True):
        _, err = proc.communicate(timeout=seconds + 120)
        if proc.returncode != 0:
            outcome.errors.append(err.strip().splitlines()[-1] if err.strip() else "exit")
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        for line in lines:
            item = json.loads(line)
            if "ack" in item:
                aid, comp, level, evidence = item["ack"]
                last[(aid, comp)] = (level, evidence)
                outcome.saves += 1
            else:
                done = item["done"]
                outcome.latencies_ms += done["latencies"]
                outcome.retries += done["retries"]
                outcome.errors += done["errors"]
    shutil.rmtree(folder, ignore_errors=True)
    with Store.open(check_target) as store:
        stored = {
            (a.id, r.competency): (r.level, r.evidence)
            for a in store.assessments()
            for r in a.ratings
        }
    outcome.lost = [f"{k}" for k, v in last.items() if stored.get(k) != v]
    return outcome


def prepare(store_target: str, engine: str, clients: int) -> None:
    """The candidates (and, on a server, each assessor's assignment)."""
    from kamassess.model import Candidate
    from kamassess.store.base import Store

    with Store.open(store_target) as store:
        for i in range(CANDIDATES):
            store.save_candidate(Candidate(f"c-{i}", f"Кандидат {i}", "internal", "kam"), "bench")
        if engine == "postgresql":
            for i in range(clients):
                store.assign(f"c-{i % CANDIDATES}", f"load_{i:02d}")  # type: ignore[attr-defined]


def on_sqlite(folder: Path, clients: int, seconds: float, think_ms: float) -> Outcome:
    db = folder / "team.db"
    prepare(str(db), "sqlite", clients)
    return run("sqlite", [str(db)] * clients, str(db), seconds=seconds, think_ms=think_ms)


def on_server(cluster: Cluster, clients: int, seconds: float, think_ms: float) -> Outcome:
    """A fresh database with the schema, an hr user and one assessor login per client."""
    from kamassess.store import pg_admin

    db = cluster.new_database()
    admin = cluster.admin_url(db)
    pg_admin.init(admin)
    pg_admin.add_user(admin, "load_hr", "hr", password="load")
    for i in range(clients):
        pg_admin.add_user(admin, f"load_{i:02d}", "assessor", password="load")
    hr = cluster.url("load_hr", "load", db)
    prepare(hr, "postgresql", clients)
    targets = [cluster.url(f"load_{i:02d}", "load", db) for i in range(clients)]
    try:
        return run("postgresql", targets, hr, seconds=seconds, think_ms=think_ms)
    finally:  # logins are the whole cluster's: leave none behind
        cluster.drop_database(db)
        for login in ["load_hr", *(f"load_{i:02d}" for i in range(clients))]:
            pg_admin.remove_user(cluster.admin_url(), login)


if __name__ == "__main__":
    if sys.argv[1] == "client":
        target, assessor, candidate, seconds, think, seed, out = sys.argv[2:9]
        client(target, assessor, candidate, float(seconds), float(think), int(seed), Path(out))
