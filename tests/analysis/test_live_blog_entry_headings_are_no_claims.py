"""A live blog's entry heading ("Bridge closed to 2,000 commuters" under "14.40 BST") is a
title, no claim, though it states a figure: the entry under it tells the same in sentences.
An entry of one short line without a full stop, an entry's first sentence that ends inside
a quotation mark, a list's point under a time and a short paragraph of an ordinary story are
the story's words, and stay claims."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from newslens.analysis.pipeline import analyze
from newslens.sources import load_article

from .helpers import run_with_text

# As a web page's live blog reads once loaded: each entry's time, its heading, its paragraphs,
# a line each.
LIVE_BLOG = (
    "Floods live: the Wexe peaks at Wexley\n"
    "14.40 BST\n"
    "Bridge closed to 2,000 commuters\n"
    "Police closed the Mill Street bridge at 2pm after water reached its deck, and about "
    "2,000 commuters were told to find another route.\n"
    "Mon 4 May 2026 13:15\n"
    "Shelter opens for 120 residents\n"
    "The council opened a shelter in the school hall for 120 residents of the riverside flats.\n"
    "12.40 BST\n"
    "Updated at 12.52 BST\n"
    "Turnout down to 51% in Wexley North\n"
    "Turnout in the Wexley North by-election fell to 51 per cent, the returning officer said.\n"
    "12.20 BST\n"
    "Volunteers have filled 5,000 sandbags since dawn, a “record.”\n"
    "More are needed at the quay.\n"
    "12.05 BST\n"
    "Water levels rose 40cm in an hour at the Wexley gauge\n"
    "11.30 BST\n"
    "- Sandbags handed out to 300 homes\n"
    "- Two schools shut for the day\n"
)


def claims_of(nlp: Language, text: str) -> list[str]:
    text, result = run_with_text(nlp, text)
    return [text[c.start : c.end] for c in result.claims]


def test_an_entry_heading_is_no_claim_and_its_entry_is(analysis_nlp: Language) -> None:
    claims = claims_of(analysis_nlp, LIVE_BLOG)
    assert "Bridge closed to 2,000 commuters" not in claims
    assert "Shelter opens for 120 residents" not in claims
    assert "Turnout down to 51% in Wexley North" not in claims
    assert any(claim.startswith("Police closed the Mill Street bridge") for claim in claims)
    assert any(claim.startswith("The council opened a shelter") for claim in claims)


def test_an_entry_of_one_line_and_a_point_under_a_time_stay_claims(
    analysis_nlp: Language,
) -> None:
    claims = claims_of(analysis_nlp, LIVE_BLOG)
    assert "Water levels rose 40cm in an hour at the Wexley gauge" in claims
    assert any(claim.startswith("Volunteers have filled 5,000 sandbags") for claim in claims)
    assert any("Sandbags handed out to 300 homes" in claim for claim in claims)


def test_a_short_paragraph_without_a_full_stop_in_a_story_stays_a_claim(
    analysis_nlp: Language,
) -> None:
    story = (
        "Council approves budget\n\n"
        "The council approved its budget on Tuesday by seven votes to two.\n\n"
        "Bills up 3 percent for 40,000 homes\n\n"
        "The rise takes effect in April, the treasurer said."
    )
    assert "Bills up 3 percent for 40,000 homes" in claims_of(analysis_nlp, story)


LIVE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Floods live | Wexley Courier</title></head>
<body><main><h1>Floods live: the Wexe peaks at Wexley</h1>
<div class="feed">
<div class="entry" id="e2">
<header><time datetime="2026-05-04T14:40:00+01:00">14.40 BST</time><h2>Bridge closed to 2,000 commuters</h2></header>
<div class="entry-body"><p>Police closed the Mill Street bridge at 2pm after water reached its deck, and about 2,000 commuters were told to find another route.</p></div>
</div>
<div class="entry" id="e1">
<header><time datetime="2026-05-04T13:15:00+01:00">13.15 BST</time><h2>Shelter opens for 120 residents</h2></header>
<div class="entry-body"><p>The council opened a shelter in the school hall for 120 residents of the riverside flats.</p></div>
</div>
</div></main></body></html>
"""


def test_a_web_pages_live_blog_lists_its_entries_not_their_headings(
    tmp_path: Path, analysis_nlp: Language
) -> None:
    page = tmp_path / "live.html"
    page.write_text(LIVE_PAGE, encoding="utf-8")
    article = load_article(str(page))
    text = article.text
    claims = [text[c.start : c.end] for c in analyze(article, nlp=analysis_nlp).claims]
    assert "Bridge closed to 2,000 commuters" in text
    assert "Bridge closed to 2,000 commuters" not in claims
    assert "Shelter opens for 120 residents" not in claims
    assert any(claim.startswith("Police closed the Mill Street bridge") for claim in claims)
