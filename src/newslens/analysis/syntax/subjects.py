"""Who speaks: the subject of a cue, however the parse hung it, or the name beside it.

The cue's subject, a passive's agent or a subject inherited from the verb above
(:func:`subject`), past a dateline, an opening phrase, a live blog's time or a headline's
clipped passive; failing that, the name right beside the cue or the source of "according to"
(:func:`speaker_of`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicons
from newslens.analysis.speakers import could_speak
from newslens.analysis.syntax.conjuncts import (
    _aside_cue_between,
    _closing_participle,
    _reporter_of,
    _speakers_act,
)
from newslens.analysis.syntax.cues import retort, words_of
from newslens.analysis.syntax.datelines import DASHES, HALVES_OF_THE_DAY, dateline
from newslens.analysis.syntax.names import (
    _name_after_hyphenated_role,
    _name_closing_opener,
    _name_read_as_a_word,
    misread_surname,
    object_read_before,
)
from newslens.analysis.syntax.words import (
    _NOT_WHO,
    _SPEAKER_WORDS,
    _WHEN_ENTITIES,
    OBJECT_DEPS,
    SUBJECTS,
    object_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


# Heads a cue without a subject of its own takes its subject from: "…, saying …".
INHERITS_SUBJECT = ("conj", "advcl", "xcomp", "acl", "pcomp", "ccomp", "prep", "relcl")


ATTRIBUTION_WORDS = 16  # "Flynn, a top Trump surrogate, said": the most words before a cue


def _subject_of_as_clause(subject: Token, verb: Token) -> Token | None:
    """The subject of a headline's "as" clause the parse read as a preposition: "Halvex
    shares slide as chief executive warns …", parsed with "slide" as the subject of
    "warns" and "chief executive" as the object of "as", is the chief executive's warning."""
    if subject.pos_ != "VERB":
        return None
    as_ = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    noun = None if as_ is None else object_of(as_)
    return noun if noun is not None and noun.i == verb.i - 1 else None


