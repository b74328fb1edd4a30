"""Scoring communique against gold event and actor data.

``evaluate(path, kind=None, coder=None)`` reads a gold file (formats in
docs/evaluation.md), codes it and returns an :class:`EvalReport`;
``communique eval`` prints the same report.
"""
from .detect import KINDS, UnknownKind, detect_kind
from .runner import evaluate, read_gold
from .scoring import EvalReport

__all__ = ["KINDS", "EvalReport", "UnknownKind", "detect_kind", "evaluate", "read_gold"]
