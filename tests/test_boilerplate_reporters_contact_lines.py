"""How to reach the reporter, set under a story ("Reporter Lena Moss can be reached at …",
"Contact the writer at …", "Follow her on X @…", "Email: …", "Tips? Send them to …"), is
the site's furniture, dimmed; a sentence of the story that gives a number or an address to
call, or mentions an email, is the story's."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story, dimmed_passages


@pytest.mark.parametrize(
    "line",
    [
        "Reporter Lena Moss can be reached at lmoss@harbourgazette.com or 555-0178.",
        "Staff writer Lena Moss can be reached by email at lmoss@example.com or on X @lenamoss.",
        "Lena Moss can be reached at (555) 555-0178, ext. 21.",
        "Contact the writer at lmoss@harbourgazette.com.",
        "Reach Omar Patel at 555-0123 or opatel@example.org.",
        "You can reach Omar Patel at opatel@example.org",
        "Follow her on X @lenamoss",
        "Follow Omar Patel on Bluesky: @opatel.example.org",
        "Email: lmoss@harbourgazette.com",
        "Phone: +44 20 7946 0321",
        "Tips? Send them to newsdesk@harbourgazette.com.",
        "Have a tip? Email newsdesk@example.com",
    ],
)
def test_a_reporters_contact_line_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents can call 555-0199 to report a leak.",
        "The council said in an email that the pool would stay shut until March.",
        "The utility can be reached at 555-0199 for updates on the outage.",
        "Reporters can be reached by phone, the spokesman said.",
        "Contact tracing found 12 more cases on Monday.",
        "Tips? There were none left by the end of the night, one waiter said.",
        "Follow the money, the auditor told the committee.",
    ],
)
def test_a_sentence_of_the_story_with_a_number_or_an_email_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)


def test_the_contact_line_at_a_storys_end_is_dimmed_and_the_story_is_not() -> None:
    text = (
        "Harbour pool to stay shut until March\n\n"
        "The harbour pool will stay closed until March while its roof is repaired, the "
        "council said on Monday.\n\n"
        "Repairs are expected to cost $310,000.\n\n"
        "Reporter Lena Moss can be reached at lmoss@harbourgazette.com or 555-0178."
    )
    assert dimmed_passages(text) == [
        "Reporter Lena Moss can be reached at lmoss@harbourgazette.com or 555-0178."
    ]
