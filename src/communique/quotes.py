"""Quotes, their speakers, the article's attribution chain and its byline.

A quote is text between quotation marks (straight or curly) of at least two
words; a quote broken by its speech verb ("..., he said, ...") gives two
quotes with the same speaker.  The speaker is the subject of the nearest
reporting verb in the sentence that holds the quote (after the quote first,
as in wire copy: '"...," Lavrov said'), resolved to an actor mention.

The attribution chain is the list of outlets an article says it reports from
("Caliber.Az reports, citing Russian media" -> ["Caliber.Az", "Russian
media"]).  Outlets, the outlets they cite and the byline's author are never
event actors: their spans are handed to the actor pass as exclusions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from .nlp import sentence_starts, text_of, tokens_among
from .records import Actor, Quote, Span

_QUOTE = re.compile(r"[\"“”„«»]")
_OPENERS = {"“": "”", "„": "“", "«": "»", '"': '"'}
_BYLINE = re.compile(r"^\s*(?:By|BY|by)\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|al|bin))*)"
                     r"(?:\s*[,|–-]\s*.*)?\s*$")
# Reporting outlets' own words for what they do.
REPORT_VERBS = {"report", "say", "write", "cite", "quote", "tell", "broadcast", "publish"}
CITE_VERBS = {"cite", "quote"}
# their lemmas as the token array holds them (a sentence's first word may keep its capital)
_REPORTING_LEMMAS = frozenset(v for w in REPORT_VERBS | CITE_VERBS for v in (w, w.capitalize()))
# The wire formula "..., Caliber.Az reports, citing Russian media." at the end
# of a sentence: the tagger often reads "Caliber.Az reports" as a noun phrase.
_WIRE = re.compile(r"(?:^|[,;]\s+)(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+"
                   r"(?:reports|reported|writes|wrote)(?:,\s+citing\s+(?P<cited>[^.,;\n]{2,60}))?\s*[.\n]",
                   re.M)
SOURCE_NOUNS = {"media", "sources", "source", "outlet", "outlets", "agency", "press", "newspaper",
                "broadcaster", "television", "tv", "radio", "channel", "daily", "reports", "report"}


@dataclass
class RawQuote:
    start: int
    end: int  # exclusive, inside the marks

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


def find_byline(text: str) -> tuple[str, int, int] | None:
    """The byline "By Name" on the last (or second) non-empty line, with its span."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    candidates = lines[-1:] + lines[1:2]
    for start, line in candidates:
        m = _BYLINE.match(line)
        if m and len(line) < 120:
            return m.group(1).strip(), start + m.start(1), start + m.end(1)
    return None


def find_quotes(text: str, min_words: int = 2) -> list[RawQuote]:
    """Quoted stretches of text, by pairing opening and closing marks."""
    out: list[RawQuote] = []
    open_at: int | None = None
    closer = None
    for m in _QUOTE.finditer(text):
        ch = m.group(0)
        if open_at is None:
            if ch in _OPENERS or ch == "”":
                # a paragraph break ends an unclosed quote: start afresh here
                open_at, closer = m.end(), _OPENERS.get(ch, '"')
            continue
        if ch == closer or (closer == '"' and ch in "”") or (closer == "”" and ch == '"'):
            q = RawQuote(open_at, m.start())
            if len(q.text(text).split()) >= min_words and "\n\n" not in q.text(text):
                out.append(q)
            open_at = None
        elif "\n" in text[open_at:m.start()]:
            open_at, closer = m.end(), _OPENERS.get(ch, '"')
    return out


