"""An old site's page, its headline in a plain block and its story one block of lines broken by
<br> tags, is read as the story alone: the headline, shown in the header, is not read again as
the story's last line."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

PARAGRAPHS = [
    "Repairs to the storm-damaged harbour wall will start in April, the town council has "
    "confirmed, after months of delay over who should pay.",
    "The wall was breached in two places during the winter storms, flooding several businesses "
    "on the seafront.",
    "Traders have been invited to a public meeting next month to hear more about the plans.",
]

PAGE = """<html><head><meta charset="utf-8"><title>Harbour wall repairs to start in April</title>
</head><body>
<div id="top"><div class="menu"><a href="/">Home</a> | <a href="/news">News</a></div></div>
<div id="content">
<div class="headline">Harbour wall repairs to start in April</div>
<div class="story">
{story}
</div>
</div>
</body></html>"""


def test_the_headline_is_not_read_again_after_the_story(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(story="<br><br>\n".join(PARAGRAPHS)), encoding="utf-8")
    article = load_article(str(page))
    assert article.title == "Harbour wall repairs to start in April"
    assert article.text.splitlines() == PARAGRAPHS
