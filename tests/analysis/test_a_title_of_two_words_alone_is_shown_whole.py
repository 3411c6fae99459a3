"""A title of two words with no name after it is shown whole: "The Prime Minister said" is
"The Prime Minister", as written, not a minister; "Prime Minister Keir Starmer said" is still
Keir Starmer."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

STORY = 'Hart dies at 78\n\nJim Hart has died.\n\n{who}: "Sad to hear of the death of Jim Hart."\n'


def test_the_prime_minister_alone_is_the_prime_minister(analysis_nlp: Language) -> None:
    for who in ("The Prime Minister tweeted", "The Prime Minister posted on X"):
        assert quote_speakers(analysis_nlp, STORY.format(who=who)) == ["The Prime Minister"], who


def test_a_title_before_a_name_is_left_out_of_it(analysis_nlp: Language) -> None:
    who = "Prime Minister Keir Starmer said"
    assert quote_speakers(analysis_nlp, STORY.format(who=who)) == ["Keir Starmer"]
