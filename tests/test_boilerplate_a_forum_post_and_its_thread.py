"""A forum post copied with its page (Reddit's): the forum's name, "Posted by u/…" and how
long ago over the post's title, its buttons under it, and from "Sort by: Best" on the
thread of replies, which are readers' words. The post's title titles the text."""

from __future__ import annotations

from pathlib import Path

from newslens.sources import load_article

from .dimmed import dimmed_passages

POST = """r/Porthaven
Posted by u/harbourwatcher
3 hr. ago

Council confirms the north quay car park will close for a year from January

Got a letter through the door today. The council says the car park is closing so the quay wall can be rebuilt, and the work will take about twelve months.

Anyone know if the Saturday market is moving?

142
Share
Save
Report

Sort by: Best

ferryfan22
· 2 hr. ago
The market is moving to the green, it was in last week's Post.

12
Reply
"""


def test_the_forums_furniture_and_the_thread_are_dimmed(tmp_path: Path) -> None:
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    title = "Council confirms the north quay car park will close for a year from January"
    assert load_article(str(path)).title == title
    dimmed = dimmed_passages(POST)
    assert dimmed[0] == "r/Porthaven\nPosted by u/harbourwatcher\n3 hr. ago"
    assert dimmed[-1].startswith("142\nShare") and dimmed[-1].endswith("Reply")
    assert "market is moving to the green" in dimmed[-1]
    assert not any("Got a letter" in passage for passage in dimmed)
