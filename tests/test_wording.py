"""Counts read as English: "1 claim", never "1 claims" or "claim(s)"."""

from __future__ import annotations

from newslens.wording import counted


def test_one_is_singular_and_every_other_count_plural() -> None:
    assert counted(1, "claim") == "1 claim"
    assert counted(0, "claim") == "0 claims"
    assert counted(3, "annotation") == "3 annotations"
