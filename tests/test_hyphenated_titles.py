""""Director-general" written with its hyphen is the title, as "secretary-general" is: the
tokenizer splits it, and "general" alone must not make a soldier of the WHO's head.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 3, 9)


@pytest.mark.parametrize("text, source", [
    ("The WHO director-general visited China.", "IGOUNOHLHWHO"),
    ("WTO director-general Ngozi Okonjo-Iweala met Biden.", "IGOBUSWTO"),
])
def test_the_director_general_is_of_the_body(coder, text, source):
    sources = {s for s, t, c in asserted_triples(coder, text, DATE)}
    assert source in sources and "MIL" not in sources, sources
