"""The store's tables, through SQLAlchemy Core: one schema for SQLite and PostgreSQL.

This module describes the schema at the newest migration (``head``).  The
database itself is only ever created and changed by the Alembic revisions in
``communique/store/migrations/versions``; a test checks that the two agree.

Tables
------
articles        one row per stored article (text, title, url, outlet, byline,
                publication date, content hash, near-duplicate fingerprint).
                A wire copy of an article already stored keeps its row (it is
                counted) but ``duplicate_of`` points at the original and it is
                never coded.
article_buckets MinHash LSH buckets of articles, for near-duplicate lookups.
actor_mentions  every actor mention the coder resolved, with offsets.
happenings      one row per real-world happening after cross-article
                deduplication (see :mod:`communique.dedup`), with
                ``num_mentions``, ``num_sources`` and ``num_articles``.
events          one row per coded event of one article: every field of the
                DESIGN.md event record, flattened, plus ``happening_id``.
event_mentions  where an event is mentioned: the spans in its own article,
                and one row per wire copy that repeats it.
quotes          direct quotations and their speakers.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
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
    # revision 0002
    sa.Column("minhash", sa.LargeBinary),
    sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("articles.id")),
    sa.Column("similarity", sa.Float),
    sa.Index("ix_articles_url", "url"),
    sa.Index("ix_articles_pub_date", "pub_date"),
    sa.Index("ix_articles_duplicate_of", "duplicate_of"),
)

article_buckets = sa.Table(
    "article_buckets",
    metadata,
    sa.Column("bucket", sa.BigInteger, nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Index("ix_article_buckets_bucket", "bucket"),
)

actor_mentions = sa.Table(
    "actor_mentions",
    metadata,
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
    sa.Index("ix_actor_mentions_article", "article_id"),
    sa.Index("ix_actor_mentions_code", "code"),
    sa.Index("ix_actor_mentions_name", "name"),
)

happenings = sa.Table(
    "happenings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("date", sa.Date),
    sa.Column("cameo", sa.String(8), nullable=False),
    sa.Column("cameo_root", sa.String(2), nullable=False),
    sa.Column("quad_class", sa.Integer),
    sa.Column("goldstein", sa.Float),
    sa.Column("plover", sa.String(32)),
    sa.Column("mode", sa.String(16), nullable=False),
    sa.Column("reciprocal", sa.Boolean, nullable=False, server_default=sa.false()),
    # the dyad key of each side: its country when known, else its actor code
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
    sa.Index("ix_happenings_key", "source_key", "target_key", "cameo_root", "date"),
)

events = sa.Table(
    "events",
    metadata,
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
    *[
        sa.Column(f"{role}_{name}", type_)
        for role in ("source", "target")
        for name, type_ in (
            ("code", sa.String(64)),
            ("country", sa.String(3)),
            ("sector", sa.String(16)),
            ("name", sa.Text),
            ("text", sa.Text),
            ("kind", sa.String(32)),
            ("start", sa.Integer),
            ("end", sa.Integer),
        )
    ],
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
    # revision 0002
    sa.Column("happening_id", sa.Integer, sa.ForeignKey("happenings.id")),
    sa.Index("ix_events_article", "article_id"),
    sa.Index("ix_events_date", "date"),
    # revision 0003: covering, so dyad pages and series read the index alone
    sa.Index("ix_events_dyad_country", "source_country", "target_country", "date", "mode", "cameo_root",
             "quad_class", "goldstein"),
    # revision 0004: covering too, so an actor's series (both halves) and a
    # code or mixed (RUSGOV-USA) dyad's series read the index alone; each
    # ends with the actor columns those series filter on beside the seek
    sa.Index("ix_events_target_country_cover", "target_country", "date", "mode", "cameo_root", "quad_class",
             "goldstein", "source_country"),
    sa.Index("ix_events_dyad_code", "source_code", "target_code", "date", "mode", "cameo_root", "quad_class",
             "goldstein", "source_country", "target_country"),
    sa.Index("ix_events_target_code_cover", "target_code", "date", "mode", "cameo_root", "quad_class",
             "goldstein", "source_code", "source_country", "target_country"),
    sa.Index("ix_events_root", "cameo_root", "date"),
    sa.Index("ix_events_cameo", "cameo"),
    sa.Index("ix_events_mode", "mode", "date"),
    sa.Index("ix_events_happening", "happening_id"),
)

event_mentions = sa.Table(
    "event_mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("text", sa.Text),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    # revision 0002: a mention in a wire copy (near-duplicate article) of the event's article
    sa.Column("is_copy", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Index("ix_event_mentions_event", "event_id"),
    sa.Index("ix_event_mentions_article", "article_id"),
)

quotes = sa.Table(
    "quotes",
    metadata,
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
    sa.Index("ix_quotes_article", "article_id"),
    sa.Index("ix_quotes_speaker_code", "speaker_code"),
    sa.Index("ix_quotes_speaker_name", "speaker_name"),
)
