"""The word lists the claims read, from claim_words.txt: each list by its name, and
"topics" and "public_nouns" made from them (:func:`word_lists`).
"""

from __future__ import annotations

from functools import lru_cache

from newslens.analysis.lexicon import word_sections


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """The word lists of claim_words.txt, by name, and "topics": the policy lists together."""
    lists = dict(word_sections("claim_words.txt"))
    others = frozenset().union(
        *(lists[name] for name in ("economy", "security", "welfare", "environment", "measurable"))
    )
    lists["topics"] = others | lists["public"]
    # The words of public business that name it only as nouns: "the deal", "the Act", "health
    # care"; "deal with", "act now", "care about" are verbs that name nothing public.
    lists["public_nouns"] = lists["public"] - others
    return lists
