"""A poll's share of those asked, written with no "of whom" ("68 per cent said", "Another 20%
said"), is a group of speakers named by its share, as "64% of drivers" is; a share in the
words someone said is no speaker."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

POLL = (
    "Voters back bypass\n\n"
    "A survey of 1,200 residents found strong support for the bypass. Some 68 per cent said they "
    "would vote for it. Another 20% said they had not decided.\n"
)


def test_a_bare_share_is_a_group_named_by_its_share(analysis_nlp: Language) -> None:
    kinds = {s.name: s.kind for s in run(analysis_nlp, POLL).speakers}
    assert kinds["Some 68 per cent"] is SpeakerKind.GROUP
    assert kinds["Another 20%"] is SpeakerKind.GROUP


def test_a_share_in_the_words_is_no_speaker(analysis_nlp: Language) -> None:
    text = "Rents climb\n\nRents rose 4% in March, the housing agency said.\n"
    speakers = [(s.name, s.kind) for s in run(analysis_nlp, text).speakers]
    assert speakers == [("the housing agency", SpeakerKind.ORGANISATION)]
