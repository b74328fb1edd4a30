"""Covering actor indexes: actor series and code dyads read the index alone.

An actor's series is two seeks: the actor as source (``ix_events_dyad_country``,
covering since 0003) and the actor as target, which also tests the source so
an actor acting on itself is counted once.  The target half went through the
narrow ``(target_country, date)`` and ``(target_code, date)`` indexes and read
every matching table row; code-to-code dyads (RUSGOV-USAGOV) did the same
through ``(source_code, target_code, date)``, and so did mixed dyads
(RUSGOV-USA: a code range is the seek, the other side's country a filter).
This revision makes them covering, with the columns the series filter and sum:

* ``ix_events_target_country_cover`` (target_country, date, mode, cameo_root,
  quad_class, goldstein, source_country) replaces ``ix_events_target_country``
  (its leading columns are the old index, so every query it served still seeks);
* ``ix_events_target_code_cover`` (target_code, date, mode, cameo_root,
  quad_class, goldstein, source_code, source_country, target_country)
  replaces ``ix_events_target_code``;
* ``ix_events_dyad_code`` becomes (source_code, target_code, date, mode,
  cameo_root, quad_class, goldstein, source_country, target_country).

The trailing columns are the ones the series filter on besides the seek: the
source, so an actor acting on itself is counted once; a country beside a code
range (RUSGOV-USA); and, in a dyad's second direction, the first direction's
columns, which it excludes.

Only indexes change: no row is touched.  The new indexes are built before the
old ones are dropped, so a query never lacks an index it had.  On SQLite a
database that was ANALYZEd has the events table analyzed again (about 2 s a
million events), so the planner never weighs measured indexes against guessed
ones -- 0003 left its rebuilt dyad index without statistics.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

SERIES = ["date", "mode", "cameo_root", "quad_class", "goldstein"]

# name -> (columns at 0004, the index it replaces, that index's columns at 0003)
NEW = {
    "ix_events_target_country_cover": (["target_country", *SERIES, "source_country"],
                                       "ix_events_target_country", ["target_country", "date"]),
    "ix_events_target_code_cover": (["target_code", *SERIES, "source_code", "source_country", "target_country"],
                                    "ix_events_target_code", ["target_code", "date"]),
}
DYAD_CODE = "ix_events_dyad_code"
DYAD_CODE_0004 = ["source_code", "target_code", *SERIES, "source_country", "target_country"]
DYAD_CODE_0003 = ["source_code", "target_code", "date"]


def _analyze() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL keeps statistics per column, not per plain index
    analyzed = bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").first()
    if analyzed:  # a never-analyzed database stays so: half the statistics would mislead more than none
        op.execute("ANALYZE events")


def upgrade() -> None:
    for name, (columns, old, _) in NEW.items():
        op.create_index(name, "events", columns)
        op.drop_index(old, table_name="events")
    op.drop_index(DYAD_CODE, table_name="events")
    op.create_index(DYAD_CODE, "events", DYAD_CODE_0004)
    _analyze()


def downgrade() -> None:
    for name, (_, old, old_columns) in NEW.items():
        op.create_index(old, "events", old_columns)
        op.drop_index(name, table_name="events")
    op.drop_index(DYAD_CODE, table_name="events")
    op.create_index(DYAD_CODE, "events", DYAD_CODE_0003)
    _analyze()
