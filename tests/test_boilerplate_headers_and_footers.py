"""Furniture above and below pasted text: an email newsletter's header and footer, a cookie
banner and a paywall teaser, a PDF's page numbers and running heads; a line said twice, or a
figure or a year alone on its line, is no running head or page number."""

from __future__ import annotations

from newslens.boilerplate import find_boilerplate

from .dimmed import dimmed_passages


def test_an_email_newsletters_furniture() -> None:
    text = (
        "View in browser\n\nGood morning.\n\nDockworkers at the port voted to strike, the union"
        " said.\n\nForwarded this email? Sign up here.\n\nYou are receiving this email because"
        " you subscribed to The Brief.\nUnsubscribe | Update preferences | Privacy policy\n"
    )
    dimmed = dimmed_passages(text)
    assert dimmed[0] == "View in browser\n\nGood morning."  # the greeting is the newsletter's
    assert dimmed[-1].startswith("Forwarded this email?")
    assert dimmed[-1].endswith("Privacy policy")
    assert not any("Dockworkers" in span for span in dimmed)


def test_a_cookie_banner_and_a_paywall_teaser_pasted_with_the_story() -> None:
    text = (
        "We use cookies to give you the best experience.\nAccept all\nManage preferences\n\n"
        "Chipmaker to build plant\n\nA chipmaker will build a £2bn plant, the minister said.\n\n"
        "This article is for subscribers only. Subscribe now for £1 a week.\n"
        "Already a subscriber? Log in\n"
    )
    dimmed = dimmed_passages(text)
    assert dimmed[0].endswith("Manage preferences")
    assert dimmed[-1].startswith("This article is for subscribers only.")
    assert dimmed[-1].endswith("Log in")


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


def test_a_figure_or_a_year_alone_on_its_line_is_no_page_number() -> None:
    text = (
        "Timeline\n\n2019\n\nThe firm was founded in Leeds by two brothers.\n\n"
        "£5\n\nThe price of a ticket rose this year.\n\n"
        "40%\n\nof voters said they were undecided.\n\n- 14 -\n"
    )
    assert [text[a:b] for a, b in find_boilerplate(text)] == ["- 14 -"]


def test_a_footer_of_links_around_the_site_under_the_story_is_dimmed() -> None:
    footer = "Around Sky\nWatch Sky Sports\nGet Sky Sports on NOW"
    text = "Harwood were unchanged. Castleford lost their captain to injury.\n" + footer + "\n"
    assert dimmed_passages(text) == [footer]


def test_a_subheading_around_a_place_and_its_paragraph_stay() -> None:
    text = (
        "The market reopened on Saturday, the council said.\n\nAround Harwood\n"
        "Around 300 people joined the lantern parade on Friday night.\n"
    )
    assert dimmed_passages(text) == []
