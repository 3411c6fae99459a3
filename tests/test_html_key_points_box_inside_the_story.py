"""A box of key points set inside a story ("Key points", "At a glance", "What we know", then a
short list) tells again what the story tells: it is dimmed like other boxes, and its claims
and quotes are not listed a second time. A list of facts of its own under such a heading, or
the box under the headline, is the story's."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newslens.analysis.pipeline import analyze
from newslens.sources import load_article

from .dimmed import dimmed_passages

if TYPE_CHECKING:
    from spacy.language import Language

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry timetable cut for winter</title>
</head><body><main><article>
<h1>Ferry timetable cut for winter</h1>
<p class="byline">By Nadia Okafor</p>
<div class="article-body">
<p>The island ferry will run four crossings a day instead of seven from November, the
operator announced on Monday.</p>
<p>Passenger numbers fell by 18% last winter, and the company said it could not keep
running nearly empty boats through the dark months.</p>
{box}
<p>"We cannot sail empty boats all winter," said Glen Harris, the company's operations
director.</p>
<p>Islanders who commute to the mainland said the last boat home, now at 6pm, would leave
them stranded after late shifts.</p>
</div>
</article></main></body></html>
"""

REPEATING = (
    '<div class="key-points"><h2>{heading}</h2><ul>'
    "<li>Four crossings a day instead of seven from November.</li>"
    "<li>Passenger numbers fell by 18% last winter.</li>"
    "<li>“We cannot sail empty boats all winter,” the operator said.</li>"
    "</ul></div>"
)


def _text(tmp_path: Path, box: str) -> str:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(box=box), encoding="utf-8")
    return load_article(str(page)).text


@pytest.mark.parametrize("heading", ["Key points", "At a glance", "What we know so far"])
def test_a_box_that_repeats_the_story_is_dimmed(tmp_path: Path, heading: str) -> None:
    text = _text(tmp_path, REPEATING.format(heading=heading))
    dimmed = dimmed_passages(text)
    assert len(dimmed) == 1
    assert dimmed[0].startswith(heading) and dimmed[0].endswith("the operator said.")


def test_its_claims_and_quotes_are_listed_once(tmp_path: Path, analysis_nlp: Language) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(box=REPEATING.format(heading="Key points")), encoding="utf-8")
    article = load_article(str(page))
    analysis = analyze(article, analysis_nlp)
    quoted = [
        q for q in analysis.quotes if any("cannot sail" in article.text[a:b] for a, b in q.parts)
    ]
    assert len(quoted) == 1
    claimed = [article.text[claim.start : claim.end] for claim in analysis.claims]
    assert sum("18%" in claim for claim in claimed) == 1


def test_a_list_of_facts_the_story_does_not_tell_is_its_own(tmp_path: Path) -> None:
    box = (
        "<h2>What we know</h2><ul>"
        "<li>The harbour master has asked for a review of mooring charges.</li>"
        "<li>A second vessel is due back from refit in March.</li></ul>"
    )
    assert dimmed_passages(_text(tmp_path, box)) == []


def test_a_box_under_the_headline_stays_the_story_s_opening() -> None:
    text = (
        "Key points\n- Four crossings a day instead of seven.\n- Numbers fell by 18%.\n"
        "The island ferry will run four crossings a day instead of seven from November.\n"
        "Passenger numbers fell by 18% last winter, the operator said on Monday.\n"
    )
    assert dimmed_passages(text) == []
