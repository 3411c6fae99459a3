"""Given names in news English, read from given_names.txt: those that mark a person's sex,
by which the analysis tells whom a pronoun may stand for, and with those borne by either sex,
by which a page's head tells a writer's name under a kicker from a short headline."""

from __future__ import annotations

from newslens.word_lists import word_sections_of

_LISTS = word_sections_of("newslens", "given_names.txt")
FEMALE_NAMES = _LISTS["female_names"]
MALE_NAMES = _LISTS["male_names"]
GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
# Every given name, those of either sex too: whether a word is a name, never whose.
ANY_GIVEN_NAMES = GIVEN_NAMES | _LISTS["shared_names"]
