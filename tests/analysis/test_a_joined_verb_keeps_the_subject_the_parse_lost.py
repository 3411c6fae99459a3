"""Names the parse hung on the phrase before their verb ("…, Lund and Okafor call them …")
speak for the verb joined to it by "and" ("… and describe …") as much as for the first."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_joined_verb_has_the_first_verbs_speaker(analysis_nlp: Language) -> None:
    text = (
        "When hackers are exposed as members of the third wing of the hostile foreign cyber "
        'war, Lund and Okafor call them "stray kids" and describe their attacks as pranks '
        "rather than acts of espionage.\n"
    )
    speakers = {words: speaker for speaker, _, words in said(text, run(analysis_nlp, text))}
    first = speakers['"stray kids"']
    assert first is not None
    assert speakers["their attacks as pranks rather than acts of espionage"] == first
