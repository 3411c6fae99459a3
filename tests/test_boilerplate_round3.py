"""Site furniture found in round 3: newsletter pitches and menus on one line."""

from __future__ import annotations

import pytest

from newslens.boilerplate import find_boilerplate

STORY = (
    "The bridge will close for repairs in June, the council said.\n\n{}\n\nIt reopens in August."
)


def _dimmed(line: str) -> bool:
    text = STORY.format(line)
    return any(line in text[start:end] for start, end in find_boilerplate(text))


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
    assert _dimmed(line)


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
    assert not _dimmed(line)


def test_a_menu_on_one_line_is_furniture() -> None:
    assert _dimmed("Home | News | Sport | Weather")
    assert _dimmed("About us · Contact · Privacy · Terms")


def test_a_table_of_bare_words_or_names_is_no_menu() -> None:
    table = "Party | Votes | Share\nLabour | 12,345 | 45.2%\nGreen | 3,210 | 11.8%"
    assert find_boilerplate(STORY.format(table)) == []
    names = "Name | Party | Seat\nJo Smith | Labour | Leeds North West"
    assert find_boilerplate(STORY.format(names)) == []


@pytest.mark.parametrize(
    "line",
    [
        "Residents are helped from a flooded street on Sunday. Photograph: Jane Doe/Reuters",
        "A firefighter carries a child to safety. (AP Photo/John Smith)",
        "Police at the scene (Photo by Ann Lee/Getty Images)",
        "Image caption, Sandbags were piled outside shops",
        "Image source, Getty Images",
        "Media caption, Watch: the moment the wall collapsed",
    ],
)
def test_photo_captions_and_credits_are_furniture(line: str) -> None:
    assert _dimmed(line)


@pytest.mark.parametrize(
    "line",
    [
        "He showed me a photograph: his father in uniform, aged 19.",
        "The image, which was taken in 1972, shows the old pier.",
        "Police released a photo of the suspect (pictured) on Monday.",
    ],
)
def test_sentences_about_photographs_are_kept(line: str) -> None:
    assert not _dimmed(line)


def test_an_email_newsletters_furniture() -> None:
    text = (
        "View in browser\n\nGood morning.\n\nDockworkers at the port voted to strike, the union"
        " said.\n\nForwarded this email? Sign up here.\n\nYou are receiving this email because"
        " you subscribed to The Brief.\nUnsubscribe | Update preferences | Privacy policy\n"
    )
    dimmed = [text[start:end] for start, end in find_boilerplate(text)]
    assert dimmed[0] == "View in browser\n\nGood morning."  # the greeting is the newsletter's
    assert dimmed[-1].startswith("Forwarded this email?")
    assert dimmed[-1].endswith("Privacy policy")
    assert not any("Dockworkers" in span for span in dimmed)


PDF = """Annual Report 2025          Harbour Authority
Income rose by 12 per cent in 2025, driven by cruise
ship visits and higher mooring fees.
                  14
Annual Report 2025          Harbour Authority
Costs rose more slowly, by 6 per cent, as energy
prices fell.
                  Page 15 of 40
"""


def test_page_numbers_and_running_heads_of_a_pdf() -> None:
    dimmed = [PDF[start:end] for start, end in find_boilerplate(PDF)]
    assert sum(span.count("Annual Report 2025") for span in dimmed) == 2
    assert any(span.startswith("14") for span in dimmed)
    assert "Page 15 of 40" in dimmed
    assert not any("Income rose" in span or "Costs rose" in span for span in dimmed)


def test_a_line_said_twice_without_page_numbers_is_no_running_head() -> None:
    text = "We shall overcome\n\nThe crowd sang as the march began.\n\nWe shall overcome\n"
    assert find_boilerplate(text) == []


def test_a_cookie_banner_and_a_paywall_teaser_pasted_with_the_story() -> None:
    text = (
        "We use cookies to give you the best experience.\nAccept all\nManage preferences\n\n"
        "Chipmaker to build plant\n\nA chipmaker will build a £2bn plant, the minister said.\n\n"
        "This article is for subscribers only. Subscribe now for £1 a week.\n"
        "Already a subscriber? Log in\n"
    )
    dimmed = [text[start:end] for start, end in find_boilerplate(text)]
    assert dimmed[0].endswith("Manage preferences")
    assert dimmed[-1].startswith("This article is for subscribers only.")
    assert dimmed[-1].endswith("Log in")


def test_readers_comments_pasted_under_a_blog_post() -> None:
    text = (
        "Council keeps weekly bins\n\nThe council voted to keep weekly collections.\n\n"
        '4 thoughts on "Council keeps weekly bins"\n\nGail says:\nMarch 10, 2026 at 10:14 am\n'
        "About time they listened to us.\nReply\n"
    )
    dimmed = [text[start:end] for start, end in find_boilerplate(text)]
    assert dimmed == [text[text.index("4 thoughts") :].strip()]


def test_a_sentence_about_comments_is_kept() -> None:
    assert not _dimmed("More than 2 comments a minute were posted during the debate.")
    assert not _dimmed("Accept all the risks, she told them.")


def test_a_figure_or_a_year_alone_on_its_line_is_no_page_number() -> None:
    text = (
        "Timeline\n\n2019\n\nThe firm was founded in Leeds by two brothers.\n\n"
        "£5\n\nThe price of a ticket rose this year.\n\n"
        "40%\n\nof voters said they were undecided.\n\n- 14 -\n"
    )
    assert [text[a:b] for a, b in find_boilerplate(text)] == ["- 14 -"]
