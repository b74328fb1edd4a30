"""A throwaway PostgreSQL server for the tests: initdb + pg_ctl in a temp dir, on 127.0.0.1.

Debian's ``postgresql`` package provides the binaries (``scripts/install-system-deps``
installs it).  initdb refuses to run as root, so under root the server runs as
the ``postgres`` system user through ``runuser``.  A missing server is a test
failure with the reason, never a skip: the store's suite must run on both
databases.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass

INSTALL_HINT = "install it with scripts/install-system-deps (Debian package 'postgresql')"


def find_bindir() -> str | None:
    env = os.environ.get("COMMUNIQUE_PG_BINDIR")
    if env and os.path.exists(os.path.join(env, "pg_ctl")):
        return env
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return os.path.dirname(found[-1])
    which = shutil.which("pg_ctl")
    return os.path.dirname(os.path.realpath(which)) if which else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bindir: str
    root: str
    port: int
    as_user: str | None

    @property
    def datadir(self) -> str:
        return os.path.join(self.root, "data")

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [os.path.join(self.bindir, args[0]), *args[1:]]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, cwd=self.root)

    def start(self) -> None:
        try:
            self._run("initdb", "-D", self.datadir, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                      "--locale=C", "--no-sync")
        except subprocess.CalledProcessError as exc:
            raise RuntimeError(f"initdb failed: {exc.stderr.strip()}") from None
        opts = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        proc = self._run("pg_ctl", "-D", self.datadir, "-o", opts, "-l", os.path.join(self.root, "log"),
                         "-w", "-t", "60", "start", check=False)
        if proc.returncode != 0:
            log = ""
            try:
                log = open(os.path.join(self.root, "log")).read()[-2000:]
            except OSError:
                pass
            raise RuntimeError(f"pg_ctl start failed: {proc.stderr.strip()} {log}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", self.datadir, "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def start_server() -> PgServer:
    """Start a server or raise RuntimeError saying why it cannot."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(f"PostgreSQL server binaries (pg_ctl, initdb) not found: {INSTALL_HINT}")
    as_user = None
    # under root the server runs as 'postgres', which must be able to reach the
    # directory: /tmp, not a TMPDIR that may sit in root's home
    tmp_parent = "/tmp" if os.geteuid() == 0 and os.path.isdir("/tmp") else None
    root = tempfile.mkdtemp(prefix="communique-pg-", dir=tmp_parent)
    if os.geteuid() == 0:
        as_user = "postgres"
        try:
            shutil.chown(root, user=as_user)
        except (LookupError, PermissionError) as exc:
            raise RuntimeError(f"running as root and cannot hand the data dir to user 'postgres' ({exc}): {INSTALL_HINT}")
    server = PgServer(bindir, root, _free_port(), as_user)
    for attempt in range(3):
        try:
            server.start()
            return server
        except RuntimeError:
            if attempt == 2:
                raise
            server.stop()
            root = tempfile.mkdtemp(prefix="communique-pg-", dir=tmp_parent)
            if as_user:
                shutil.chown(root, user=as_user)
            server = PgServer(bindir, root, _free_port(), as_user)
            time.sleep(0.5)
    raise AssertionError("unreachable")
