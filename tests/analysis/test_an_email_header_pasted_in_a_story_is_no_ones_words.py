"""An email's header pasted on one line into a story ("Harwood Press Office Sent: 3 March
2026 To: newsdesk") names who sent the message, not a speaker, and says nothing; a line a
press office's name and a colon open is still that office's words, an organisation's."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run_with_text

HEAD = "Branch library to shut\n\nThe reply came an hour after our questions.\n\n"


def test_a_header_line_names_no_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        HEAD + "Corby Press Office Sent: 4 May 2026 To: newsdesk\n\n"
        "The branch on Mill Lane will shut in June.\n",
    )
    assert result.quotes == ()
    assert result.speakers == ()


def test_a_press_office_s_labelled_line_is_its_words(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        HEAD + "Corby Council Press Office: The branch on Mill Lane will shut in June.\n",
    )
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Corby Council Press Office", SpeakerKind.ORGANISATION)
    ]