def subject(cue: Token, in_quote: list[int]) -> Token | None:
    """The speaker token of a cue: its subject, the agent of a passive, or an inherited one.

    Never a word inside quotation marks: "“We will win,” Chief Jordan said" may be parsed
    with "said" hanging off the quoted verb, whose subject "We" is not the speaker.
    """
    if _misread_participle(cue) is not None:
        return None  # "Vogt, asked whether she would resign, said …": she was asked
    if cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.lower_ in ("from", "by", "of"):
        # '“…,” a statement from the club read.', "club read" parsed as one noun: the club.
        return next((c for c in cue.children if c.dep_ == "compound"), None)
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_ == "quote":
        # "The mayor has been quoted as saying …", "Reuters quoted the mayor as saying …":
        # the one quoted says it.
        return next((c for c in cue.head.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    described = next(
        (noun for c in cue.children if (noun := _misread_participle(c)) is not None), None
    )
    if described is not None and not any(c.dep_ in SUBJECTS for c in cue.children):
        return described  # … and she said
    previous = cue.doc[cue.i - 1] if cue.i > 0 else None
    if (
        cue.tag_ == "VBG"
        and previous is not None
        and previous.pos_ == "PROPN"
        and previous.ent_type_ not in _WHEN_ENTITIES  # "tweets early Friday saying …"
    ):
        # "footage of Senator Hal Brooks saying, “…”": the name right before the gerund,
        # unless the gerund has a named subject of its own.
        own = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if own is None or own.pos_ not in ("PROPN", "PRON"):
            return previous
    clause_subject = _subject_after_conjunction(cue)
    if clause_subject is not None:
        return clause_subject
    act = _headline_act_before(cue)
    if act is not None:
        return next(c for c in act.children if c.dep_ == "nsubj")  # "Fed holds …, signals …"
    modifier = _subject_read_as_modifier(cue) or _subject_read_as_object_before(cue)
    if modifier is not None:
        return modifier
    token: Token | None = cue
    below: Token | None = None  # the verb climbed from
    for _ in range(4):
        if token is None:
            return None
        # "After saying her knee hurt, Lund was taken off by medics": Lund, even when the
        # passive is in quotation marks ("she was “whisked off”").
        lent = _passive_lending(cue, token, below)
        if lent is not None and in_quote[lent.i] < 0:
            return lent
        if in_quote[token.i] >= 0:
            return None
        bidden = _bidden(token, below)
        if bidden is not None:
            return bidden
        # The subject nearest the verb: "Outside court, Smith's lawyer said" may be parsed
        # with two, the first an opening phrase.
        here = token.i
        for child in sorted(token.children, key=lambda c: abs(c.i - here)):
            if in_quote[child.i] >= 0:
                continue
            # nor a dash parsed as one, though "%" of "64% of staff" is a noun
            if child.dep_ == "nsubj" and child.pos_ != "PUNCT":
                if _verb_read_as_a_subject(child, token):
                    return None  # "Keeps saying she opposed it.", a list's item with no subject
                after = dateline(child.doc, child.i)
                if after is not None:
                    return _after_dateline(after, token)
                if token.i == cue.i and (_told_passively(cue) or _bid_passively(cue)):
                    return None
                # "who" too: it resolves to the noun before
                child = _subject_of_as_clause(child, token) or child
                child = _name_after_hyphenated_role(child) or _past_opening_name(child, token)
                return _past_entry_time(child)
            if child.dep_ == "agent":
                by = object_of(child)
                if by is None or by.lemma_.lower() not in _HOW_DECIDED:
                    return by
                if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
                    # "Three judges found by a majority that …", parsed as judges who were
                    # found: the judges found it, and a majority is how.
                    return token.head
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and token.pos_ == "ADJ" and in_quote[passive.i] < 0:
            return passive  # "Whitcombe was blunt:", parsed as a passive: what Whitcombe was
        if token.i == cue.i and any(c.dep_ == "auxpass" for c in token.children):
            # "paid for it after being told she faced a wait": whoever is told hears the
            # words; with no "by" to name who said them, no one is named.
            return None
        misread = next((c for c in token.children if misread_surname(c)), None)
        if misread is not None:
            return misread
        counted = _counted_subject(token)
        if counted is not None:
            return counted
        if below is not None and below.dep_ == "conj":
            # "Hale and Brant call them … and describe …": the subject the parse lost to the
            # phrase before is the joined verb's as much as the first's.
            joined = _subject_after_conjunction(token)
            if joined is not None:
                return joined
        opened = (
            _object_of_opener(token) or _subject_in_opener(token) or _name_closing_opener(token)
        )
        if opened is not None:
            return opened
        if passive is not None:
            # "Scott can be heard yelling that …": she yells; "It was said that …": nobody.
            return passive if below is not None and below.dep_ == "xcomp" else None
        participle = cue.tag_ == "VBN" or (cue.tag_ == "VBD" and cue.is_sent_start)
        if token.i == cue.i and participle and cue.dep_ in ("advcl", "acl"):
            # "Asked to put a date on it, the minister said …", "Vogt, asked whether …,
            # said …": they were asked, by someone not named
            return None
        held = _holder_of_gathering(token)
        if held is not None:
            # "she said at a news conference announcing that …": the one who spoke there
            below, token = token, held
            continue
        despite = _subject_of_absolute(token)
        if despite is not None:
            return despite  # "despite a few senators now saying …": the senators say it
        before = token.doc[token.i - 1] if token.i > 0 else None
        if (
            token.tag_ == "VBG"
            and before is not None
            and before.pos_ in ("NOUN", "PROPN")
            and before.ent_type_ not in _NOT_WHO  # "an ad this week showing …"
            and not any(c.dep_ == "nummod" for c in before.children)  # "three times asking"
            and in_quote[before.i] < 0
            and not _of_the_object(before, token)
            and _done_to(before) is None
        ):
            return before  # "protesters chanting, “…”"
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
            done_to = _done_to(token.head)
            if done_to is None:
                return token.head  # "footage of Clinton asking, “…”"
            below, token = token, done_to  # "left the meeting saying …": the one who left
            continue
        # "recalled thinking, “…”", "kept saying that …": the one who recalls thinks it
        recalled = token.dep_ == "dobj" and token.tag_ == "VBG"
        # "was able to tout …", "is determined to warn …": the one who is able or determined;
        # "it is too early to say …" names no one
        able = token.dep_ == "acomp" and below is not None and below.dep_ == "xcomp"
        if able and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in token.head.children
        ):
            return None
        if (token.dep_ not in INHERITS_SUBJECT and not recalled and not able) or (
            token.head.i == token.i
        ):
            return None
        below, token = token, _goes_with(token)
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in SUBJECTS:
            # "the statement, saying …": the noun is the source.
            return token
    return None


# Verbs whose object is not the one who does what follows it: "promised voters to …".
_SUBJECT_DOES_IT = frozenset(["promise", "vow", "pledge", "threaten"])
# Objects that name no one: "used it to say", "took this to mean".
_NO_ONE = frozenset(["it", "this", "that", "these", "those"])


def _bidden(verb: Token, infinitive: Token | None) -> Token | None:
    """The one a verb bids or brings to do what its infinitive says: Stumpf of "the senator
    forced Stumpf to admit that …", him of "urged him to say …", not the one who forces."""
    if infinitive is None or infinitive.dep_ != "xcomp" or infinitive.head != verb:
        return None
    if verb.lemma_.lower() in _SUBJECT_DOES_IT:
        return None
    bidden = next((c for c in verb.children if c.dep_ == "dobj" and c.i < infinitive.i), None)
    if bidden is None or bidden.pos_ not in ("PROPN", "PRON") or bidden.lower_ in _NO_ONE:
        return None
    return bidden


def _done_to(noun: Token) -> Token | None:
    """The verb whose subject a participle after its object speaks for, when the object is a
    thing that cannot speak: "left the meeting saying …", "came out the other side knowing
    that …" are the leaver's words, not the meeting's. Not many of them: "left many nations
    feeling that …" is what the nations felt."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.tag_ != "NN" or could_speak(noun):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None


# Verbs that go on with a participle, which the tagger may read as a plural noun opening a
# sentence: "Keeps saying …" ("Protesters chanting …" is the protesters').
_GOING_ON_WITH = frozenset(["keeps", "continues", "starts", "begins", "stops", "resumes"])


def _verb_read_as_a_subject(word: Token, participle: Token) -> bool:
    """Whether the word opening a sentence before a participle is a verb the tagger read as a
    plural noun, its subject: "Keeps saying she opposed the war.", "Continues claiming …", as
    a list of what someone does writes them, with no one named."""
    return (
        word.is_sent_start is True
        and word.lower_ in _GOING_ON_WITH
        and word.i + 1 == participle.i
        and participle.tag_ == "VBG"
        and participle.dep_ == "ROOT"
    )


def _of_the_object(noun: Token, participle: Token) -> bool:
    """Whether the noun before a participle ends a phrase on the object of the verb the
    participle goes with: "sent a letter to the board of directors urging them to …" is the
    senders' urging, as the parse reads it, not the directors'."""
    verb = participle.head
    if participle.dep_ != "advcl" or noun.dep_ != "pobj" or not verb.is_ancestor(noun):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children)


def _passive_lending(cue: Token, verb: Token, below: Token | None) -> Token | None:
    """The subject of a passive clause that a reporting participle set in it shares: "After
    saying her knee hurt, Lund was taken off the course by medics", "Repeating that …, the
    minister was booed": Lund speaks, not the medics who took her."""
    if cue.tag_ != "VBG" or below is None or below.dep_ not in ("advcl", "prep"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _holder_of_gathering(participle: Token) -> Token | None:
    """The verb whose subject held the gathering a participle describes: "said at a news
    conference announcing the cuts" is the speaker's announcing, not the conference's."""
    gathering = participle.head
    if participle.dep_ != "acl" or gathering.lemma_.lower() not in _GATHERINGS:
        return None
    preposition = gathering.head
    if gathering.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


_GATHERINGS = _SPEAKER_WORDS["gatherings"]


# What a "by" names when it says how a body decided, not who: "by a majority", "by a margin".
_HOW_DECIDED = frozenset(["majority", "margin", "vote", "show", "consensus", "acclamation"])


def _headline_act_before(cue: Token) -> Token | None:
    """The clause before a cue with no subject of its own that lends the cue its subject, as
    headlines write two verbs of one subject: "Fed holds rates steady, signals two cuts",
    "Minister quits, says party has lost its way". The parse takes the first clause for the
    cue's words; it is what the subject did, and the cue reports what follows it."""
    if cue.tag_ != "VBZ" or cue.i < 2 or cue.doc[cue.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECTS for c in cue.children) or not any(
        c.i > cue.i and c.dep_ in OBJECT_DEPS for c in cue.children
    ):
        return None
    act = next((c for c in cue.lefts if c.dep_ == "ccomp" and c.tag_ == "VBZ"), None)
    if act is None or act.right_edge.i < cue.i - 2 or act.left_edge.i != cue.sent.start:
        return None
    return act if any(c.dep_ == "nsubj" for c in act.children) else None


def _subject_read_as_modifier(verb: Token) -> Token | None:
    """The noun right before a verb with no subject that the parse took for a word qualifying
    the verb, as if the verb were a noun: "inquest" of "…, an inquest heard." and of "…, a
    two-day inquest found."."""
    if verb.pos_ not in ("VERB", "NOUN") or verb.i == 0:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.head != verb or noun.dep_ not in ("amod", "compound") or noun.pos_ != "NOUN":
        return None
    return noun


def _subject_read_as_object_before(verb: Token) -> Token | None:
    """The noun right before a reporting verb with no subject, that the parse hung on the
    phrase before as its object: "a fraction of the $20 million experts say it costs", a
    relative clause with no "that", is what the experts say."""
    if verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    return noun if object_read_before(noun, verb) and noun.ent_type_ not in _NOT_WHO else None


def _counted_subject(verb: Token) -> Token | None:
    """ "A third wrote: …" after "One resident said … Another said …": the parse may take
    the ordinal for a modifier of the verb, but it is the one who speaks."""
    if verb.i < 2:
        return None
    word = verb.doc[verb.i - 1]
    if (
        word.head.i == verb.i
        and word.dep_ in ("amod", "advmod", "npadvmod")
        and word.ent_type_ == "ORDINAL"
        and any(c.dep_ == "det" and c.lower_ in ("a", "the") for c in word.children)
    ):
        return word
    return None


# Words that open a clause as well as a phrase: "after replays suggested …".
_CLAUSE_PREPOSITIONS = frozenset(["after", "before", "since", "until", "till", "as"])
# Prepositions of a phrase that says when: "after the debate", "during the hearing".
_WHEN_PREPOSITIONS = (_CLAUSE_PREPOSITIONS - {"as"}) | {"during"}


def _subject_after_conjunction(cue: Token) -> Token | None:
    """The subject of a clause the parse read as a phrase of time hung on its verb, or as a
    noun joined to the clause before: "after replays suggested Wrona was offside" is what
    the replays suggested, not the speaker of the sentence around it."""
    if any(c.dep_ in SUBJECTS for c in cue.children) or cue.i < 2:
        return None
    noun = cue.doc[cue.i - 1]
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.i == noun.left_edge.i - 1
        and prep.head.i == cue.i
        and prep.lower_ in _CLAUSE_PREPOSITIONS
        and noun.pos_ in ("NOUN", "PROPN", "PRON")
    ):
        return noun
    # "Republicans said the inquiry was mishandled and Democrats accused the GOP of …": a
    # reporting verb's subject after "and", which the parse joined to the noun before it
    if (
        noun.dep_ == "conj"
        and cue.tag_ in ("VBD", "VBZ", "VBP")
        and cue.lemma_.lower() in lexicons()[0]
        and noun.pos_ in ("NOUN", "PROPN")
        and noun.left_edge.i > 0
        and cue.doc[noun.left_edge.i - 1].dep_ == "cc"
    ):
        return noun
    return None


# Verbs that, active, always name whom they tell ("warned that …" need not).
_TOLD_SOMEONE = frozenset(["tell", "inform", "notify", "assure", "remind"])


# Verbs that, active, always name whom they bid before the infinitive: "urged parents to
# check", never "urged to check" ("asked to speak" and "promised to" may be active).
_BID_SOMEONE = frozenset(
    ["urge", "advise", "encourage", "order", "instruct", "implore", "exhort", "tell", "warn"]
)


def _bid_passively(cue: Token) -> bool:
    """Whether the subject of a bidding verb is the one bidden, in a headline's clipped
    passive: "Parents urged to check vaccines", with no one named between verb and "to"."""
    if cue.lemma_.lower() not in _BID_SOMEONE or cue.tag_ not in ("VBD", "VBN"):
        return False
    children = list(cue.children)
    if any(c.dep_ in ("dobj", "dative", "aux") for c in children):
        return False  # "urged parents to …", "has urged …"
    return any(
        c.dep_ == "xcomp" and c.i > cue.i and any(a.tag_ == "TO" for a in c.lefts) for c in children
    )


def _told_passively(cue: Token) -> bool:
    """Whether the subject of "told" is the one told, in a headline's clipped passive:
    "Jury told carer stole …", "…, court told". Told actively, someone is always told
    ("told reporters"); an object that is the subject of a finite verb right after it
    ("carer stole") is no one told."""
    if cue.lemma_.lower() not in _TOLD_SOMEONE or cue.tag_ not in ("VBD", "VBN"):
        return False
    if cue.dep_ == "relcl":
        return False  # "the story Kennedy told": the object is what the clause is on
    children = list(cue.children)
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children) and not any(
        c.dep_ == "auxpass" for c in children
    ):
        return False  # "A mum has told how …": a perfect, active, with no one told named
    told = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    return not told or all(
        t.i + 1 < len(t.doc)
        and (after := t.doc[t.i + 1]).head.i == cue.i
        and after.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in SUBJECTS for c in after.children)
        for t in told
    )


