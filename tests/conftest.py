"""Shared fixtures: one real Coder (spaCy pipeline + knowledge) per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def coder():
    from communique import Coder

    return Coder()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(coder, seed_text):
    return coder.code(seed_text, date="2025-04-12", doc_id="seed", title=seed_text.splitlines()[0])


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline alone, for tests of one stage."""
    from communique.nlp import load

    return load()


@pytest.fixture(scope="session")
def finder(nlp):
    """One ActorFinder for the session: it keeps no state between documents."""
    from communique.actors import ActorFinder

    return ActorFinder(nlp)
