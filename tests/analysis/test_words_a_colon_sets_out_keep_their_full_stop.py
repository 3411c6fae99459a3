"""Unquoted words a colon sets out are the speaker's own sentences and keep their full stop
wherever they stand, as a quote's words keep theirs inside the marks: a paragraph under
"said:", the rest of the line after "said:", a transcript's turn. Reported words with no colon
still end before the writer's full stop, and a headline's words before the one its site puts
after every headline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

_TOP = "Bridge works\n\nEngineers found cracks in the Harwick bridge last week.\n\n"


@pytest.mark.parametrize(
    ("story", "words"),
    [
        (
            "The mayor said:\n\nThe bridge will close on Monday. It will reopen in June.\n",
            "The bridge will close on Monday. It will reopen in June.",
        ),
        ("The mayor said: The bridge will close on Monday.\n", "The bridge will close on Monday."),
        # A Markdown list's mark is the layout's, not the speaker's words.
        (
            "The mayor said:\n\n- The bridge will close on Monday.\n",
            "The bridge will close on Monday.",
        ),
        (
            "The mayor said:\n1. The bridge will close on Monday.\n",
            "The bridge will close on Monday.",
        ),
        ("The mayor said:\n\n40 cracks were found on Monday.\n", "40 cracks were found on Monday."),
        (
            "MAYOR: The bridge will close on Monday.\n\nREPORTER: For how long?\n",
            "The bridge will close on Monday.",
        ),
        (
            'The mayor said: "The bridge will close on Monday."\n',
            '"The bridge will close on Monday."',
        ),
        ("The mayor said the bridge will close on Monday.\n", "the bridge will close on Monday"),
    ],
)
def test_the_words_keep_their_full_stop(analysis_nlp: Language, story: str, words: str) -> None:
    text, result = run_with_text(analysis_nlp, _TOP + story)
    assert words in [w for _, _, w in said(text, result)]


def test_a_headline_s_full_stop_is_the_site_s(analysis_nlp: Language) -> None:
    headline = "Poll: Most tenants want the bridge kept open."
    text, result = run_with_text(analysis_nlp, headline + _TOP.removeprefix("Bridge works"))
    assert ("Poll", "Most tenants want the bridge kept open") in [
        (s, w) for s, _, w in said(text, result)
    ]
