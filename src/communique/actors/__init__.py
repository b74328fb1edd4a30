"""Actor mentions -> CAMEO actor codes: gazetteer (states, capitals, IGOs, groups, outlets),
roles (titles -> sectors), date-bounded people, in-document coreference.

    from communique.actors import ActorFinder
    finder = ActorFinder(nlp)            # nlp = communique.nlp.load(); compiles the patterns once
    actors = finder.find(doc, date=..., exclude=[(start_char, end_char)])
    actor = finder.resolve("President Kassym-Jomart Tokayev", date=None)

``ngec_score(path)`` measures ``resolve`` on the NGEC actor cases.
"""
from .finder import ActorFinder
from .ngec import ngec_score

__all__ = ["ActorFinder", "ngec_score"]
