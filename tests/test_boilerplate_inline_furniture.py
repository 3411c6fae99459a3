"""Site furniture inside a story (newsletter pitches, a menu on one line, photo captions and
credits, readers' comments) is dimmed; sentences about newsletters, photographs or comments,
and a table of bare words or names, are kept."""

from __future__ import annotations

import pytest

from .dimmed import STORY_AROUND_A_LINE, dimmed_inside_a_story, dimmed_passages


@pytest.mark.parametrize(
    "line",
    [
        "Sign up to our morning briefing newsletter",
        "Get our free daily newsletter",
        "Get our breaking news email, free app or daily news podcast",
        "Want more stories like this? Sign up for our weekly newsletter.",
        "Don’t miss a story: get our free newsletter",
        "Sign up: Breaking News email",
        "Get the latest headlines delivered to your inbox",
    ],
)
def test_a_newsletter_pitch_inside_a_story_is_furniture(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Get ready for a long winter, the Met Office said in an email.",
        "Residents can sign up for the council newsletter at the library.",
        "Get vaccinated before the winter briefing.",
        "Subscribers get an email alert when prices change.",
        "Join the march, the email urged supporters.",
    ],
)
def test_sentences_about_emails_and_newsletters_are_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)


def test_a_menu_on_one_line_is_furniture() -> None:
    assert dimmed_inside_a_story("Home | News | Sport | Weather")
    assert dimmed_inside_a_story("About us · Contact · Privacy · Terms")


def test_a_table_of_bare_words_or_names_is_no_menu() -> None:
    table = "Party | Votes | Share\nLabour | 12,345 | 45.2%\nGreen | 3,210 | 11.8%"
    assert dimmed_passages(STORY_AROUND_A_LINE.format(table)) == []
    names = "Name | Party | Seat\nJo Smith | Labour | Leeds North West"
    assert dimmed_passages(STORY_AROUND_A_LINE.format(names)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Residents are helped from a flooded street on Sunday. Photograph: Jane Doe/Reuters",
        "A firefighter carries a child to safety. (AP Photo/John Smith)",
        "Police at the scene (Photo by Ann Lee/Getty Images)",
        "Image caption, Sandbags were piled outside shops",
        "Image source, Getty Images",
        "Media caption, Watch: the moment the wall collapsed",
        "Photo by Alex Chen on Unsplash",
        "Photographs by Daniel Okafor",
        "Image by Jo Lee from Pixabay",
    ],
)
def test_photo_captions_and_credits_are_furniture(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "He showed me a photograph: his father in uniform, aged 19.",
        "The image, which was taken in 1972, shows the old pier.",
        "Police released a photo of the suspect (pictured) on Monday.",
        "Photos by the river show how high the water rose.",
        "Photo by Photo, the Album Grew",
    ],
)
def test_sentences_about_photographs_are_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)


def test_readers_comments_pasted_under_a_blog_post() -> None:
    text = (
        "Council keeps weekly bins\n\nThe council voted to keep weekly collections.\n\n"
        '4 thoughts on "Council keeps weekly bins"\n\nGail says:\nMarch 10, 2026 at 10:14 am\n'
        "About time they listened to us.\nReply\n"
    )
    dimmed = dimmed_passages(text)
    assert dimmed == [text[text.index("4 thoughts") :].strip()]


def test_a_sentence_about_comments_is_kept() -> None:
    assert not dimmed_inside_a_story("More than 2 comments a minute were posted during the debate.")
    assert not dimmed_inside_a_story("Accept all the risks, she told them.")


@pytest.mark.parametrize(
    "details",
    [
        "By Tina Marsh, Showbiz Editor\nUpdated 3 hours ago\n14 comments\nShare",
        "By Tina Marsh\n2 December 2026\n3 Comments",
    ],
)
def test_a_count_of_comments_over_the_story_dims_its_line_and_keeps_the_story(
    details: str,
) -> None:
    story = "Police raided the mansion at dawn today.\n\nOfficers left with 12 boxes of papers."
    text = f"TV star's mansion raided\n{details}\n{story}\n"
    dimmed = dimmed_passages(text)
    assert details.splitlines()[-1] in " ".join(dimmed)
    assert not any("Police raided" in passage or "Officers left" in passage for passage in dimmed)


def test_a_count_of_comments_under_the_story_and_its_share_button_dims_the_comments() -> None:
    text = (
        "Council keeps weekly bins\n\nThe council voted on Monday night to keep weekly "
        "collections for another year.\n\nShare\n\n12 Comments\n\nGail says:\n"
        "About time they listened to us.\n"
    )
    assert "About time they listened to us." in dimmed_passages(text)[-1]
