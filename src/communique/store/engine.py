"""Where the store lives: a path or a SQLAlchemy URL to an engine, and the migrations.

``resolve_url`` turns what a user typed into a URL:

* ``None`` -> ``$COMMUNIQUE_DB`` if set, else ``./communique.db``;
* anything with ``://`` is a SQLAlchemy URL (``postgresql://`` and
  ``postgres://`` are routed to the psycopg 3 driver);
* anything else is a path to a SQLite file.

SQLite files run in WAL mode with ``synchronous=NORMAL`` (a crash loses at
most the last transaction, never corrupts), foreign keys on, and a busy
timeout so a reader never fails while an ingest writes.
"""
from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

DEFAULT_DB = "communique.db"
HEAD = "0004"  # the newest migration; a test checks it against Alembic's own reading
ENV_VAR = "COMMUNIQUE_DB"


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """The SQLAlchemy URL for a ``--db`` value (path, URL or None)."""
    if db is None or str(db) == "":
        db = os.environ.get(ENV_VAR) or DEFAULT_DB
    db = str(db)
    if "://" in db:
        url = make_url(db)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB page cache: queries over millions of rows
    cur.close()


def make_engine(db: str | os.PathLike | None = None) -> Engine:
    """An engine for ``db`` (see :func:`resolve_url`)."""
    url = resolve_url(db)
    if url.startswith("sqlite"):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; take it over so a
        # batch is one real transaction (the SQLAlchemy-documented recipe).
        sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))

        @sa.event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn, _record):
            dbapi_conn.isolation_level = None

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def alembic_config(engine_or_url) -> "alembic.config.Config":  # noqa: F821
    """An Alembic config pointing at the migrations shipped in this package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    url = engine_or_url.url.render_as_string(hide_password=False) if isinstance(engine_or_url, Engine) else str(engine_or_url)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def at_head(engine: Engine) -> bool:
    """Whether the database is already at :data:`HEAD` (cheap: no Alembic import)."""
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    except sa.exc.DBAPIError:
        return False


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to ``revision`` in place (a new database gets every table)."""
    if revision in ("head", HEAD) and at_head(engine):
        return
    from alembic import command

    cfg = alembic_config(engine)
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # SQLite rebuilds a table to add a foreign key; with enforcement on,
            # dropping the old copy would cascade-delete its children.  The
            # pragma only works outside a transaction, hence the raw connection.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