def _object_of_opener(verb: Token) -> Token | None:
    """The subject the parse gave to a participle opening the sentence as its object:
    "Also speaking, an economist at …, said …" (a comma between the two says it is not
    the participle's)."""
    doc = verb.doc
    for opener in verb.lefts:
        if opener.dep_ not in ("advcl", "csubj") or opener.tag_ != "VBG":
            continue
        for noun in opener.rights:
            if noun.dep_ == "dobj" and any(t.text == "," for t in doc[opener.i + 1 : noun.i]):
                return noun
    return None


def _subject_in_opener(verb: Token) -> Token | None:
    """The speaker the parse lost to an opening phrase: "At last night's AGM our chairman,
    Ray Dunn, said …" reads "our chairman" as the AGM's, and "At Monday's hearing the
    club's lawyer, Dev Shah, said" the lawyer as what was heard. A role, then a name
    between commas right before a verb with no subject: the name is who speaks."""
    doc = verb.doc
    if verb.i < 4 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    name = doc[verb.i - 2]
    if doc[verb.i - 1].text != "," or name.ent_type_ != "PERSON" or name.ent_iob_ == "":
        return None
    first = name
    while first.ent_iob_ == "I":
        first = doc[first.i - 1]
    before = doc[first.i - 2] if first.i >= 2 else None
    if doc[first.i - 1].text != "," or before is None or before.pos_ != "NOUN":
        return None
    return name


