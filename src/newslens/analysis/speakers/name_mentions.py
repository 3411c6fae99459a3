"""A speaker phrase whose head is a name, read into a ``Mention``: the entity the name runs
over, the kind of speaker it names, and its words as written, without a person's titles or a
body's description ("Chief Constable Nadia Okoro", "grid operator E-Redes"), whether the entity
recogniser found the name (``_recognised_name``) or missed it (``_unrecognised_name``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.ages import _aged
from newslens.analysis.speakers.body_names import (
    _group_name_start,
    _name_past_its_word,
    _named_for_a_place,
    _named_with_its_s,
    _owner_in_name,
    firm_with_its_s,
)
from newslens.analysis.speakers.kinds import (
    _KIND_OF_LABEL,
    _acronym,
    _body_first,
    _body_noun,
    _called,
    _honoured,
    _kind_by_name,
    _lone_persons_name,
    _named_like_a_body,
    _titled,
    _written_alone,
)
from newslens.analysis.speakers.names import (
    _entity_of,
    _given_names_before,
    _name_over_and,
    _past_department,
    _title_before,
    name_run,
)
from newslens.analysis.speakers.phrases import Mention
from newslens.analysis.speakers.rankings import _ranking
from newslens.analysis.speakers.roles import (
    _before_a_name,
    _role_word,
    _royal,
    brokers_workplace,
)
from newslens.analysis.speakers.words import (
    _BODY_DESCRIPTORS,
    _COLLECTIVE_NOUNS,
    _FIRM_DESCRIPTORS,
    _FIRM_WORDS,
    _ORGANISATION_NOUNS,
    _ROLE_QUALIFIERS,
    _THINGS_IN_CAPITALS,
    LETTERS_AFTER_NAMES,
    MEMBERS_AFTER_NAMES,
    PARTIES_BEFORE_NAMES,
    TITLES,
)
from newslens.analysis.speakers.words_used_of import _described_by_which, _described_by_who
from newslens.analysis.syntax.names import _name_closing_opener, misread_surname
from newslens.analysis.syntax.text import span_text, words_text
from newslens.given_names import GIVEN_NAMES

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _capital_office(head: Token) -> bool:
    """Whether the head is an office written with a capital after "the"."""
    # "The Premier said", "the Taoiseach": an office written with a capital is still a role,
    # whatever the recogniser took it for.
    return _role_word(head.lower_) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )


def _entity_in_phrase(head: Token, phrase: SpacySpan) -> SpacySpan | None:
    """The entity the head is part of, from the phrase's start when the entity runs on
    from words before it."""
    entity = _entity_of(head)
    if (
        entity is not None
        and entity.start < phrase.start <= head.i < len(head.doc) - 1
        and _name_closing_opener(head.nbor()) == head
    ):
        # "the board of the Daily Ledger Ann Cole said", one entity to the recogniser: the
        # name, not the words it ran on from.
        entity = head.doc[phrase.start : entity.end]
    if entity is not None and entity.end > head.i + 1:
        # "said **Ann Lee**." is read as "said   Ann Lee  .": the recogniser may run the name
        # on over the spaces its closing marks leave, to the stop after them.
        end = next((t.i for t in entity[head.i + 1 - entity.start :] if t.is_space), entity.end)
        entity = head.doc[entity.start : end]
    return entity


def _recognised_name(head: Token, span: tuple[int, int], ent: SpacySpan | None) -> Mention | None:
    """The speaker a name the entity recogniser found names: a body named for a place, or a
    speaker of the kind the recogniser's label says, unless the words show another kind."""
    body = _named_for_a_place(head, ent)
    if body is not None:
        name = span_text(body)
        return Mention(span, head, name, SpeakerKind.ORGANISATION, name.lower())
    if ent is None or head.ent_type_ not in _KIND_OF_LABEL:
        return None
    ranking = {t.i for t in _ranking(head)}  # "world No 54 Marsh": no part of the name
    kind = _kind_of_a_recognised_name(head, ent, ranking)
    called = _body_noun(head, ent)  # "grid operator E-Redes", "budget airline Ryanair"
    # The name as written ("Lloyd-Evans"), without a person's titles, or a leading "the"
    # of another name ("the Treasury"; "General Motors" keeps its "General").
    start, end = ent.start, ent.end
    if len(ent) >= 2 and ent[0].lower_ in _BODY_DESCRIPTORS:
        # "Regulator Ofgem said" opening a sentence: the body, without its description.
        called, start = ent[0].lower_, start + 1
    elif (described := _description_run_in(ent)) is not None:
        called, start = described.lemma_, described.i + 1
    elif _body_first(ent):
        called = ent[0].lower_
        start += _written_alone(ent[1])
    if called:
        kind = SpeakerKind.ORGANISATION
    elif kind is SpeakerKind.PERSON:
        start = _given_names_before(ent)
    start = _recognised_name_start(head, ent, kind, ranking, start)
    while end > start + 1 and ent.doc[end - 1].text in ("’s", "'s"):
        end -= 1
    while kind is SpeakerKind.PERSON and end > start + 1 and _letters(ent.doc[end - 1]):
        end -= 1  # "Anna Bell KC": the barrister's rank is no part of her name
    if kind is SpeakerKind.ORGANISATION and start == ent.start:
        start = _owner_in_name(ent)
    name = words_text(ent.doc, start, end)
    plural = len(ent) == 1 and head.tag_ in ("NNS", "NNPS")
    if kind is SpeakerKind.PERSON and plural and not _lone_persons_name(head, ent):
        # "Schools would keep …" opening a sentence: no person; "Davies, a Democrat," is one
        kind = SpeakerKind.GROUP
    if len(ent) == 1 and firm_with_its_s(head):
        kind = SpeakerKind.ORGANISATION  # "Now Sainsbury's says …": a firm, as it writes it
    kind = _kind_by_name(name, kind)
    key = name.lower()
    if kind is SpeakerKind.ORGANISATION and _named_with_its_s(ent.doc[end - 1]):
        # "Marlow's" as the firm writes it, the same firm as "Marlow's chief executive"
        name = words_text(ent.doc, start, end + 1)
    return Mention(span, head, name, kind, key, called=called)


