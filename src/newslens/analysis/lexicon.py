"""The reporting-verb lexicon, read from reporting_verbs.txt: lemma, stance and frame."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from newslens.analysis.model import Stance


@dataclass(frozen=True, slots=True)
class Verb:
    """A reporting verb: its stance and whether its object is reported too."""

    stance: Stance
    reports_object: bool


@lru_cache(maxsize=1)
def lexicons() -> tuple[dict[str, Verb], dict[str, Stance]]:
    """The reporting verbs (lemma → Verb) and reporting nouns (lemma → Stance)."""
    verbs: dict[str, Verb] = {}
    nouns: dict[str, Stance] = {}
    text = files("newslens.analysis").joinpath("reporting_verbs.txt").read_text("utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lemma, stance, frame = line.split()
            if frame == "noun":
                nouns[lemma] = Stance(stance)
            else:
                verbs[lemma] = Verb(Stance(stance), frame == "object")
    return verbs, nouns


def lexicon() -> dict[str, Verb]:
    """The reporting verbs (lemma → Verb) from reporting_verbs.txt."""
    return lexicons()[0]
