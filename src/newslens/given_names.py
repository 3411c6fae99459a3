"""Given names that mark a person's sex in news English, read from given_names.txt: shared by
the analysis (whom a pronoun may stand for) and the reading of a page's head (whether a short
line under a kicker is a writer's name or a headline)."""

from __future__ import annotations

from newslens.word_lists import word_sections_of

_LISTS = word_sections_of("newslens", "given_names.txt")
FEMALE_NAMES = _LISTS["female_names"]
MALE_NAMES = _LISTS["male_names"]
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