def _description_run_in(ent: SpacySpan) -> Token | None:
    """The noun saying what a firm is that the recogniser ran into its name: "airline" of
    "Budget airline Skyvolt", which is Skyvolt."""
    return next(
        (
            t
            for t in ent[:-1]
            if t.is_lower
            and t.pos_ == "NOUN"
            and t.lemma_ in _FIRM_DESCRIPTORS
            and t.nbor().text[:1].isupper()
        ),
        None,
    )


def _kind_of_a_recognised_name(head: Token, ent: SpacySpan, ranking: set[int]) -> SpeakerKind:
    """The kind of speaker a recognised name is: its label's, or a person's when the words
    around it say so."""
    # "Ursula von der Leyen", the surname taken for a place: the name is a person's.
    # Not "Devon" of "Devon and Cornwall Police": the first of two places a body is named for.
    a_persons = ent[0].ent_type_ == "PERSON" and (len(ent) < 2 or ent[1].lower_ not in ("and", "&"))
    kind = _KIND_OF_LABEL["PERSON" if a_persons else head.ent_type_]
    if kind is SpeakerKind.GROUP and _named_like_a_body(head, ent):
        kind = SpeakerKind.ORGANISATION
    # "Analysts at Peel Hunt": where analysts work is a firm, whatever the recogniser said.
    if kind is SpeakerKind.PERSON and (
        _acronym(head, ent)
        or _described_by_which(head)
        or brokers_workplace(head)
        or _firm_closing_a_sentence(head, ent)
    ):
        return SpeakerKind.ORGANISATION
    if kind is not SpeakerKind.PERSON and (
        _aged(head)
        or bool(ranking)  # "world No 54 Marsh": a player
        or _titled(ent)
        or _called(head)
        or _honoured(ent)
        or misread_surname(head)
        or _title_before(ent)
        or (len(ent) >= 3 and _before_a_name(ent[0]))  # "Nurse Obi Adeyemi said"
        or _lone_persons_name(head, ent)
        or _a_subject_described_by_who(head, ent)
    ):
        # "Jamal Price, 16, said", "Chief Constable Nadia Okoro", "Connolly said":
        # people, whatever the recogniser said
        kind = SpeakerKind.PERSON
    return kind


def _firm_closing_a_sentence(head: Token, ent: SpacySpan) -> bool:
    """Whether a name of two words, after its verb at the end of a sentence, opens with a
    firm's word (never a given name): "…, said Water Plus." is the firm, though the recogniser
    took it for a person's name."""
    first, doc = ent[0], head.doc
    return (
        first.lower_ in _FIRM_WORDS
        and len(ent) == 2
        and head.i == ent.end - 1
        and head.head.i < first.i
        and (head.i + 1 == len(doc) or doc[head.i + 1].text in (".", "!"))
    )


def _a_subject_described_by_who(head: Token, ent: SpacySpan) -> bool:
    """Whether a name is a subject set off by a "who" clause, a person's ("Kemal Arslan, who
    leads the union, said"): not a body's with its noun ("the Workers' Union, who …"), nor a
    place the clause may be about the people of ("Democrats on Capitol Hill, who …")."""
    return (
        head.dep_ in ("nsubj", "nsubjpass")
        and _described_by_who(head)
        and not any(t.lower_ in _ORGANISATION_NOUNS for t in ent)
    )


def _recognised_name_start(
    head: Token, ent: SpacySpan, kind: SpeakerKind, ranking: set[int], start: int
) -> int:
    """Where a recognised name starts, from ``start``: past a group's leading words, a
    player's ranking, a person's titles and party and a leading "the"."""
    if head.ent_type_ in ("NORP", "ORG") and start == ent.start:
        start = _group_name_start(ent)
    while start < ent.end - 1 and start in ranking:
        start += 1
    while start < ent.end - 1 and (
        (
            kind is SpeakerKind.PERSON
            and (_before_a_name(ent.doc[start]) or ent.doc[start].lower_ in PARTIES_BEFORE_NAMES)
            and not _royal(ent.doc[start])
        )
        or ent.doc[start].lower_ == "the"
    ):
        start += 1
    return start


