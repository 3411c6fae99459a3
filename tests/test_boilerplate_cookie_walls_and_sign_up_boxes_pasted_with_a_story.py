"""A story copied from a page behind a cookie wall, with a newsletter's sign-up box in its
middle, brings the consent dialog ("We value your privacy", "We and our partners store …",
"AGREE"), the box's pitch, field and legal line, and the placeholder of an embed the reader's
cookies blocked. All are dimmed; the story's own sentences on privacy or inboxes are kept."""

from __future__ import annotations

import pytest

from newslens.boilerplate import title_past_furniture

from .dimmed import dimmed_inside_a_story, dimmed_passages

PASTED = (
    "We value your privacy\n"
    "We and our 180 partners store and/or access information on a device, such as cookies, "
    "and process personal data for personalised advertising and content measurement.\n"
    "MORE OPTIONS\n"
    "AGREE\n\n"
    "Library opening hours cut at six branches\n"
    "By Tom Hale, Local Democracy Reporter\n"
    "3 December 2026\n\n"
    "Six of the county's libraries will open on four days a week from January, the council "
    "said.\n\n"
    "The change will save £240,000 a year, according to the council's budget papers.\n\n"
    "Get our free Town Hall newsletter\n"
    "Council news from across the county, straight to your inbox every Friday.\n"
    "Email address\n"
    "Sign me up\n"
    "By signing up you agree to our privacy notice. You can unsubscribe at any time.\n\n"
    "Campaigners said the cuts would hit older readers hardest.\n\n"
    "This content is not available because of your privacy settings. To see it, please click "
    "'Allow cookies and continue'.\n"
    "Allow cookies and continue\n\n"
    "The council will vote on the budget in February.\n"
)


def test_the_consent_dialog_the_sign_up_box_and_a_blocked_embed_are_dimmed() -> None:
    dimmed = dimmed_passages(PASTED)
    assert dimmed[0].startswith("We value your privacy\n") and dimmed[0].endswith("AGREE")
    assert dimmed[1] == "By Tom Hale, Local Democracy Reporter\n3 December 2026"
    assert dimmed[2].startswith("Get our free Town Hall newsletter\n")
    assert dimmed[2].endswith("You can unsubscribe at any time.")
    assert dimmed[3].startswith("This content is not available")
    assert dimmed[3].endswith("Allow cookies and continue")
    assert len(dimmed) == 4
    assert title_past_furniture(PASTED) == "Library opening hours cut at six branches"


@pytest.mark.parametrize(
    "line",
    [
        "We and our partners at the trust agreed the plan in March, the chief executive said.",
        "Residents said leaflets had been landing in their inbox for weeks, the union said.",
        "Agreement was reached at 2am after six hours of talks.",
    ],
)
def test_a_sentence_of_the_story_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up",
        "We use your sign-up to send you the stories you asked for and to understand our "
        "readers better. This may include adverts from us and our partners. You can "
        "unsubscribe at any time. More info",
        "We use your email address to send you our newsletters and offers from our partners.",
    ],
)
def test_a_sign_up_boxs_button_and_small_print_are_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Residents can sign up for the garden waste collection at the library.",
        "We use your email address to send reminders, the council's letter to residents says.",
    ],
)
def test_a_sentence_on_signing_up_or_emails_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
