"""Saved news pages: the story comes out whole, and only the site's furniture is dimmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslens.boilerplate import find_boilerplate
from newslens.sources import load_article

FACTORY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>The quiet collapse of the town's last factory — Valley Herald</title>
<meta property="og:title" content="The quiet collapse of the town's last factory">
<meta name="author" content="Ruth Ellery">
<meta property="article:published_time" content="2026-02-21T08:00:00Z">
</head><body>
<header><a href="/">Valley Herald</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>The quiet collapse of the town's last factory</h1>
<div class="article-text">
<p><i>By Ruth Ellery – 21 February 2026</i></p>
<p>For 140 years the Holt &amp; Sons works made the town's name. Last month it made its final
batch of carpet, and 212 people lost their jobs.</p>
<p class="ad-label">Advertisement</p>
<p>By the autumn the order book had shrunk to a third of what it had been.</p>
<p><strong>Read more:</strong> <a href="/x">Town's high street loses another bank</a></p>
<p>“It felt like a family,” said Joan Pike, who worked in the dye house for 31 years.</p>
<p>Story continues below advertisement</p>
<p>Read more than the accounts and the picture is worse: the pension fund is £9 million
short.</p>
<figure><img src="/f.jpg" alt=""><figcaption>The works in 1968. Photograph: Valley Herald
archive</figcaption></figure>
<p>The site is now up for sale.</p>
</div>
<section id="comments"><h2>3 comments</h2><div class="comment"><p>So sad to see it go.</p></div>
</section>
</article></main>
<footer>© 2026 Valley Herald. All rights reserved.</footer>
</body></html>
"""

STORY = [
    "212 people lost their jobs",
    "By the autumn the order book had shrunk",
    "“It felt like a family,” said Joan Pike",
    "Read more than the accounts",
    "The site is now up for sale.",
]


def test_a_saved_page_gives_the_whole_story_and_dims_only_furniture(tmp_path: Path) -> None:
    page = tmp_path / "factory.html"
    page.write_text(FACTORY, encoding="utf-8")
    article = load_article(str(page))
    assert article.title == "The quiet collapse of the town's last factory"
    assert article.byline == "Ruth Ellery"
    assert article.date == "2026-02-21"
    dimmed = [article.text[start:end] for start, end in find_boilerplate(article.text)]
    for line in STORY:
        assert line in article.text
        assert not any(line in span for span in dimmed), line
    for furniture in ("The works in 1968", "So sad to see it go", "Valley Herald. All rights"):
        assert furniture not in article.text
    for furniture in (
        "By Ruth Ellery – 21 February 2026",
        "Read more: Town's high street loses another bank",
        "Story continues below advertisement",
    ):
        assert any(furniture in span for span in dimmed), furniture


NEWSLETTER_WEB = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Harbour Brief: Dockworkers vote to strike</title>
</head><body>
<table width="100%"><tr><td align="center"><table width="600">
<tr><td><a href="https://example.com/view">View this email in your browser</a></td></tr>
<tr><td><h1>THE HARBOUR BRIEF</h1><p>Tuesday 3 March 2026</p></td></tr>
<tr><td><p>Good morning. Here is what you need to know today.</p>
<h2>Dockworkers vote to strike</h2>
<p>Dockworkers have voted to strike over pay, the union said last night, in a ballot that drew
a turnout of 78 per cent.</p>
<p>"Our members have run out of patience," the union's regional organiser, Carla Benn, said.</p>
<h2>Ferry timetable changes</h2>
<p>The summer timetable starts on 30 March, with two extra sailings a day to the islands.</p></td></tr>
<tr><td><p>You are receiving this because you signed up at harbourbrief.example.</p>
<p><a href="/unsub">Unsubscribe</a></p></td></tr>
</table></td></tr></table></body></html>
"""


def test_a_newsletter_s_web_version_laid_out_in_tables_is_read(tmp_path: Path) -> None:
    page = tmp_path / "brief.html"
    page.write_text(NEWSLETTER_WEB, encoding="utf-8")
    article = load_article(str(page))
    lines = article.text.splitlines()
    for story in [
        "Dockworkers vote to strike",
        "Carla Benn, said.",
        "Ferry timetable changes",
        "two extra sailings a day",
    ]:
        assert any(story in line for line in lines), story
    dimmed = [article.text[start:end] for start, end in find_boilerplate(article.text)]
    assert any("You are receiving this" in span for span in dimmed)
    assert any("Unsubscribe" in span for span in dimmed)


COMPONENTS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Library to reopen after flood - Hexley News</title>
<meta name="author" content="Ben Cole"></head><body>
<main><article><h1>Library to reopen after flood</h1>
<div class="text-block"><p>Hexley's central library will reopen on Monday, eight months after
it was flooded when a water main burst beneath the building.</p></div>
<div class="text-block"><p>Repairs cost <a href="/news/1">£1.3m</a>, the council said.</p></div>
<div class="text-block"><p>The <a href="/topics/hexley">children's section</a> has moved
upstairs.</p></div>
<div class="text-block"><p>About 4,000 books were lost, most of them from the local history
collection.</p></div>
<div class="text-block"><p>"It has been a long wait," said the council's culture lead, Fiona
Shaw.</p></div>
<div class="links-block"><p>Follow our coverage on <a href="/x">the Hexley News app</a>.</p></div>
<div class="teaser"><p><a href="/news/2">Man charged after crash on ring road</a> 2 hours
ago</p></div>
<div class="teaser"><p><a href="/news/3">Bakery named best in the county</a> 5 hours ago</p>
</div>
<div class="teaser"><p><a href="/news/4">Roadworks to close high street</a> 6 hours ago</p>
</div>
</article></main></body></html>
"""


