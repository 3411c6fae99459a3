"""Speaker phrases the tagger and the parser get wrong, on hand-built parses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers import mention_for
from newslens.analysis.syntax.names import phrase


def test_a_capitalised_subject_tagged_as_a_verb_is_a_name(analysis_nlp: Language) -> None:
    # "Trump this week also said …": the tagger read "Trump" as a verb and no entity
    # holds it; a subject is no verb, so it is a name, without the week hung on it.
    words = ["Trump", "this", "week", "also", "said", "it", "."]
    doc = Doc(
        analysis_nlp.vocab,
        words=words,
        pos=["VERB", "DET", "NOUN", "ADV", "VERB", "PRON", "PUNCT"],
        tags=["VB", "DT", "NN", "RB", "VBD", "PRP", "."],
        heads=[4, 2, 0, 4, 4, 4, 4],
        deps=["nsubj", "det", "npadvmod", "advmod", "ROOT", "dobj", "punct"],
        ents=["O", "B-DATE", "I-DATE", "O", "O", "O", "O"],
    )
    head = doc[0]
    mention = mention_for(head, phrase(doc, head, [-1] * len(doc), doc[4]))
    assert mention.name == "Trump"
    assert mention.kind is SpeakerKind.PERSON
