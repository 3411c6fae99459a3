"""A page copied from a browser brings the site's words with the story: its comment prompts
("Have your say", "Sign in to comment"), its footer's links ("About us", "Advertise"), a
"Topics" list, buttons copied on one line ("Share  Save  Gift this article"), the date with
the time a story takes to read, a pitch for the site's app, a call for readers' stories over
the address to send them to. All are dimmed; the story's sentences like them are kept."""

from __future__ import annotations

import pytest

from .dimmed import dimmed_inside_a_story, dimmed_passages


@pytest.mark.parametrize(
    "line",
    [
        "Have your say",
        "Sign in to comment",
        "SCROLL TO CONTINUE WITH CONTENT",
        "Reuse this content",
        "About us",
        "Advertise with us",
        "Terms and conditions",
        "Share  Save  Gift this article",
        "December 1, 2026 · 6 min read",
        "Download the KVTR 7 News app for breaking news alerts and live video. Available on "
        "iPhone and Android.",
        "Breaking news alerts: get them on our app",
        "Follow BBC Wales News on Facebook and X.",
        "Follow the Kettle Valley News on Instagram, TikTok or X",
    ],
)
def test_a_pasted_pages_furniture_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Have your say on the plans at the library until Friday, the council said.",
        "Residents can download the council's app to report potholes, officials said.",
        "The contract, about 40 pages long, was signed on 1 December 2026.",
        "Have you been affected by the closures?",
        "Follow the river path on foot and you reach the weir in an hour.",
        "Follow the money on Facebook, the campaigners said.",
    ],
)
def test_a_sentence_of_the_story_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)


def test_a_list_under_topics_is_dimmed() -> None:
    text = (
        "The operator said it would ask for bids for 2 gigawatts of battery storage.\n\n"
        "Topics\nClimate\nEnergy\nDrought\n"
        "Explore more on these topics\nHigh streets\nLocal government\n"
    )
    assert dimmed_passages(text) == [
        "Topics\nClimate\nEnergy\nDrought\nExplore more on these topics\nHigh streets\n"
        "Local government"
    ]


def test_a_list_under_related_topics_is_dimmed() -> None:
    topics = "Related topics\nWeather\nPowys\nStorms"
    text = f"Natural Resources Wales issued 14 flood warnings on Saturday.\n{topics}\n"
    assert dimmed_passages(text) == [topics]


def test_a_call_for_readers_stories_is_dimmed_with_its_question() -> None:
    text = (
        "The two wards, which have 48 beds between them, will close in January.\n\n"
        "Have you or a relative been affected by ward closures?\n"
        "Tell us at health@courier.example\n\n"
        "The trust said it hoped to reopen both wards by April."
    )
    assert dimmed_passages(text) == [
        "Have you or a relative been affected by ward closures?\nTell us at health@courier.example"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "All times stated are UK",
        "All times are GMT",
        "Live Reporting",
        "Get involved",
        "Saved stories",
        "∙ Paid",
        "Terms & conditions",
        "Privacy Notice: Newsletters may contain info about charities and online ads.",
        "Why not try Harbour Predictor? Guess six scores for free to win £10,000.",
    ],
)
def test_a_live_blogs_heads_and_a_sign_up_boxs_small_print_are_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "All times are approximate, the operator said.",
        "Privacy notice rules changed in 2024, the regulator said.",
        "Why not try the bus? the council asked drivers.",
        "Paid parking returns to the seafront in May.",
    ],
)
def test_a_sentence_like_a_live_blogs_heads_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)