def test_a_story_whose_paragraphs_are_wrapped_one_a_block_keeps_those_with_links(
    tmp_path: Path,
) -> None:
    page = tmp_path / "library.html"
    page.write_text(COMPONENTS, encoding="utf-8")
    lines = load_article(str(page)).text.splitlines()
    assert lines == [
        "Hexley's central library will reopen on Monday, eight months after it was flooded"
        " when a water main burst beneath the building.",
        "Repairs cost £1.3m, the council said.",
        "The children's section has moved upstairs.",
        "About 4,000 books were lost, most of them from the local history collection.",
        '"It has been a long wait," said the council\'s culture lead, Fiona Shaw.',
    ]


def story_of(tmp_path: Path, paragraphs: str) -> str:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Mayor quits after expenses row</title></head><body><article>"
        f"<h1>Mayor quits after expenses row</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return load_article(str(page)).text


def test_a_quotation_marked_with_q_is_read_between_the_marks_a_browser_shows(
    tmp_path: Path,
) -> None:
    text = story_of(
        tmp_path,
        "<p>The mayor of Eastwick, Paul Grange, resigned on Monday after an inquiry into his "
        "expenses claims.</p><p>He said in a statement: <q>I have made mistakes, and as my "
        "father used to say, <q>a mistake owned is half mended</q>.</q></p>",
    )
    assert (
        "He said in a statement: “I have made mistakes, and as my father used to say, "
        "‘a mistake owned is half mended’.”"
    ) in text.splitlines()


def test_a_quotation_marked_with_q_that_brings_its_own_marks_keeps_only_those(
    tmp_path: Path,
) -> None:
    text = story_of(
        tmp_path,
        "<p>The mayor of Eastwick, Paul Grange, resigned on Monday after an inquiry into his "
        "expenses claims.</p><p>He said in a statement: <q>“I am sorry.”</q></p>",
    )
    assert "He said in a statement: “I am sorry.”" in text.splitlines()


SECTIONS = """<div class="entry-content">
<p>The mayor of Eastwick, Paul Grange, resigned on Monday after an inquiry into his expenses
claims.</p>
{heading}
<p>The council's standards committee found that 23 claims had no matching entry in his
diary.</p>
<p>His deputy, Sheila Obi, will stand in until a by-election is held.</p></div>"""


@pytest.mark.parametrize(
    "heading",
    [
        '<h2 id="inquiry"><a href="#inquiry">The inquiry</a></h2>',
        '<h2 id="inquiry">The inquiry <a class="anchor" href="#inquiry">#</a></h2>',
        '<h2 id="inquiry"><a href="https://eastwick.example/mayor-quits#inquiry">The inquiry</a>'
        "</h2>",
        '<h2><a name="inquiry"></a>The inquiry</h2>',
        '<h2><span class="toc-section" id="inquiry"></span>The inquiry</h2>',
    ],
)
def test_a_subheading_that_links_to_itself_or_marks_its_place_is_read_as_its_words(
    tmp_path: Path, heading: str
) -> None:
    lines = story_of(tmp_path, SECTIONS.format(heading=heading)).splitlines()
    assert lines[1] == "The inquiry"


def test_a_heading_that_links_to_another_story_stays_out(tmp_path: Path) -> None:
    heading = '<h3><a href="/news/council-tax">Council tax to rise by 5%</a></h3>'
    text = story_of(tmp_path, SECTIONS.format(heading=heading))
    assert "Council tax" not in text