def _after_dateline(after: int, verb: Token) -> Token | None:
    """The subject the parse hung on a dateline: "HALDEN, Ore. -- Brightwater Foods said"."""
    doc = verb.doc
    return next(
        (
            t
            for t in doc[after : verb.i]
            if t.head.i < after - 1 and t.pos_ in ("NOUN", "PROPN", "PRON")
        ),
        None,
    )


def _misread_participle(verb: Token) -> Token | None:
    """The noun a participle between commas describes, where the parse made it its subject.

    "Vogt, asked whether she would resign, said she would not" is parsed as if Vogt asked,
    in a clause reported by a "said" with no subject: she was asked, and she said.
    """
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ in ("ccomp", "advcl"):
        if verb.head.i <= verb.i:
            return None
    elif verb.dep_ != "ROOT" or not any(_verb_after_comma(c) for c in verb.rights):
        # "Hale, asked about the report, said he …", parsed with "said" a conjunct of "asked"
        return None
    noun = doc[verb.i - 2]
    if noun.dep_ != "nsubj" or noun.head.i != verb.i or noun.pos_ not in ("PROPN", "NOUN"):
        return None
    return noun


def _verb_after_comma(word: Token) -> bool:
    """Whether a conjunct is a verb that a comma, not "and", joins on."""
    return word.dep_ == "conj" and word.pos_ == "VERB" and word.doc[word.i - 1].text == ","


