"""A paper's call for letters to the editor under a story ("The Gazette welcomes letters …
Send yours to …") is the site's, like a call for tips, and dimmed; a story's sentence about
letters is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.sources import load_article

from .dimmed import dimmed_inside_a_story, dimmed_passages


@pytest.mark.parametrize(
    "line",
    [
        "The Valley Voice welcomes letters to the editor. Send yours to letters@voice.example "
        "with your name and address.",
        "We welcome letters from readers. Email letters@gazette.example.",
        "Email your letters to editor@gazette.example, including your full name and town.",
        "Letters may be edited for length and should be sent to letters@gazette.example.",
        "To submit a letter to the editor, email letters@gazette.example or use our form.",
    ],
)
def test_a_call_for_letters_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Readers wrote dozens of letters to the council asking it to keep the library open.",
        "The mayor welcomes letters from residents. Send them to the town hall by Friday.",
        "Residents can send letters to the planning office until 4 May.",
    ],
)
def test_a_story_sentence_about_letters_is_not(line: str) -> None:
    assert not dimmed_inside_a_story(line)


def test_a_pages_call_for_letters_in_italics_under_its_story_is_dimmed(tmp_path: Path) -> None:
    call = (
        "The Valley Voice welcomes letters to the editor. Send yours to letters@voice.example "
        "with your name and address."
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Library hours cut to three days | Valley Voice</title></head><body>"
        "<article><h1>Library hours cut to three days</h1>"
        "<p>The town library will open only three days a week from April, the council said on "
        "Friday, after its budget was cut by £80,000.</p>"
        "<p>The council said it would look again at the library's hours in a year.</p>"
        f"<p><em>{call}</em></p></article></body></html>",
        encoding="utf-8",
    )
    text = load_article(str(page)).text
    assert text.endswith(call)
    assert dimmed_passages(text) == [call]


@pytest.mark.parametrize(
    ("line", "dimmed"),
    [
        (
            "Full Fact is an independent charity. If you see a claim you think we should "
            "check, email us.",
            True,
        ),
        ("Spotted a claim that needs checking? Tell us.", True),
        ("If you have a story about your school, please contact us.", True),
        # near misses: the story's sentences about someone asking to be told
        ("Residents said they would tell us if the water came back.", False),
        ("If you see a claim you think is wrong, the council wants to hear.", False),
    ],
)
def test_a_call_for_claims_or_stories_to_check_is_dimmed(line: str, dimmed: bool) -> None:
    assert dimmed_inside_a_story(line) == dimmed
