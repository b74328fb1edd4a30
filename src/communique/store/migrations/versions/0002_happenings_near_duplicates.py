"""Cross-article deduplication and near-duplicate articles.

Adds ``happenings`` (one row per real-world happening, with num_mentions,
num_sources, num_articles), ``events.happening_id``, the MinHash fingerprint
and ``duplicate_of`` on articles with their LSH ``article_buckets``, and
``event_mentions.is_copy``.  Existing events are kept: each becomes its own
happening (run ``communique dedup`` / ``Store.rebuild_happenings()`` to merge
them under the cross-article rule).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "happenings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("date", sa.Date),
        sa.Column("cameo", sa.String(8), nullable=False),
        sa.Column("cameo_root", sa.String(2), nullable=False),
        sa.Column("quad_class", sa.Integer),
        sa.Column("goldstein", sa.Float),
        sa.Column("plover", sa.String(32)),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("reciprocal", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("source_key", sa.String(64)),
        sa.Column("target_key", sa.String(64)),
        sa.Column("source_code", sa.String(64)),
        sa.Column("target_code", sa.String(64)),
        sa.Column("location_country", sa.String(3)),
        sa.Column("location_geonameid", sa.Integer),
        sa.Column("first_event_id", sa.Integer),
        sa.Column("num_events", sa.Integer, nullable=False, server_default="0"),
        sa.Column("num_mentions", sa.Integer, nullable=False, server_default="0"),
        sa.Column("num_sources", sa.Integer, nullable=False, server_default="0"),
        sa.Column("num_articles", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_happenings_key", "happenings", ["source_key", "target_key", "cameo_root", "date"])

    op.create_table(
        "article_buckets",
        sa.Column("bucket", sa.BigInteger, nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    )
    op.create_index("ix_article_buckets_bucket", "article_buckets", ["bucket"])

    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("minhash", sa.LargeBinary))
        batch.add_column(sa.Column("duplicate_of", sa.Integer))
        batch.add_column(sa.Column("similarity", sa.Float))
        batch.create_foreign_key("fk_articles_duplicate_of", "articles", ["duplicate_of"], ["id"])
        batch.create_index("ix_articles_duplicate_of", ["duplicate_of"])
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("happening_id", sa.Integer))
        batch.create_foreign_key("fk_events_happening", "happenings", ["happening_id"], ["id"])
        batch.create_index("ix_events_happening", ["happening_id"])
    with op.batch_alter_table("event_mentions") as batch:
        batch.add_column(sa.Column("is_copy", sa.Boolean, nullable=False, server_default=sa.false()))

    # Keep every stored event: each becomes its own happening, ids aligned so
    # the backfill is one statement per table on both SQLite and PostgreSQL.
    op.execute(
        """
        INSERT INTO happenings (id, date, cameo, cameo_root, quad_class, goldstein, plover, mode, reciprocal,
            source_key, target_key, source_code, target_code, location_country,
            location_geonameid, first_event_id, num_events, num_mentions, num_sources, num_articles)
        SELECT e.id, COALESCE(e.date, a.pub_date), e.cameo, e.cameo_root, e.quad_class, e.goldstein,
            e.plover, e.mode, e.reciprocal, COALESCE(e.source_country, e.source_code),
            COALESCE(e.target_country, e.target_code), e.source_code, e.target_code,
            e.location_country, e.location_geonameid, e.id, 1, e.mentions, 1, 1
        FROM events e JOIN articles a ON a.id = e.article_id
        """
    )
    op.execute("UPDATE events SET happening_id = id")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('happenings', 'id'), "
            "COALESCE((SELECT MAX(id) FROM happenings), 0) + 1, false)"
        )


def downgrade() -> None:
    with op.batch_alter_table("event_mentions") as batch:
        batch.drop_column("is_copy")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_happening")
        batch.drop_constraint("fk_events_happening", type_="foreignkey")
        batch.drop_column("happening_id")
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_duplicate_of")
        batch.drop_constraint("fk_articles_duplicate_of", type_="foreignkey")
        batch.drop_column("similarity")
        batch.drop_column("duplicate_of")
        batch.drop_column("minhash")
    op.drop_table("article_buckets")
    op.drop_table("happenings")
