"""A post copied from a blogging platform brings the topics it is tagged with, one a line between
its last paragraph and the platform's furniture under it ("Written by …"). They are dimmed; a
story's own last short lines are not: a list under a heading or a colon, a sign-off, or short
lines with nothing of the page's under them. After the post's end (the counts of its claps and
responses, a "More from …") its tags may share one line, and the box on its writer (name,
followers, a bio ending with the "Follow" button) is dimmed with them."""

from __future__ import annotations

from .dimmed import dimmed_passages

STORY = (
    "Why the county's bus cuts will cost more than they save\n\n"
    "The county plans to withdraw six rural bus routes in April to save £1.1m a year.\n\n"
    "Its own survey found that 40% of passengers on those routes travel to work.\n\n"
)
PAGE_UNDER = (
    "\n\n1.4K\n\n"
    "27\n\n"
    "Written by Ines Barros\n"
    "1.1K Followers\n"
    "Transport researcher. I count buses so you can catch them.\n\n"
    "Follow\n"
)


def _dimmed(text: str, lines: str) -> bool:
    return any(lines in passage for passage in dimmed_passages(text))


def test_the_topics_a_post_is_tagged_with_are_dimmed() -> None:
    tags = "Public Transport\nLocal Government\nBuses\nRural Life"
    text = STORY + tags + PAGE_UNDER
    assert _dimmed(text, tags)
    assert not _dimmed(text, "Its own survey found")


def test_a_list_of_points_under_a_colon_stays_the_storys() -> None:
    points = "Route 14\nRoute 22\nRoute 31"
    text = STORY + "The routes to go are:\n\n" + points + PAGE_UNDER
    assert not _dimmed(text, points)


def test_a_list_under_a_heading_stays_the_storys() -> None:
    points = "Fewer Buses\nLonger Waits"
    text = STORY + "What Changes in April\n\n" + points + PAGE_UNDER
    assert not _dimmed(text, points)


def test_a_sign_off_stays_the_storys() -> None:
    after_a_comma = STORY + "See you on the number 14,\n\nInes Barros\nTransit Notes" + PAGE_UNDER
    assert not _dimmed(after_a_comma, "Ines Barros\nTransit Notes")
    named_above = (
        "By Ines Barros\n\n" + STORY + "Ines Barros\nPortmoor" + PAGE_UNDER.replace("Ines", "Jo")
    )
    assert not _dimmed(named_above, "Ines Barros\nPortmoor")


def test_short_lines_that_end_the_text_stay_the_storys() -> None:
    text = STORY + "Public Transport\nLocal Government\n"
    assert not _dimmed(text, "Public Transport")


def test_lines_that_read_as_a_sentence_are_no_tags() -> None:
    lines = "The buses stop\nin April"
    text = STORY + lines + PAGE_UNDER
    assert not _dimmed(text, "The buses stop")


ENDING = "If we want to know who decided, we should read the minutes and follow the money."
POST = (
    "Why the county's bus cuts will cost more than they save\n\n"
    "The county plans to withdraw six rural bus routes in April to save £1.1m a year.\n\n"
    f"{ENDING}\n\n"
)
WRITER_BOX = "Ines Barros\n1.1K Followers\nTransport researcher in Portmoor. Follow"


def test_one_line_of_tags_and_the_writers_box_after_the_posts_end_are_dimmed() -> None:
    tags = "Buses Transport Rural Life"
    text = f"{POST}1.4K\n\n27\n\n{tags}\n\n{WRITER_BOX}\n"
    assert dimmed_passages(text)[-1] == f"1.4K\n\n27\n\n{tags}\n\n{WRITER_BOX}"
    assert not _dimmed(text, ENDING)


def test_a_writers_bio_on_its_own_under_the_followers_is_dimmed() -> None:
    text = (
        f"{POST}Written by Ines Barros\n\n1.1K Followers\n\n"
        "Transport researcher in Portmoor. Follow\n\nMore from Ines Barros\n"
    )
    assert _dimmed(text, "Transport researcher in Portmoor. Follow")
    assert not _dimmed(text, ENDING)


def test_one_short_line_under_the_last_sentence_with_no_posts_end_stays() -> None:
    text = f"{POST}Public Transport Buses\n\n{WRITER_BOX}\n"
    assert _dimmed(text, WRITER_BOX)
    assert not _dimmed(text, "Public Transport Buses")


def test_tags_whose_word_opens_a_sentence_of_the_story_are_dimmed() -> None:
    # "Climate" opening a sentence is the story's word, not a heading the tags repeat.
    story = STORY + "Climate campaigners say more people will drive once the buses go.\n\n"
    tags = "Climate\nBuses\nRural Life"
    text = story + tags + PAGE_UNDER
    assert _dimmed(text, tags)
    assert not _dimmed(text, "Climate campaigners say")


def test_last_lines_that_repeat_the_storys_headings_stay_the_storys() -> None:
    text = (
        "Why the county's bus cuts will cost more than they save\n\n"
        "Fewer Buses\n\n"
        "The county plans to withdraw six rural bus routes in April to save £1.1m a year.\n\n"
        "Longer Waits\n\n"
        "Its own survey found that 40% of passengers on those routes travel to work.\n\n"
        "Fewer Buses\nLonger Waits" + PAGE_UNDER
    )
    assert not _dimmed(text, "Fewer Buses\nLonger Waits")


def test_the_tags_under_suggested_topics_are_dimmed() -> None:
    tags = "Suggested Topics:\nPublic Transport\nBuses"
    text = STORY + tags + "\n"
    assert dimmed_passages(text) == [tags]


def test_a_sentence_on_suggested_topics_stays_the_storys() -> None:
    text = STORY + "The suggested topics were housing and transport, she said.\n"
    assert dimmed_passages(text) == []