@pytest.mark.parametrize("href", ["/tag/expenses", "https://eastwick.example/topics/expenses/"])
def test_a_subheading_linked_to_its_topic_s_page_between_paragraphs_is_kept(
    tmp_path: Path, href: str
) -> None:
    heading = f'<h2><a href="{href}">Expenses inquiry</a></h2>'
    lines = story_of(tmp_path, SECTIONS.format(heading=heading)).splitlines()
    assert lines[1] == "Expenses inquiry"


TEASERS = """<h3><a href="/topics/{topic}">{headline}</a></h3>
<p><a href="/news/{topic}">{standfirst}</a></p>"""


def test_teasers_headlines_linked_to_their_topics_after_the_story_stay_out(
    tmp_path: Path,
) -> None:
    teasers = "".join(
        TEASERS.format(topic=topic, headline=headline, standfirst=standfirst)
        for topic, headline, standfirst in [
            ("transport", "Bus fares frozen", "Fares stay the same for a year."),
            ("schools", "School to close", "Pupils will move in September."),
            ("housing", "Flats approved", "Plans for 40 homes were passed."),
        ]
    )
    text = story_of(tmp_path, SECTIONS.format(heading="") + teasers)
    assert "Bus fares" not in text and "School to close" not in text


CONTENTS = """<div id="toc-container" class="toc-v2"><div class="toc-title-box">
<p class="toc-title">Table of Contents</p></div>
<nav><ul><li><a href="#what-changes">What changes</a><ul><li><a href="#food">Food waste</a></li>
</ul></li><li><a href="#fines">Fines</a></li></ul></nav></div>"""

GUIDE = """<div class="entry-content">{before}
<h2 id="what-changes">What changes</h2>
<p>General rubbish will be collected every three weeks instead of every two.</p>
<h3 id="food">Food waste</h3>
<p>Food waste will be collected every week in a caddy the council provides.</p>
<h2 id="fines">Fines</h2>
<p>Households that keep putting recycling in the wrong bin could be fined £60.</p></div>"""

OPENING = """<p>From 1 June every household in the district will sort its rubbish into five bins,
under rules the council approved last week.</p>"""


def test_a_posts_table_of_contents_is_left_out_with_its_title(tmp_path: Path) -> None:
    lines = story_of(tmp_path, GUIDE.format(before=CONTENTS + OPENING)).splitlines()
    assert lines == [
        "From 1 June every household in the district will sort its rubbish into five bins, under"
        " rules the council approved last week.",
        "What changes",
        "General rubbish will be collected every three weeks instead of every two.",
        "Food waste",
        "Food waste will be collected every week in a caddy the council provides.",
        "Fines",
        "Households that keep putting recycling in the wrong bin could be fined £60.",
    ]


def test_the_story_set_beside_a_table_of_contents_stays(tmp_path: Path) -> None:
    intro = f'<div class="intro">{OPENING}{CONTENTS}</div>'
    lines = story_of(tmp_path, GUIDE.format(before=intro)).splitlines()
    assert lines[0].startswith("From 1 June every household in the district will sort")


TIMED = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Line closed by storm | Coast Herald</title>
</head><body><main><article><h1>Line closed by storm</h1>
{line}
<p>Network Rail suspended all trains on <time datetime="2026-11-29">Sunday 29 November</time>
after a tree came down across the line near Glenbeg.</p>
<p>Police closed the coast road near Port Ellen after a lorry was blown over in the gusts.</p>
</article></main></body></html>
"""


@pytest.mark.parametrize(
    ("line", "dimmed"),
    [
        (
            'Last updated: <time datetime="2026-11-29T13:40:00Z">29 November 2026, 13:40</time>',
            ["Last updated: 29 November 2026, 13:40"],
        ),
        # near miss: a time alone in its paragraph stays out of the text, as it was
        ('<time datetime="2026-11-29T13:40:00Z">29 November 2026</time>', []),
    ],
)
def test_a_time_in_a_sentence_or_beside_its_label_keeps_its_words(
    tmp_path: Path, line: str, dimmed: list[str]
) -> None:
    path = tmp_path / "storm.html"
    path.write_text(TIMED.format(line=f"<p>{line}</p>"), encoding="utf-8")
    text = load_article(str(path)).text
    assert "all trains on Sunday 29 November after a tree" in text
    assert [text[a:b] for a, b in find_boilerplate(text)] == dimmed
    assert ("29 November 2026" in text) == bool(dimmed)
