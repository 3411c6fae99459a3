"""Whether a line names a newsletter (``reads_as_masthead_name``) or is its masthead by its own
words: its name and the day's date ("THE MORNING BRIEF | Tuesday 3 March 2026"), or its issue
and month ("December 2026 | Issue 48")."""

from __future__ import annotations

import re

from newslens.boilerplate.dates import _MONTH_NAME

# A newsletter's masthead, its name and the day's date: "THE MORNING BRIEF | Tuesday 3 March 2026".
# A headline may be dated so too; see _is_dated_masthead.
_MASTHEAD = re.compile(
    r"""^(?P<name>[^|\n]{2,60}?)\s[|•·–—-]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?
        (?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# What names a newsletter rather than tells a story: a word for one ("THE MORNING BRIEF",
# "Daily Bulletin", "The Quayside Letter") or an issue's number ("Issue 112", "No. 45").
_MASTHEAD_NAME = re.compile(
    r"\b(?:brief(?:ing)?|bulletin|(?:news)?letter|digest|dispatch|round-?up|edition|daily|weekly"
    r"|monthly|memo|wrap|catch-?up|playbook|insider|notebook|update)s?\b"
    r"|(?:\bissue|\bno\.|\bvol(?:ume)?\.?|\#)\s*\d+",
    re.IGNORECASE,
)


def _is_named_masthead(line: str) -> bool:
    dated = _dated(line)
    return (
        dated is not None and reads_as_masthead_name(dated.group("name"))
    ) or _ISSUE_LINE.fullmatch(line) is not None


# A newsletter's issue and its month or day, with no name: "December 2026 | Issue 48", "Issue
# 48 · 4 December 2026".
_ISSUE = r"(?:issue|no\.|vol(?:ume)?\.?|\#)\s*\d+"
_ISSUE_DATE = rf"(?:\d{{1,2}}\s+)?(?:{_MONTH_NAME})\.?(?:\s+\d{{1,2}},?)?\s+\d{{4}}"
_ISSUE_LINE = re.compile(
    rf"{_ISSUE_DATE}\s+[|•·–—-]\s+{_ISSUE}|{_ISSUE}\s+[|•·–—-]\s+{_ISSUE_DATE}", re.I
)


def _dated(line: str) -> re.Match[str] | None:
    """A name and a date after it, as a masthead has; only a line that ends with the year's
    digit is matched against the pattern, which most lines of a long article are not."""
    return _MASTHEAD.match(line) if line[-1:].isdigit() else None


def reads_as_masthead_name(line: str) -> bool:
    """Whether a line names a newsletter ("THE MORNING BRIEF", "Issue 112") rather than
    tells a story."""
    return _MASTHEAD_NAME.search(line) is not None
