"""A poll's share of those asked, written with no "of whom" ("68 per cent said", "Another 20%
said"), is a group of speakers named by its share, as "64% of drivers" is; a share in the
words someone said is no speaker. A share is one speaker however "per cent" is written ("68%",
"68 per cent"), and neither another share ("8%") nor a count ("68 said"). A poll or a survey of people ("A poll of 1,200 residents
found") speaks for them, a group, where a study of patients is no one's view."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run, words

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


def test_a_poll_of_people_speaks_for_them_as_a_group(analysis_nlp: Language) -> None:
    text = (
        "Bypass divides town\n\n"
        "A poll of 1,200 residents found that most oppose the bypass. A ballot of union "
        "members found that most backed a strike. A study of 300 patients found that most "
        "recovered within a month.\n"
    )
    kinds = {s.name: s.kind for s in run(analysis_nlp, text).speakers}
    assert kinds == {
        "A poll of 1,200 residents": SpeakerKind.GROUP,
        "A ballot of union members": SpeakerKind.GROUP,
        "A study of 300 patients": SpeakerKind.UNKNOWN,
    }


def test_a_share_is_one_speaker_however_per_cent_is_written(analysis_nlp: Language) -> None:
    text = (
        "Voters back bypass\n\n"
        "A survey of 1,200 residents found strong support for the bypass. 68% said they would "
        "vote for it. 8% said they had not decided. 68 per cent said they wanted the road "
        "built this year. Of the 90 councillors asked, 68 said they backed it.\n"
    )
    said_by: dict[str | None, list[str]] = {}
    for quote in run(analysis_nlp, text).quotes:
        said_by.setdefault(quote.speaker_key, []).append(words(text, quote))
    assert sorted(said_by.values()) == [
        ["strong support for the bypass"],
        ["they backed it"],
        ["they had not decided"],
        ["they would vote for it", "they wanted the road built this year"],
    ]
