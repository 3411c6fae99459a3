"""A page that sets only its story's opening in the HTML (a teaser for readers without
JavaScript) and the whole story in its schema.org data is read from that data; a page whose
HTML holds its own story keeps it."""

from __future__ import annotations

import json
from pathlib import Path

from newslens.sources import load_article

HEADLINE = "Lifeboat crew rescue four after yacht capsizes off the headland"
OPENING = (
    "Four sailors were rescued off Salcombe on Saturday after their yacht capsized in strong winds."
)
BODY = "\n\n".join(
    [
        OPENING,
        "The lifeboat crew reached them within 20 minutes of the alarm being raised, the RNLI said.",
        '"They had done everything right, wearing lifejackets," said the coxswain, Ellen Marsh.',
        "All four were taken to hospital as a precaution and were later released.",
    ]
)


def _page(html_story: str) -> str:
    data = {"@type": "NewsArticle", "headline": HEADLINE, "articleBody": BODY}
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HEADLINE} | Bay Courier'
        f'</title><script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><main><h1>{HEADLINE}</h1>{html_story}</main></body></html>"
    )


def _text(tmp_path: Path, page: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return load_article(str(path)).text


def test_a_teaser_gives_way_to_the_whole_story(tmp_path: Path) -> None:
    text = _text(tmp_path, _page(f'<p class="teaser">{OPENING}</p>'))
    assert "All four were taken to hospital" in text
    assert text.count("Four sailors were rescued") == 1


def test_a_story_of_its_own_in_the_html_is_kept(tmp_path: Path) -> None:
    own = (
        f"<p>{OPENING}</p><p>Coastguard teams from Dartmouth searched the shore for a fifth "
        "sailor, who was later found safe at a friend's house in the town.</p>"
    )
    assert "Coastguard teams from Dartmouth" in _text(tmp_path, _page(own))
