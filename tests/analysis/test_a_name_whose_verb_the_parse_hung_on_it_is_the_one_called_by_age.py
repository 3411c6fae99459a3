"""A match report's "Hughes, who came on at the break, levelled with a low shot …", whose verb
the parser hangs on the name as a participle, is still Hughes acting: a later "said the
34-year-old" is Hughes, not a scorer named a paragraph before him."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

REPORT = (
    "Rovers snatch late win\n\n"
    "Dunmore Rovers beat Castlebridge 3-2 on Saturday, with Liam Hughes scoring twice in "
    "the last 15 minutes.\n\n"
    "Rovers had equalised through Dan Foley, who headed in a corner in the 27th minute.\n\n"
    "{scorer}\n\n"
    '"I have waited a long time for a night like this," said the 34-year-old.\n'
)


def test_the_name_before_its_misread_verb_is_the_one_called_by_age(
    analysis_nlp: Language,
) -> None:
    scorer = (
        "Hughes, who came on in the 60th minute, levelled with a low shot in the 76th and "
        "won it in the 89th minute, turning in a cross from the left."
    )
    assert quote_speakers(analysis_nlp, REPORT.format(scorer=scorer)) == ["Liam Hughes"]


def test_a_name_read_as_a_subject_stays_the_one_called_by_age(analysis_nlp: Language) -> None:
    scorer = "Hughes, who came on at half-time, equalised with a header."
    assert quote_speakers(analysis_nlp, REPORT.format(scorer=scorer)) == ["Liam Hughes"]
