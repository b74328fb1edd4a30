"""What most coder tests compare: the asserted events of a text as plain code tuples."""


def asserted_triples(coder, text, date=None) -> list[tuple]:
    """(source code, target code, CAMEO code) of each asserted event, in the coder's order."""
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=date).events if e.mode == "asserted"]
