"""A speaker phrase read into a ``Mention`` (``mention_for``): the name it gives and its key,
its kind, whether it is a pronoun or a role noun still to resolve ("he", "the spokesman"), names
joined by "and" ("Jon Tester and Ron Wyden", "Marks and Spencer"), and the name set beside a
role ("the mayor, Helga Marquardt")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import SpeakerKind
from newslens.analysis.speakers.beside import _a_person_beside, _name_after_place, _named_member
from newslens.analysis.speakers.joined import _named_with, _one_body_of_two_names
from newslens.analysis.speakers.kinds import (
    _KIND_OF_LABEL,
    _aged,
    _body_first,
    _body_noun,
    _called,
    _honoured,
    _kind_by_name,
    _kind_of_part,
    _lone_persons_name,
    _named_like_a_body,
    _people_opening,
    _plural_name,
    _rank_number,
    _ranking,
    _research_paper,
    _the_aged,
    _titled,
    _written_alone,
)
from newslens.analysis.speakers.names import (
    _entity_of,
    _given_names_before,
    _group_name_start,
    _holder,
    _name_before_a_piece,
    _name_over_and,
    _name_past_its_body_word,
    _named_for_a_place,
    _named_with_its_s,
    _owner_in_name,
    _past_department,
    _title_before,
    name_run,
    name_start,
)
from newslens.analysis.speakers.phrases import Mention, _phrase_key, _unwrapped
from newslens.analysis.speakers.roles import (
    _before_a_name,
    _described,
    _description,
    _role_of_a_body,
    _role_word,
    _royal,
    headline_role,
    person_word,
)
from newslens.analysis.speakers.words import (
    _BODIES_BY_NOUN,
    _BODY_DESCRIPTORS,
    _COLLECTIVE_NOUNS,
    _ORGANISATION_NOUNS,
    _PERSON_ENDINGS,
    _PERSON_NOUNS,
    _PRONOUNS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVES,
    TITLES,
    WRITER_PRONOUNS,
)
from newslens.analysis.syntax.names import (
    GIVEN_NAMES,
    _name_closing_opener,
    misread_surname,
    name_with_its_mark,
)
from newslens.analysis.syntax.text import span_text, words_text

if TYPE_CHECKING:
    from spacy.tokens import Token


def mention_for(head: Token, phrase: SpacySpan) -> Mention:
    """Describe the speaker phrase ``phrase`` whose syntactic head is ``head``.

    Names joined by "and" ("Mayor Lisa Brown and Councillor Tom Hale said") are one
    speaker of their own, the pair, whom a later "they" may stand for.
    """
    mention = _mention(head, phrase)
    if "\n" in mention.name:
        mention = _unwrapped(mention)
    joined = any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in head.children)
    # "Marks and Spencer says": a name the tagger may take for a plural noun
    named = head.pos_ == "PROPN" or (head.tag_ == "NNS" and head.is_title)
    if not joined or not named or not mention.resolved:
        return mention
    # "Barnes & Noble", "Health and Human Services": a partner inside the name is the name.
    entity = _entity_of(head)
    partners = [
        c
        for c in head.conjuncts
        if c.i > head.i
        and c.pos_ == "PROPN"
        and c.dep_ == "conj"
        and (entity is None or c.i >= entity.end)
    ]
    if not partners:
        return mention
    whole = next((p for p in partners if _named_with(p, head)), None)
    if whole is not None:
        return replace(_mention(whole, phrase), span=mention.span)  # "Devon and Cornwall Police"
    if len(partners) == 1 and _one_body_of_two_names(head, partners[0], mention):
        name = words_text(head.doc, name_start(head), partners[0].i + 1)
        kind = SpeakerKind.ORGANISATION
        return Mention(mention.span, head, name, kind, name.lower(), called=mention.called)
    if head.pos_ != "PROPN":
        return mention
    others = [_mention(p, name_run(p)) for p in partners]
    names = [mention.name, *(m.name for m in others)]
    name = ", ".join(names[:-1]) + " and " + names[-1]
    key = " and ".join([mention.key, *(m.key for m in others)])
    return Mention(mention.span, head, name, SpeakerKind.GROUP, key, members=(mention, *others))


def _mention(head: Token, phrase: SpacySpan) -> Mention:
    span = (phrase.start_char, phrase.end_char)
    lower, pos = head.lower_, head.pos_  # read once: each read builds a new string
    clause = head.head
    if (
        lower in RELATIVES
        and clause.dep_ == "relcl"
        and clause.head.pos_ in ("NOUN", "PROPN", "PRON")
        and not name_with_its_mark(head)  # "The consumer group Which? said": the group's name
    ):
        # "Mr. Kamin, who emphasized that …": the mention is "who", the speaker Mr. Kamin.
        noun = clause.head
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            noun = noun.head  # "Felix Underwood, a security researcher who said …": him
            return replace(mention_for(noun, name_run(noun)), span=span, salient=False)
        described = mention_for(noun, noun.doc[noun.left_edge.i : noun.i + 1])
        return replace(described, span=span)
    captioned = _name_before_a_piece(head)
    if captioned is not None:
        # "President Obama Speech at the Summit": the speech is his, the name ends before it.
        return replace(mention_for(captioned, name_run(captioned)), span=span)
    # The name set beside the head ("the mayor, Helga Marquardt"), that several readings take.
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if lower in TITLES and named is not None and named.i > head.i:
        # "Transport Minister Tmt. R. Lakshmi", parsed as the title with the name beside it
        return _a_person_beside(replace(mention_for(named, name_run(named)), span=span), head)
    office = _holder(head)
    if office is not None:
        # "Minister of Finance Enoch Godongwana": the name says who.
        return replace(mention_for(office, name_run(office)), span=span)
    part = _kind_of_part(head)
    if named is not None and (
        part is not SpeakerKind.UNKNOWN
        or (
            named.i > head.i
            and named.ent_type_ == "PERSON"
            and head.ent_type_ not in ("", "PERSON")
            and headline_role(head)
        )
    ):
        # "one of the family's lawyers, Justin Bamberg", and "A GP, Ravi Mehta" with the
        # initialism taken for a body's name: the name says who.
        return replace(mention_for(named, name_run(named)), span=span)
    if part is not SpeakerKind.UNKNOWN:
        # "some of the drivers": someone of a named whole, not a pronoun to resolve.
        tokens = [t for t in phrase if not t.is_space and not t.is_punct]
        name = span_text(phrase).strip(" ,")
        return Mention(span, head, name, part, " ".join(t.lower_ for t in tokens) or lower)
    doc = head.doc
    age = _the_aged(head)
    if age is not None:
        # '"…," the 34-year-old said': the person named before, as "the coach" is.
        name = span_text(age)
        return Mention(span, head, name, SpeakerKind.PERSON, name.lower(), False)
    number = _rank_number(head)
    if number is not None:
        last = number.i + 1
        if last < len(doc) and doc[last].pos_ == "PROPN":
            # "said world No 3 Marsh", parsed with "world" for the subject: the player.
            while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
                last += 1
            return replace(mention_for(doc[last], name_run(doc[last])), span=span)
        if named is not None:
            return replace(mention_for(named, name_run(named)), span=span)  # "the world No 7, X"
        # '"…," the world No 12 said': the player named before, as "the coach" is.
        return Mention(span, head, span_text(phrase).strip(" ,"), SpeakerKind.PERSON, lower, False)
    end = head.i + 2 if name_with_its_mark(head) else head.i + 1
    # "consumer group Which? said", '"…," Which? said' or "according to Which?", a question
    # that says nothing: a body's name the tagger read as a word.
    titled_word = pos == "PRON" and head.is_title
    said_by = head.dep_ == "nsubj" and clause.lemma_.lower() in lexicon()
    according = head.dep_ == "pobj" and clause.lower_ == "to" and clause.head.lower_ == "according"
    if titled_word and (
        (not head.is_sent_start and _body_noun(head, _entity_of(head)))
        or (end > head.i + 1 and (said_by or according))
    ):
        name = words_text(doc, head.i, end)
        return Mention(span, head, name, SpeakerKind.ORGANISATION, name.lower())
    if pos == "PRON" and named is not None and named.i > head.i:
        # "Another, Sam Cole, replied": the name says who.
        return replace(mention_for(named, name_run(named)), span=span)
    if lower in WRITER_PRONOUNS:
        # "We asked her …", "I met him in 2019": a speaker is never inside quotation marks, so
        # this is the writer, the same one each time, and nobody a later "she" stands for.
        return Mention(span, head, head.text, SpeakerKind.PERSON, lower, antecedent=False)
    if pos == "PRON" or lower in _PRONOUNS:
        kind = (
            SpeakerKind.PERSON
            if lower in PERSON_PRONOUNS
            else SpeakerKind.GROUP
            if lower in GROUP_PRONOUNS
            else SpeakerKind.UNKNOWN
        )
        return Mention(span, head, head.text, kind, lower, resolved=False)
    if (
        head.ent_type_ == "NORP"
        and head.tag_ == "NNP"
        and _the_one(phrase, head)
        and not _plural_name(head)
    ):
        # '"…," the Swede said': the player named before, as "the veteran coach" is; but
        # "the Greens said" is a party speaking, whatever number the tagger gave it.
        return Mention(span, head, span_text(phrase).strip(" ,"), SpeakerKind.PERSON, lower, False)
    member = _named_member(head, phrase)
    if member is not None:
        # "The Institute for Fiscal Studies director, Paul Hendry": the body's person.
        return replace(mention_for(member, name_run(member)), span=span)
    if _people_opening(head):
        return Mention(
            span, head, span_text(phrase).strip(" ,"), SpeakerKind.GROUP, _phrase_key(phrase)
        )
    # "The Premier said", "the Taoiseach": an office written with a capital is still a role,
    # whatever the recogniser took it for.
    capital_office = _role_word(head.lower_) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children
    )
    entity = _entity_of(head)
    if (
        entity is not None
        and entity.start < phrase.start <= head.i < len(head.doc) - 1
        and _name_closing_opener(head.nbor()) == head
    ):
        # "the board of the Daily Ledger Ann Cole said", one entity to the recogniser: the
        # name, not the words it ran on from.
        entity = head.doc[phrase.start : entity.end]
    ent = None if capital_office and entity is not None and len(entity) == 1 else entity
    body = _named_for_a_place(head, ent)
    if body is not None:
        name = span_text(body)
        return Mention(span, head, name, SpeakerKind.ORGANISATION, name.lower())
    if ent is not None and head.ent_type_ in _KIND_OF_LABEL:
        ranking = {t.i for t in _ranking(head)}  # "world No 54 Marsh": no part of the name
        # "Ursula von der Leyen", the surname taken for a place: the name is a person's.
        # Not "Devon" of "Devon and Cornwall Police": the first of two places a body is named for.
        a_persons = ent[0].ent_type_ == "PERSON" and (
            len(ent) < 2 or ent[1].lower_ not in ("and", "&")
        )
        kind = _KIND_OF_LABEL["PERSON" if a_persons else head.ent_type_]
        if kind is SpeakerKind.GROUP and _named_like_a_body(head, ent):
            kind = SpeakerKind.ORGANISATION
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
        ):
            # "Jamal Price, 16, said", "Chief Constable Nadia Okoro", "Connolly said":
            # people, whatever the recogniser said
            kind = SpeakerKind.PERSON
        called = _body_noun(head, entity)  # "grid operator E-Redes", "budget airline Ryanair"
        # The name as written ("Lloyd-Evans"), without a person's titles, or a leading "the"
        # of another name ("the Treasury"; "General Motors" keeps its "General").
        start, end = ent.start, ent.end
        if len(ent) >= 2 and ent[0].lower_ in _BODY_DESCRIPTORS:
            # "Regulator Ofgem said" opening a sentence: the body, without its description.
            called, start = ent[0].lower_, start + 1
        elif _body_first(ent):
            called = ent[0].lower_
            start += _written_alone(ent[1])
        if called:
            kind = SpeakerKind.ORGANISATION
        elif kind is SpeakerKind.PERSON:
            start = _given_names_before(ent)
        if head.ent_type_ == "NORP" and start == ent.start:
            start = _group_name_start(ent)
        while start < end - 1 and start in ranking:
            start += 1
        while start < end - 1 and (
            (
                kind is SpeakerKind.PERSON
                and _before_a_name(ent.doc[start])
                and not _royal(ent.doc[start])
            )
            or ent.doc[start].lower_ == "the"
        ):
            start += 1
        while end > start + 1 and ent.doc[end - 1].text in ("’s", "'s"):
            end -= 1
        if kind is SpeakerKind.ORGANISATION and start == ent.start:
            start = _owner_in_name(ent)
        name = words_text(ent.doc, start, end)
        if kind is SpeakerKind.PERSON and len(ent) == 1 and head.tag_ in ("NNS", "NNPS"):
            kind = SpeakerKind.GROUP  # "Schools would keep …" opening a sentence: no person
        kind = _kind_by_name(name, kind)
        key = name.lower()
        if kind is SpeakerKind.ORGANISATION and _named_with_its_s(ent.doc[end - 1]):
            # "Marlow's" as the firm writes it, the same firm as "Marlow's chief executive"
            name = words_text(ent.doc, start, end + 1)
        return Mention(span, head, name, kind, key, called=called)
    # A capitalised subject the tagger took for a verb ("Trump this week said …") or an
    # adverb ("Kiely said …") is a name.
    misread = pos == "VERB" and head.dep_ in ("nsubj", "nsubjpass")
    named_word = pos == "PROPN" or misread or misread_surname(head)
    if named_word and head.text[:1].isupper() and not (capital_office and len(name_run(head)) == 1):
        # A name the entity recogniser missed ("Mayor Ana Ruiz"): most speakers are people.
        if named is not None and named.i > head.i:
            # "Aldermouth's MP, Sian Lloyd-Evans": the name, not the title.
            return replace(mention_for(named, name_run(named)), span=span)
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
        while (
            start < run.end - 1
            and (_before_a_name(run.doc[start]) or run.doc[start].lower_ in _BODY_DESCRIPTORS)
            and not _royal(run.doc[start])
            and not _titles_only(run.doc[start + 1 : run.end])
        ):
            start += 1
        # "the Conservative Martin Cole": a person's name starts at its given name
        start = next((t.i for t in run.doc[start : run.end - 1] if t.lower_ in GIVEN_NAMES), start)
        name = words_text(run.doc, start, _name_past_its_body_word(head) or run.end)
        # "the 13th Amendment", "Proposition 8": a person's name holds no number; a player's
        # ranking ("world No 54 Marsh") is no part of the name.
        ranking = {t.i for t in _ranking(head)}
        words = [t for t in [*run, *head.lefts] if t.i not in ranking]
        numbered = any(t.like_num or any(c.isdigit() for c in t.text) for t in words)
        # "Norovirus was a possibility": one capitalised word opening a sentence, that the
        # recogniser did not take for anyone and that says nothing, may be any word.
        unknown_word = (
            pos == "PROPN"
            and len(run) == 1
            and head.is_sent_start
            and not head.ent_type_
            and head.head.lemma_.lower() not in lexicon()
        )
        kind = SpeakerKind.UNKNOWN if numbered or unknown_word else SpeakerKind.PERSON
        if head.tag_ == "NNPS":
            kind = SpeakerKind.GROUP  # "Schools would keep …": a plural names no one person
        if called:
            kind = SpeakerKind.ORGANISATION
        kind = _kind_by_name(name, kind)
        return Mention(span, head, name, kind, name.lower(), called=called)
    if named is None:
        named = _name_after_place(head, phrase)
    if named is not None:
        # "Their singer, Dev Holloway", "the mayor, Helga Marquardt": the name says who.
        mention = replace(mention_for(named, name_run(named)), span=span)
        body_word = head.lemma_.lower()
        if body_word in _BODIES_BY_NOUN:
            # "The airline, Skyway, said", "the charity, Helpline,": the noun says it is a
            # body, whatever the recogniser took its name for.
            return replace(
                mention, kind=SpeakerKind.ORGANISATION, called=mention.called or body_word
            )
        return _a_person_beside(mention, head)
    # A common-noun phrase: "the leader of the legion", "Ukrainian forces", "the spokesman".
    tokens = [t for t in phrase if not t.is_space]
    name = span_text(phrase).strip(" ,")
    many = head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() in _COLLECTIVE_NOUNS
    owner = next((c.lower_ for c in head.children if c.dep_ == "poss"), "")
    people = person_word(head) or head.lemma_.lower() in _COLLECTIVE_NOUNS
    if owner in ("its", "their") and people:
        # "Its spokeswoman said", "its analysts said": people of the body "its" stands for.
        pronoun = "it" if owner == "its" else "they"
        kind = SpeakerKind.GROUP if many else SpeakerKind.UNKNOWN
        return Mention(span, head, name, kind, pronoun, resolved=False)
    if many:
        kind = SpeakerKind.GROUP
    elif _role_word(head.lower_):
        # "the spokesman" stands for someone named before; "a spokesman" and "the leader of
        # the legion" are someone of their own.
        short = len(tokens) <= 2 or (
            len(tokens) == 3
            and tokens[0].lower_ == "the"
            # "the chief executive", "the veteran coach", "the defence lawyer"; not "the
            # Republican nominee" or "the Ashfield captain", described below
            and tokens[1].text.islower()
            and (tokens[1].pos_ in ("NOUN", "ADJ") or _described(head.lower_))
        )
        if short and tokens[0].lower_ not in ("a", "an", "another", "one"):
            return Mention(span, head, name, SpeakerKind.PERSON, lower, resolved=False)
        epithet = len(tokens) == 4 and tokens[1].lower_ == "former" and tokens[2].pos_ == "PROPN"
        if tokens[0].lower_ == "the" and (_role_of_a_body(head) or epithet):
            # "the board's head said": whoever the story named head of the board, if anyone;
            # "the former Rovers captain said": someone named before, as sports pages write.
            return Mention(
                span, head, name, SpeakerKind.PERSON, _phrase_key(tokens), resolved=False
            )
        description = _description(head, tokens)
        if description:
            # "the Ohio senator", "The Republican presidential nominee": the one named in
            # that role whom the words fit, if anyone (``_antecedent_among``).
            return Mention(
                span,
                head,
                name,
                SpeakerKind.PERSON,
                _phrase_key(tokens),
                resolved=False,
                description=description,
            )
        kind = SpeakerKind.PERSON
    elif head.lemma_.lower() in _PERSON_NOUNS or head.lower_.endswith(_PERSON_ENDINGS):
        kind = SpeakerKind.PERSON  # "the plant manager"
    elif head.lemma_.lower() in _ORGANISATION_NOUNS and not _research_paper(head):
        kind = SpeakerKind.ORGANISATION  # "the Russian army"
    else:
        kind = SpeakerKind.UNKNOWN
    return Mention(span, head, name, kind, _phrase_key(tokens) or lower)


def _the_one(phrase: SpacySpan, head: Token) -> bool:
    """Whether a phrase is "the" and its head alone."""
    words = [t for t in phrase if not t.is_space and not t.is_punct]
    return len(words) == 2 and words[0].lower_ == "the" and words[1].i == head.i


def _titles_only(words: SpacySpan) -> bool:
    """Whether words are all titles, with no name after them: "Minister" of "The Prime
    Minister said", which is the prime minister, not a minister."""
    return all(t.lower_ in TITLES for t in words)
