"""Initial schema: articles, actor mentions, events, event mentions, quotes.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _actor_columns(role: str) -> list[sa.Column]:
    return [
        sa.Column(f"{role}_code", sa.String(64)),
        sa.Column(f"{role}_country", sa.String(3)),
        sa.Column(f"{role}_sector", sa.String(16)),
        sa.Column(f"{role}_name", sa.Text),
        sa.Column(f"{role}_text", sa.Text),
        sa.Column(f"{role}_kind", sa.String(32)),
        sa.Column(f"{role}_start", sa.Integer),
        sa.Column(f"{role}_end", sa.Integer),
    ]


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(255), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(255)),
        sa.Column("byline", sa.String(255)),
        sa.Column("pub_date", sa.Date),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("attribution", sa.JSON),
        sa.Column("sentences", sa.JSON),
        sa.Column("errors", sa.JSON),
        sa.Column("num_events", sa.Integer, nullable=False, server_default="0"),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_articles_url", "articles", ["url"])
    op.create_index("ix_articles_pub_date", "articles", ["pub_date"])

    op.create_table(
        "actor_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("code", sa.String(64)),
        sa.Column("country", sa.String(3)),
        sa.Column("sector", sa.String(16)),
        sa.Column("name", sa.Text),
        sa.Column("kind", sa.String(32)),
        sa.Column("entity", sa.Integer),
        sa.Column("sentence_index", sa.Integer),
    )
    op.create_index("ix_actor_mentions_article", "actor_mentions", ["article_id"])
    op.create_index("ix_actor_mentions_code", "actor_mentions", ["code"])
    op.create_index("ix_actor_mentions_name", "actor_mentions", ["name"])

    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_id", sa.String(300), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_text", sa.Text),
        sa.Column("cameo", sa.String(8), nullable=False),
        sa.Column("cameo_root", sa.String(2), nullable=False),
        sa.Column("quad_class", sa.Integer),
        sa.Column("goldstein", sa.Float),
        sa.Column("plover", sa.String(32)),
        sa.Column("plover_mode", sa.String(32)),
        sa.Column("plover_context", sa.String(64)),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("reciprocal", sa.Boolean, nullable=False, server_default=sa.false()),
        *_actor_columns("source"),
        *_actor_columns("target"),
        sa.Column("trigger_text", sa.Text, nullable=False),
        sa.Column("trigger_start", sa.Integer, nullable=False),
        sa.Column("trigger_end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text),
        sa.Column("sentence_index", sa.Integer),
        sa.Column("location_name", sa.Text),
        sa.Column("location_country", sa.String(3)),
        sa.Column("location_lat", sa.Float),
        sa.Column("location_lon", sa.Float),
        sa.Column("location_geonameid", sa.Integer),
        sa.Column("location_text", sa.Text),
        sa.Column("location_start", sa.Integer),
        sa.Column("location_end", sa.Integer),
        sa.Column("location_feature", sa.String(32)),
        sa.Column("mentions", sa.Integer, nullable=False, server_default="1"),
        sa.Column("reported_by", sa.JSON),
        sa.Column("speaker_code", sa.String(64)),
        sa.Column("speaker_text", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.Column("evidence", sa.JSON),
    )
    op.create_index("ix_events_article", "events", ["article_id"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_events_dyad_country", "events", ["source_country", "target_country", "date"])
    op.create_index("ix_events_target_country", "events", ["target_country", "date"])
    op.create_index("ix_events_dyad_code", "events", ["source_code", "target_code", "date"])
    op.create_index("ix_events_target_code", "events", ["target_code", "date"])
    op.create_index("ix_events_root", "events", ["cameo_root", "date"])
    op.create_index("ix_events_cameo", "events", ["cameo"])
    op.create_index("ix_events_mode", "events", ["mode", "date"])

    op.create_table(
        "event_mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
    )
    op.create_index("ix_event_mentions_event", "event_mentions", ["event_id"])
    op.create_index("ix_event_mentions_article", "event_mentions", ["article_id"])

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("speaker_code", sa.String(64)),
        sa.Column("speaker_country", sa.String(3)),
        sa.Column("speaker_sector", sa.String(16)),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_text", sa.Text),
        sa.Column("speaker_start", sa.Integer),
        sa.Column("speaker_end", sa.Integer),
        sa.Column("verb_text", sa.Text),
        sa.Column("verb_start", sa.Integer),
        sa.Column("verb_end", sa.Integer),
        sa.Column("sentence_index", sa.Integer),
    )
    op.create_index("ix_quotes_article", "quotes", ["article_id"])
    op.create_index("ix_quotes_speaker_code", "quotes", ["speaker_code"])
    op.create_index("ix_quotes_speaker_name", "quotes", ["speaker_name"])


def downgrade() -> None:
    for table in ("quotes", "event_mentions", "events", "actor_mentions", "articles"):
        op.drop_table(table)