def _goes_with(verb: Token) -> Token:
    """The verb whose subject ``verb`` takes: its head, or for a conjunct in another tense
    than its head's, the cue above that has its tense.

    "The mayor said that the bridge is safe, but refused to give a date": it is the mayor
    who refused, whatever the parse made "refused" the conjunct of.
    """
    head = verb.head
    outside = _verb_outside_dashes(verb)
    if outside is not None:
        return outside
    said = _reporting_verb_before(verb)
    if said is not None:
        return said
    if verb.dep_ == "prep" and head.dep_ == "advmod" and head.head.pos_ in ("VERB", "AUX"):
        # "but stopped short of calling it …", "left soon after saying …": the phrase is the
        # verb's, whatever adverb the parse hung it on.
        head = head.head
    reporter = _reporter_of(head)
    if reporter is not None and (_speakers_act(verb, reporter) or _closing_participle(verb)):
        return reporter
    return _aside_cue_between(verb) or head


def _verb_outside_dashes(participle: Token) -> Token | None:
    """The verb a participle right after an aside between dashes goes on from, where the parse
    hung it on the aside's verb: "marching round the stadium - where the Hawks played the
    Lions - while chanting, “…”" is the marchers' chanting, not the Hawks'."""
    doc = participle.doc
    start = participle.left_edge.i
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or start < 3:
        return None
    if doc[start - 1].text not in DASHES:
        return None
    opening = next(
        (t.i for t in reversed(doc[participle.sent.start : start - 1]) if t.text in DASHES), None
    )
    head = participle.head
    if opening is None or not opening < head.i < start:
        return None
    # Out of the aside, and up from the noun a relative aside ("where …") was hung on.
    while (opening < head.i < start or head.pos_ not in ("VERB", "AUX")) and head.head != head:
        head = head.head
    return head if not opening <= head.i < start and head.pos_ in ("VERB", "AUX") else None


