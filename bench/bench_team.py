"""A team on one database: 20 assessor processes saving ratings for 60 s at once, on a
PostgreSQL server (started here, durable settings: fsync on) and on a SQLite file, the same
script for both. Prints one JSON line per engine: saves, p50/p95/max save latency, retries
(busy, retried as the window does), errors shown to a user, acknowledged saves lost."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from common import ROOT

from bench.team_load import on_server, on_sqlite

CLIENTS = int(os.environ.get("KAM_TEAM_CLIENTS", "20"))
SECONDS = float(os.environ.get("KAM_TEAM_SECONDS", "60"))
# A fast assessor: one save every 50-150 ms (typing evidence saves after a pause; a level is one
# key). 0 runs the clients flat out, back to back, which measures the machine, not a team.
THINK_MS = float(os.environ.get("KAM_TEAM_THINK_MS", "100"))


def main() -> None:
    import json

    sys.path.insert(0, str(ROOT))
    from tests.pgcluster import Cluster, find_bin

    results = []
    if find_bin() is not None:
        cluster = Cluster(fast=False)
        try:
            results.append(on_server(cluster, CLIENTS, SECONDS, THINK_MS))
        finally:
            cluster.close()
    with tempfile.TemporaryDirectory() as tmp:
        results.append(on_sqlite(Path(tmp), CLIENTS, SECONDS, THINK_MS))
    for outcome in results:
        print(
            json.dumps({"figure": "team save latency", "think_ms": THINK_MS, **outcome.summary()})
        )
        for problem in outcome.errors[:5] + outcome.lost[:5]:
            print("  ", problem)


if __name__ == "__main__":
    main()
