"""Words that a post, a statement or a note "read" are whoever shared or issued it, as the
reader names them: "Hale shared a post, which read: '…'" is Hale's direct quote, not the
post's, nor the day's it went up."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def test_a_post_shared_on_a_day_reads_as_its_sharer(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Mayor hits back at critics\n\n"
        'The mayor, Tom Hale, shared a post on Facebook on Sunday, which read: "We will not '
        'be bullied into closing the library."\n\n'
        'The council later issued a statement, which read: "The library will stay open '
        'until at least 2028."\n\n'
        "Hale's office released a short note which read: \"The mayor has nothing further to "
        'add."\n',
    )
    assert [(q.speaker, q.kind.value, text[q.start + 1 : q.start + 12]) for q in result.quotes] == [
        ("Tom Hale", "direct", "We will not"),
        ("The council", "direct", "The library"),
        ("Hale's office", "direct", "The mayor h"),
    ]
