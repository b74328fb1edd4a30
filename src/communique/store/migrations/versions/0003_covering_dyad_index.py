"""Covering dyad index: the dyad queries and series read the index alone.

``ix_events_dyad_country`` becomes (source_country, target_country, date,
mode, cameo_root, quad_class, goldstein): a page of a dyad's events, filtered
by mode or root, and a dyad's series (counts and Goldstein sums by period and
QuadClass) no longer visit the table rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = ["source_country", "target_country", "date", "mode", "cameo_root", "quad_class", "goldstein"]


def upgrade() -> None:
    op.drop_index("ix_events_dyad_country", table_name="events")
    op.create_index("ix_events_dyad_country", "events", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_events_dyad_country", table_name="events")
    op.create_index("ix_events_dyad_country", "events", ["source_country", "target_country", "date"])