def _written_as_a_name(head: Token, capital_office: bool) -> bool:
    """Whether the head is a name the entity recogniser missed."""
    pos = head.pos_
    # A capitalised subject the tagger took for a verb ("Trump this week said …") or an
    # adverb ("Kiely said …") is a name.
    misread = pos == "VERB" and head.dep_ in ("nsubj", "nsubjpass")
    named_word = pos == "PROPN" or misread or misread_surname(head)
    if not named_word or not head.text[:1].isupper():
        return False
    run = name_run(head)
    # "the Premier", "the Prime Minister": an office written with capitals, its qualifier too
    office = capital_office and all(t.lower_ in _ROLE_QUALIFIERS for t in run if t.i != head.i)
    # A release's "Company plans to …": its shorthand for the firm, read as "the company".
    return not (office or (len(run) == 1 and head.lower_ == "company"))


def _unrecognised_name(head: Token, span: tuple[int, int], entity: SpacySpan | None) -> Mention:
    """The speaker a name the entity recogniser missed names: its words as written, and its
    kind, most often a person's."""
    run = _name_over_and(name_run(head))
    start = _past_department(run)
    if start == run.start:
        start = _owner_in_name(run)  # "The Crohn's Society" the recogniser missed
    called = _body_noun(head, entity)
    if start < run.end - 1 and run.doc[start].lower_ in _BODY_DESCRIPTORS:
        called = run.doc[start].lower_
    elif _body_first(run):
        called = run[0].lower_
        start += _written_alone(run[1])
    # "the General Staff": a title before a people's word names their body, not someone
    staff = len(run) > 1 and run[-1].lower_ in _COLLECTIVE_NOUNS
    while (
        not staff
        and start < run.end - 1
        and (_before_a_name(run.doc[start]) or run.doc[start].lower_ in _BODY_DESCRIPTORS)
        and not _royal(run.doc[start])
        and not _titles_only(run.doc[start + 1 : run.end])
    ):
        start += 1
    # "the Conservative Martin Cole": a person's name starts at its given name
    start = next((t.i for t in run.doc[start : run.end - 1] if t.lower_ in GIVEN_NAMES), start)
    named_for = _body_named_for(head, run)
    name = words_text(run.doc, start, _name_past_its_word(head) or named_for or run.end)
    kind = _kind_of_an_unrecognised_name(head, run)
    if called or named_for or staff:
        kind = SpeakerKind.ORGANISATION
    kind = _kind_by_name(name, kind)
    return Mention(span, head, name, kind, name.lower(), called=called)


def _body_named_for(head: Token, run: SpacySpan) -> int | None:
    """Where a body's name ends that is a word, then "for" or "of" and a place or a name, as
    "Transport for Wales" or "Citizens of Somerset" speak: no person is called so, but the
    holder of an office is ("Mayor of London", "Duke of Kent") and a person named in full may
    be placed so ("Ada Rees of Leeds"); None for those and for any other name."""
    if any(t.lower_ in GIVEN_NAMES or _before_a_name(t) for t in run):
        return None
    return _name_past_its_word(head, frozenset([head.lower_]))


def _kind_of_an_unrecognised_name(head: Token, run: SpacySpan) -> SpeakerKind:
    """A person, unless the name holds a number, is a plural, or is one word opening a
    sentence that says nothing."""
    # "the 13th Amendment", "Proposition 8": a person's name holds no number; a player's
    # ranking ("world No 54 Marsh") is no part of the name.
    ranking = {t.i for t in _ranking(head)}
    words = [t for t in [*run, *head.lefts] if t.i not in ranking]
    numbered = any(t.like_num or any(c.isdigit() for c in t.text) for t in words)
    # "Norovirus was a possibility": one capitalised word opening a sentence, that the
    # recogniser did not take for anyone and that says nothing, may be any word.
    unknown_word = (
        head.pos_ == "PROPN"
        and len(run) == 1
        and head.is_sent_start
        and not head.ent_type_
        and head.head.lemma_.lower() not in lexicon()
    )
    thing = head.lower_ in _THINGS_IN_CAPITALS  # "Ancient DNA reveals …"
    kind = SpeakerKind.UNKNOWN if numbered or unknown_word or thing else SpeakerKind.PERSON
    if _acronym(head, run) or _described_by_which(head):
        kind = SpeakerKind.ORGANISATION  # "according to LSEG data"
    if head.tag_ == "NNPS":
        kind = SpeakerKind.GROUP  # "Schools would keep …": a plural names no one person
    return kind


def _titles_only(words: SpacySpan) -> bool:
    """Whether words are all titles, with no name after them: "Minister" of "The Prime
    Minister said", which is the prime minister, not a minister."""
    return all(t.lower_ in TITLES for t in words)


def _letters(word: Token) -> bool:
    """Whether a word is letters written after a person's name: "KC", "OBE", "MP"."""
    return word.lower_ in LETTERS_AFTER_NAMES or word.lower_ in MEMBERS_AFTER_NAMES