class QuoteFinder:
    def __init__(self, speech_lemmas: set[str]):
        self.speech_lemmas = set(speech_lemmas) | {"say", "tell", "state", "add"}

    def _speaker(self, verb: Token, by_token: dict[int, Actor]) -> Actor | None:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        # "a trust that he claimed": the relative pronoun is a subject too
        for subj in subjects:
            for t in [subj, *subj.subtree]:
                if t.i in by_token:
                    return by_token[t.i]
        return None

    def speaker_for(self, doc: Doc, start: int, end: int, by_token: dict[int, Actor]) -> tuple[Actor | None, Token | None]:
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None or len(first) == 0:
            return None, None
        inside = set(range(first.start, first.end))
        end_sent = doc[first.end - 1].sent
        start_sent = first[0].sent
        # after the quote in its last sentence, then before it in its first
        after = [t for t in end_sent if t.i >= first.end]
        before = [t for t in reversed(list(start_sent)) if t.i < first.start]
        for pool in (after, before):
            for t in pool:
                if t.i in inside or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in self.speech_lemmas:
                    continue
                t = self._reporting(t, first)
                speaker = self._speaker(t, by_token)
                if speaker is not None and speaker.kind != "outlet":
                    return speaker, t
        return None, None

    def _reporting(self, verb: Token, quoted) -> Token:
        """"He added that Iran would respond 'at a time of its choosing'": a verb of speech
        whose own words are not the quote (the quote hangs on it, not on a clause it
        reports) is the act the reporter tells, and the words quoted are the reporter's:
        the verb of speech that reports its clause.  ("Russia had warned that it would
        'respond harshly'": "warned" reports the clause holding the quote; Russia spoke.)"""
        reports = any(c.dep_ == "ccomp" and c.left_edge.i <= quoted.start and quoted.end - 1 <= c.right_edge.i
                      for c in verb.children)
        if not reports and verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") \
                and verb.head.lemma_.lower() in self.speech_lemmas \
                and not quoted.start <= verb.head.i < quoted.end:  # (a misparse across a colon)
            return verb.head
        return verb

    def find(self, doc: Doc, actors: list[Actor], sent_index: dict[int, int]) -> list[Quote]:
        by_token: dict[int, Actor] = {}
        for a in actors:
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    by_token.setdefault(t.i, a)
        out: list[Quote] = []
        previous: Actor | None = None
        text = text_of(doc)
        for raw in find_quotes(text):
            speaker, verb = self.speaker_for(doc, raw.start, raw.end, by_token)
            if speaker is None and previous is not None and out and raw.start - out[-1].end < 40:
                speaker = previous  # "..., he said, "...": the second half
            span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
            si = sent_index.get(sentence_starts(doc)[span.start]) if span is not None and len(span) else None
            out.append(Quote(text=raw.text(text), start=raw.start, end=raw.end, speaker=speaker,
                             verb=Span(verb.text, verb.idx, verb.idx + len(verb)) if verb is not None else None,
                             sentence_index=si))
            previous = speaker
        return out


def attribution_chain(doc: Doc, actors: list[Actor]) -> tuple[list[str], list[tuple[int, int]]]:
    """The outlets the article reports from, in order, and the spans that name them.

    Looks for an outlet (an actor mention of kind ``outlet``, or a noun such as
    "media"/"sources" with its modifiers) that is the subject of a reporting
    verb, and what that verb cites ("citing Russian media").
    """
    outlets = {}
    for a in actors:
        if a.kind == "outlet":
            outlets[a.start] = a
    chain: list[str] = []
    spans: list[tuple[int, int]] = []

    def phrase_of(tok: Token) -> tuple[str, int, int] | None:
        for a in outlets.values():
            if a.start <= tok.idx < a.end:
                return (a.name or a.text), a.start, a.end
        if tok.pos_ == "NOUN" and (tok.lemma_.lower() in SOURCE_NOUNS or tok.lower_ in SOURCE_NOUNS):
            # common nouns only: "the agency said" may cite; "the Atomic Energy Agency said" acts
            toks = [t for t in tok.subtree if t.dep_ not in ("punct", "prep", "relcl", "acl") or t == tok]
            toks = [t for t in toks if t.i <= tok.i] or [tok]
            left = min(t.idx for t in toks)
            return text_of(doc)[left:tok.idx + len(tok)], left, tok.idx + len(tok)
        return None

    for tok in tokens_among(doc, LEMMA, _REPORTING_LEMMAS):
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if lemma not in REPORT_VERBS and lemma not in CITE_VERBS:
            continue
        if lemma not in CITE_VERBS:
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            reporter = phrase_of(subj)
            if reporter is None and lemma == "report" and tok.tag_ == "VBZ" and subj.pos_ == "PROPN" \
                    and not any(a.start <= subj.idx < a.end and a.kind != "outlet" for a in actors):
                # "..., Caliber.Az reports": an unknown name that reports is an outlet
                reporter = subj.text, subj.idx, subj.idx + len(subj.text)
            if reporter is None:
                continue
            if reporter[0] not in chain:
                chain.append(reporter[0])
                spans.append(reporter[1:])
            cites = [c for c in tok.children if c.lemma_.lower() in CITE_VERBS]
        else:
            cites = [tok]
        for cite in cites:
            obj = next((c for c in cite.children if c.dep_ in ("dobj", "obj", "pobj")), None)
            if obj is None:
                continue
            cited = phrase_of(obj)
            if cited is not None and cited[0] not in chain:
                chain.append(cited[0])
                spans.append(cited[1:])
    for m in _WIRE.finditer(text_of(doc)):
        for group in ("outlet", "cited"):
            if m.group(group) and m.group(group).strip() not in chain:
                chain.append(m.group(group).strip())
                spans.append((m.start(group), m.end(group)))
    # "according to Reuters"
    for tok in tokens_among(doc, LOWER, ("according",)):
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if obj is not None:
                cited = phrase_of(obj)
                if cited is not None and cited[0] not in chain:
                    chain.append(cited[0])
                    spans.append(cited[1:])
    order = sorted(range(len(chain)), key=lambda i: spans[i][0])
    return [chain[i] for i in order], [spans[i] for i in order]
