"""Who said the words a quotation holds. Sentences written for these tests."""

def test_words_quoted_in_a_reported_act_are_the_reporters(coder):
    # "respond" is a verb of speech too, but here the act the reporter tells
    doc = coder.code('Iranian Foreign Minister Hossein Amir-Abdollahian spoke in Tehran. '
                     'He added that Iran would respond "at a time and place of its choosing".', date="2024-04-02")
    q = next(q for q in doc.quotes if q.text.startswith("at a time"))
    assert q.speaker is not None and q.speaker.code == "IRNGOV", q.speaker


def test_words_quoted_in_a_reported_warning_are_the_warners(coder):
    doc = coder.code('Zelensky said Russia had warned that it would "respond harshly".', date="2024-04-02")
    q = next(q for q in doc.quotes if q.text.startswith("respond"))
    assert q.speaker is not None and q.speaker.code == "RUS", q.speaker
