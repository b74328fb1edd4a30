"""communique: political event data from news.

    >>> import communique
    >>> doc = communique.code("Russia and the United States held talks in Istanbul on Tuesday.",
    ...                       date="2025-04-12")
    >>> [(e.cameo, e.source.code, e.target.code) for e in doc.events]

``Coder`` loads the pipeline and the knowledge once; ``code`` uses a
process-wide default coder.
"""
from .records import Actor, Article, Document, Event, Place, Quote, Span


def __getattr__(name: str):
    # The coder (spaCy) loads on first use, so commands that only query the
    # store start in a fraction of a second.
    if name in ("Coder", "code", "ArticleError"):
        from . import coder

        return getattr(coder, name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")

__all__ = ["Coder", "code", "ArticleError", "Article", "Document", "Event", "Actor", "Quote", "Place", "Span"]
__version__ = "0.1.0"
