"""A story may name a man by his title and surname alone ("President Reyes", "Mr. Reyes") and
his wife in full ("Carmen Reyes"): a bare "President Reyes" is then him, as "Mr. Reyes" is,
not the one Reyes named in full."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_STORY = (
    "Rally draws thousands in capital\n\n"
    "President Reyes told supporters on Saturday that turnout would decide the election. "
    'Mr. Reyes said the vote was "about the future of this country."\n\n'
    "His aides plan to send Mr. Reyes and the first lady, Carmen Reyes, to the northern "
    "provinces in the coming weeks.\n"
)


def test_the_president_by_his_surname_is_not_his_wife(analysis_nlp: Language) -> None:
    assert quote_speakers(analysis_nlp, _STORY)[:2] == ["Reyes", "Reyes"]


def test_a_surname_of_hers_alone_is_still_her(analysis_nlp: Language) -> None:
    text = (
        "Rally draws thousands in capital\n\n"
        "Mayor Carmen Reyes told supporters on Saturday that turnout would decide the election. "
        'Mrs. Reyes said the vote was "about the future of this city." Reyes said she would '
        "visit every district.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Carmen Reyes"] * 3
