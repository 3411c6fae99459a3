"""A headline that quotes a role in double marks, curly or straight ("Witness: “I saw the
car swerve”"), is the one person the story names in that role, as one in single marks is."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_MATCH_REPORT = (
    "\n\nRovers manager Tom Hale was furious after the late penalty. "
    "“The referee has cost us the game,” Hale said.\n"
)
_CRASH_REPORT = (
    "\n\nThe crash happened on the ring road just after midnight. One witness, Priya Shah, "
    "told the inquest she had been waiting at the bus stop.\n"
)


def test_a_boss_quoted_in_curly_double_marks_is_the_named_manager(
    analysis_nlp: Language,
) -> None:
    for headline in ("Rovers boss: “We were robbed”", 'Rovers boss: "We were robbed"'):
        assert quote_speakers(analysis_nlp, headline + _MATCH_REPORT) == ["Tom Hale", "Tom Hale"]


def test_a_witness_quoted_in_curly_double_marks_is_the_named_witness(
    analysis_nlp: Language,
) -> None:
    text = "Witness: “I saw the car swerve”" + _CRASH_REPORT
    assert quote_speakers(analysis_nlp, text)[0] == "Priya Shah"