# Prepositions whose noun a participle after it may have for its subject: "despite a few
# senators now saying …", "with the poll showing …".
_ABSOLUTE_PREPOSITIONS = frozenset(["despite", "with", "without", "notwithstanding"])


def _subject_of_absolute(participle: Token) -> Token | None:
    """The noun a participle has for its subject after "despite" or "with", where the parse
    hung the participle on the verb: "Hale remains confident despite a few senators, such
    as Ann Ruiz, now saying they doubt it" is what the senators say, not Hale."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    doc = participle.doc
    for prep in participle.head.children:
        if (
            prep.dep_ != "prep"
            or prep.lower_ not in _ABSOLUTE_PREPOSITIONS
            or prep.i > participle.i
        ):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        # Never past a comma right before it: "spoke with reporters, saying …" is the
        # speaker's; a comma closing the noun's own aside may come before an adverb.
        between = doc[noun.right_edge.i + 1 : participle.i]
        if doc[participle.i - 1].is_punct or any(
            not t.is_punct and t.pos_ != "ADV" for t in between
        ):
            continue
        if all(t.text != "," for t in between) or "," in (t.text for t in noun.subtree):
            return noun
    return None


def _reporting_verb_before(participle: Token) -> Token | None:
    """The reporting verb a participle right after it goes on from, where the parse hung the
    participle on a verb of the quote before: '"…," Sanders said, going on to say that …' and
    '…, suggesting a few questions' are Sanders's."""
    doc = participle.doc
    if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < 2:
        return None
    said = doc[participle.i - 2]
    if doc[participle.i - 1].text != "," or said == participle.head or said.pos_ != "VERB":
        return None
    if said.lemma_.lower() not in lexicons()[0]:
        return None
    return said if any(c.dep_ == "nsubj" for c in said.children) else None


