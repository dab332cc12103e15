"""A throw-away PostgreSQL cluster for tests and benchmarks: initdb in a temporary folder, run
by an unprivileged user (initdb refuses root), on a free local port; stopped and removed after.

The superuser logs in over the cluster's own socket without a password; everyone else over TCP
on 127.0.0.1 with a password (scram-sha-256), as a team's users would."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

RUN_AS = "nobody"  # exists on every Debian system; only used when we are root


def find_bin() -> Path | None:
    """The folder of PostgreSQL's server programs (Debian keeps them out of PATH)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """One cluster; `url()` builds connection addresses, `restart()` restarts the server."""

    def __init__(self, *, fast: bool = True) -> None:
        bindir = find_bin()
        if bindir is None:
            raise FileNotFoundError("initdb")
        self.bin = bindir
        self.root = Path(tempfile.mkdtemp(prefix="kampg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.user = RUN_AS if os.geteuid() == 0 else None
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
        )
        settings = [
            f"port = {self.port}",
            f"unix_socket_directories = '{self.root}'",
            "listen_addresses = '127.0.0.1'",
            "max_connections = 100",
            "shared_buffers = 64MB",
        ]
        if fast:  # tests: durability of the machine is not what they check
            settings += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as fh:
            fh.write("\n".join(settings) + "\n")
        self.start()

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [str(self.bin / program), *args],
            check=True,
            capture_output=True,
            user=self.user,
            cwd=self.root,
            timeout=120,
        )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        # -l: the new server writes to the log, not to our pipe (which run() would wait on).
        log = str(self.root / "log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-m", "fast", "-w", "restart")

    def admin_url(self, db: str = "postgres") -> str:
        return f"postgresql://postgres@/{db}?host={self.root}&port={self.port}"

    def url(self, user: str, password: str, db: str) -> str:
        return f"postgresql://{user}:{password}@127.0.0.1:{self.port}/{db}"

    def sql(self, statement: str, db: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.admin_url(db), autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None) -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        clause = f" TEMPLATE {template} STRATEGY FILE_COPY" if template else ""
        self.sql(f"CREATE DATABASE {name}{clause}")
        return name

    def drop_database(self, name: str) -> None:
        with contextlib.suppress(Exception):
            self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


# The team every test database knows: one login per role (cluster-wide), and their passwords.
PASSWORD = "kam-test-password"
TEAM = {"hr_anna": "hr", "as_boris": "assessor", "as_vera": "assessor", "dir_gleb": "director"}


def prepare_template(cluster: Cluster) -> str:
    """A database with the schema, roles and policies applied, and the team's logins: new test
    databases are copies of it."""
    from kamassess.store import pg_admin

    name = cluster.new_database()
    admin = cluster.admin_url(name)
    pg_admin.init(admin)
    for login, role in TEAM.items():
        pg_admin.add_user(admin, login, role, password=PASSWORD)
    return name
