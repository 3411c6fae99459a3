"""A post copied from a blogging platform's page brings the platform's words around it: the
newsletter's name over its "Subscribe" button, "Member-only story", the writer's name and
publication over the date, counts of likes and followers, buttons ("Listen", "Follow"), a
pitch for subscriptions in the middle ("… is a reader-supported publication", "Type your
email…", its count of subscribers), "Written by …" over the writer's bio. All are dimmed, and
the post's headline is its title."""

from __future__ import annotations

import pytest

from newslens.boilerplate import byline_under_headline, date_under_headline, title_past_furniture

from .dimmed import dimmed_inside_a_story, dimmed_passages

POST = (
    "Member-only story\n\n"
    "Why the county's bus cuts will cost more than they save\n\n"
    "Six routes, 1,900 daily passengers and a budget line nobody has checked.\n\n"
    "Ines Barros\n"
    "Transit Notes\n\n"
    "Follow\n\n"
    "6 min read\n·\nNov 4, 2026\n\n"
    "482\n\n"
    "Listen\n\n"
    "Share\n\n"
    "The county plans to withdraw six rural bus routes in April to save £1.1m a year.\n\n"
    "Its own survey found that 40% of passengers on those routes travel to work.\n\n"
    "482\n\n"
    "Written by Ines Barros\n"
    "1.1K Followers\n"
    "Transport researcher. I count buses so you can catch them.\n\n"
    "Follow\n"
)


def test_a_posts_header_and_footer_are_dimmed() -> None:
    assert dimmed_passages(POST) == [
        "Member-only story",
        "Ines Barros\nTransit Notes\n\nFollow\n\n6 min read\n·\nNov 4, 2026\n\n482\n\nListen\n\n"
        "Share",
        "482\n\nWritten by Ines Barros\n1.1K Followers\n"
        "Transport researcher. I count buses so you can catch them.\n\nFollow",
    ]
    assert title_past_furniture(POST) == "Why the county's bus cuts will cost more than they save"


@pytest.mark.parametrize(
    "header", ["Open in app\nSign up\nSign in\nWrite\n", "Sign in\nStart writing\nGet the app\n"]
)
def test_the_platforms_buttons_over_a_post_are_dimmed_and_its_headline_titles_it(
    header: str,
) -> None:
    post = header + POST
    assert dimmed_passages(post)[0] == header.strip() + "\nMember-only story"
    assert title_past_furniture(post) == "Why the county's bus cuts will cost more than they save"


@pytest.mark.parametrize(
    "line", ["Write to your MP, the campaign urged readers.", "Start writing your objection now."]
)
def test_a_sentence_that_asks_readers_to_write_is_kept(line: str) -> None:
    assert not dimmed_inside_a_story(line)


NEWSLETTER = (
    "The Quay Letter\n"
    "Subscribe\n"
    "Sign in\n\n"
    "The harbour's new berth is already late\n"
    "Documents show the contractor missed its first deadline by three months.\n"
    "Ravi Menon\n"
    "Nov 12, 2026\n\n"
    "The harbour board signed the £11m contract for the new berth in March last year.\n\n"
    "The Quay Letter is a reader-supported publication. To receive new posts, consider "
    "becoming a subscriber.\n\n"
    "Type your email…\n"
    "Subscribe\n\n"
    "The board said the berth would open by the summer, three months later than planned.\n\n"
    "Thanks for reading The Quay Letter! This post is public so feel free to share it.\n"
)


def test_a_newsletters_name_pitch_and_sign_off_are_dimmed() -> None:
    assert dimmed_passages(NEWSLETTER) == [
        "The Quay Letter\nSubscribe\nSign in",
        "Ravi Menon\nNov 12, 2026",
        "The Quay Letter is a reader-supported publication. To receive new posts, consider "
        "becoming a subscriber.\n\nType your email…\nSubscribe",
        "Thanks for reading The Quay Letter! This post is public so feel free to share it.",
    ]
    assert title_past_furniture(NEWSLETTER) == "The harbour's new berth is already late"


WORDPRESS_POST = (
    "Why our allotment waiting list is six years long\n\n"
    "{details}\n\n"
    "When I put my name down for a plot at Hollin Lane in 2019, the council told me to expect "
    "a wait of about two years.\n\n"
    "According to the council's figures, 412 people are waiting for 188 plots.\n"
)


@pytest.mark.parametrize(
    "details",
    [
        "Posted on 3 October 2026 by Ruth Bellamy · 14 Comments",
        "Posted on October 3, 2026 by Ruth Bellamy | Leave a comment",
        "Posted by Ruth Bellamy on October 3, 2026",
        "Posted by Ruth Bellamy in Allotments, Local News on 3 October 2026",
    ],
)
def test_a_wordpress_posts_date_writer_and_comments_are_dimmed_and_sign_and_date_it(
    details: str,
) -> None:
    post = WORDPRESS_POST.format(details=details)
    assert dimmed_passages(post) == [details]
    assert (byline_under_headline(post), date_under_headline(post)) == (
        "Ruth Bellamy",
        "2026-10-03",
    )


@pytest.mark.parametrize(
    "details",
    [
        "Posted on 3 October 2026 by the parish council",
        "Posted by the parish council on 3 October 2026",
    ],
)
def test_a_line_of_the_post_that_tells_who_posted_what_is_the_posts(details: str) -> None:
    post = WORDPRESS_POST.format(details=details)
    assert dimmed_passages(post) == []
    assert byline_under_headline(post) is None


def test_a_blogs_name_and_tagline_over_its_menu_and_the_post_are_dimmed() -> None:
    header = "Hollin Lane Plots\nNotes from a waiting list in Ashdale\n\nHome | About | Contact"
    post = f"{header}\n\n" + WORDPRESS_POST.format(
        details="Posted on 3 October 2026 by Ruth Bellamy"
    )
    assert dimmed_passages(post)[0] == header
    assert title_past_furniture(post) == "Why our allotment waiting list is six years long"


@pytest.mark.parametrize(
    "line", ["Hundreds of paid subscribers", "Over 12,000 subscribers", "2.4K subscribers"]
)
def test_a_newsletters_count_of_subscribers_is_dimmed(line: str) -> None:
    assert dimmed_inside_a_story(line)


@pytest.mark.parametrize(
    "line",
    [
        "Thousands of subscribers cancelled after the price rise.",
        "The paper now has 40,000 paid subscribers.",
    ],
)
def test_a_sentence_that_counts_subscribers_is_the_storys(line: str) -> None:
    assert not dimmed_inside_a_story(line)


def test_the_writers_name_over_the_follow_button_and_the_date_signs_the_post() -> None:
    assert byline_under_headline(POST) == "Ines Barros"


def test_a_publications_name_over_its_buttons_and_the_date_signs_nothing() -> None:
    post = POST.replace("Ines Barros\nTransit Notes", "Portmoor Gazette")
    assert byline_under_headline(post) is None