# An entry time the tokenizer keeps whole, which the model may take for a number: "10.30am".
_CLOCK_TIME = re.compile(r"\d{1,2}[.:]\d\d(?:am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)


def _past_opening_name(subject: Token, verb: Token) -> Token:
    """The speaker after the name of the one an opening phrase names: "Under
    cross-examination by the prosecutor, Helen Grieve, Ms Mehta accepted …", "Speaking to
    the BBC's political editor, Laura Hunt, Mr Cole said …", parsed with the first name for
    the subject and the speaker's name, right before the verb, beside it."""
    doc = subject.doc
    start = subject.left_edge.i
    beside = next((c for c in subject.rights if c.dep_ == "appos"), None)
    if (
        beside is None
        or subject.pos_ != "PROPN"
        or beside.pos_ != "PROPN"
        or beside.right_edge.i + 1 != verb.i
        or doc[beside.left_edge.i - 1].text != ","
        or start < 2
        or doc[start - 1].text != ","
    ):
        return subject
    named = doc[start - 2]  # "the prosecutor", whom the first name names
    return beside if named.pos_ == "NOUN" and named.dep_ in ("pobj", "dobj") else subject


def _past_entry_time(subject: Token) -> Token:
    """The one a live blog's entry time is set before: "9am, the union's secretary, Dev
    Anand, said …", parsed with the time (or its "am") for the subject and the speaker
    beside it."""
    if (
        subject.ent_type_ not in _WHEN_ENTITIES
        and subject.lower_ not in HALVES_OF_THE_DAY
        and not _CLOCK_TIME.fullmatch(subject.text)
    ):
        return subject
    beside = next(
        (c for c in subject.children if c.dep_ == "appos" and c.ent_type_ not in _WHEN_ENTITIES),
        None,
    )
    return subject if beside is None else beside


def speaker_of(cue: Token, in_quote: list[int]) -> Token | None:
    """The subject of a cue beside a quote, or failing that the name right beside the cue.

    "“…,” Tulsa police Chief Chuck Jordan said" and "“…,” said James Acton, a physicist"
    name the speaker next to the verb even when the parse does not make it the subject.
    """
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return None if to is None else object_of(to)
    if cue.lower_ == "words":
        return words_of(cue)
    found = subject(cue, in_quote)
    if found is not None:
        return found
    if cue.tag_ == "NN":
        # "with one writing: …", the gerund tagged as a noun: whoever it is said of.
        return next((c for c in cue.lefts if c.pos_ in ("NUM", "NOUN", "PROPN", "PRON")), None)
    doc = cue.doc
    # Leftwards to the quote: "“…,” Flynn, a top Trump surrogate, said".
    start = cue.i
    while start > 0 and cue.i - start < ATTRIBUTION_WORDS and in_quote[start - 1] < 0:
        if doc[start - 1].text in (".", "!", "?", ";", ":") or "\n" in doc[start - 1].text:
            break
        start -= 1
    if start > 0 and in_quote[start - 1] >= 0:
        for token in doc[start : cue.i]:
            if token.dep_ == "pobj" and token.head.lower_ in _WHEN_PREPOSITIONS:
                continue  # "'…' -- and, when questioned after the debate, asserting": not it
            if token.pos_ in ("PROPN", "NOUN", "PRON") or _name_read_as_a_word(token, cue):
                # "“…,” Quinn jokes." read as a noun "jokes" that "Quinn" modifies: Quinn
                named = token.dep_ in ("compound", "flat") and token.head.i != cue.i
                return token.head if named else token
    # Rightwards: "“…,” said James Acton, a physicist"; never past a preposition, which
    # names where or how it was said ("posted on Instagram: …"), not who said it.
    # "hit back the transport secretary": past a retort's particle, which may read as one.
    after = cue.i + 2 if retort(cue) else cue.i + 1
    for token in doc[after : min(len(doc), after + 4)]:
        if in_quote[token.i] >= 0 or token.is_punct or token.pos_ == "ADP":
            return None
        if token.ent_type_ in _WHEN_ENTITIES:
            continue
        if token.pos_ in ("PROPN", "NOUN", "NUM", "PRON"):
            return token.head if token.dep_ in ("compound", "flat") else token
    return None
