"""Who said what: direct and indirect speech from the dependency parse and a verb lexicon.

Works on one parsed ``Doc`` and the quoted spans found by :mod:`newslens.analysis.quotes`,
in a single pass over the tokens and the sentences: no second parse. The patterns:

- a quoted span syntactically tied to a reporting verb outside the quotes ("X said",
  "said X", "X said:" before it) is a direct quote; quoted spans on either side of one
  cue ('"A," he said. "B."') are one quote in parts;
- a quoted span opening a sentence with no cue of its own carries on the last speaker;
- a quoted fragment woven into the reporter's sentence ("said the plan was “a disgrace”")
  is not a direct quote: the clause around it is mixed speech;
- a reporting verb's complement clause outside quotes ("X said that …", "X says they
  have …", "…, officials said", "…, as X noted, …") is indirect speech, or mixed when it
  holds a quoted fragment; verbs whose object is what they report ("cited the figures",
  "called the plan a disaster") and reporting nouns ("Trump's claim that …") likewise;
  "according to X" attributes the sentence around it;
- a quote signed with a dash ("“…” ― Ana Ruiz") and a line opened by a name and a colon
  ("PENCE: …", "Pat Moore: Voters are tired …") name their speakers; in a Q&A transcript
  the "A:" lines, or the paragraphs under each question when no label is printed, are the
  answers of whom the intro says was interviewed (:mod:`newslens.analysis.transcripts`
  finds the lines and the answers), in a later chunk of a long Q&A keyed ``NAMED_BEFORE``
  until the chunks are put together;
- short quoted spans nobody is said to have said (scare quotes, titles) are not quotes;
- words between two apostrophes ('' … '') are someone's words, but not in quotation marks
  proper: they are kept as ``mixed``, since a quote is ``direct`` only when every part is
  inside quotation marks (the attribution corpora label them so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain, pairwise
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import (
    Verb,
    lexicon,
    mind_adjectives,
    mind_nouns,
    physical_targets,
    withheld,
)
from newslens.analysis.model import Quote, QuoteKind, Speaker, SpeakerKind, Stance
from newslens.analysis.quoted import (
    after_example_word,
    aside_before,
    closer_cue,
    colon_cue,
    continues_reporter,
    cue_right_after,
    embedded,
    ends_utterance,
    hands_on,
    in_view_of,
    joined_after_cue,
    linked_cue,
    linked_only_by_object,
    named_words,
    namer_of,
    naming_cue,
    nearest_cue,
    only_attribution,
    opens_clause,
    opens_sentence,
    own_cue,
    reads_as_quote,
    reported_before,
    reported_clause_between,
    reported_paragraph_before,
    retort_after,
    right_after,
    runs_on,
    split_by,
    stands_alone,
    tokens_of_quotes,
    utterance_after,
    verb_before_colon,
)
from newslens.analysis.quotes import headline_at
from newslens.analysis.speakers import (
    MEASURES,
    RELATIVES,
    SOURCE_NOUNS,
    THING_VERBS,
    Mention,
    addressed,
    could_speak,
    headline_role,
    mention_for,
    name_run,
    person_word,
    publisher,
    resolve,
)
from newslens.analysis.syntax.complements import COMPLEMENTS, bidden, complement, others_reports
from newslens.analysis.syntax.cues import PUTTING_TO, Scan, retort, scan, words_of
from newslens.analysis.syntax.edges import chars, trim, trimmed
from newslens.analysis.syntax.ends import reported_end, sums_up
from newslens.analysis.syntax.misattached import LEAVE_TO_SPEAK
from newslens.analysis.syntax.names import name_with_its_mark, phrase
from newslens.analysis.syntax.negation import NOT_DOING, is_negated, undone_by
from newslens.analysis.syntax.objects import judges, others_words
from newslens.analysis.syntax.subjects import ATTRIBUTION_WORDS, speaker_of, subject
from newslens.analysis.syntax.text import doc_text, span_text
from newslens.analysis.syntax.words import SUBJECTS, object_of
from newslens.analysis.syntax.writings import (
    MAKING_A_WRITING,
    SOURCE_VERBS,
    THROUGH_A_MEDIUM,
    WRITTEN_NOUNS,
    names_the_writing,
    said_through,
)
from newslens.analysis.transcripts import (
    NAMED_BEFORE,
    SECOND_PERSON,
    Interview,
    Turn,
    find_interview,
    heard_with,
    labelled_lines,
)
from newslens.article import Span
from newslens.boilerplate import is_byline

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

CARRY_OVER_CHARS = 600  # how far back a quote opening a sentence looks for its speaker


@dataclass
class _Attribution:
    parts: list[Span]
    kind: QuoteKind
    cue: Token | None
    speaker: Token | None
    phrase: SpacySpan | None = None
    mention: Mention | None = None
    carried_from: _Attribution | None = None
    confidence: float = 0.9
    extra: list[Span] = field(default_factory=list)
    # Said by the interviewee of the text's Q&A: with no speaker, the one an earlier chunk's
    # intro names.
    interviewee: bool = False


def _reported_kind(parts: list[Span], marks: list[Span]) -> QuoteKind:
    """Reported words holding a quoted fragment ('said the plan was "a disaster"') are
    mixed; without one, indirect."""
    if any(p[0] <= a and b <= p[1] + 1 for a, b in marks for p in parts):
        return QuoteKind.MIXED
    return QuoteKind.INDIRECT


def _according_to(doc: Doc, scan: Scan, nouns: set[int], marks: list[Span]) -> list[_Attribution]:
    """ "According to X, …": the sentence around the phrase, X's (``nouns``: the reporting
    nouns, whose source speaks for them)."""
    out = []
    for token in scan.according:
        # "According to X", or "in X's view", "by her own admission" (the phrase: "in …").
        source, phrase = words_of(token), token.head
        if source is None:
            to = next((c for c in token.children if c.lower_ == "to"), None)
            source = to and object_of(to)
            phrase = token
        if source is None or source.lemma_.lower() in MEASURES:
            continue  # "prices rise according to demand": a rule, not a source
        source = _behind(source, nouns)  # "according to a report by the budget office"
        # The sentence around the "according to X" phrase is what X says.
        sent = token.sent
        lo, hi = phrase.left_edge.i, phrase.right_edge.i + 1
        if name_with_its_mark(source):
            # "according to Which?, the consumer group": the parse, reading a question's end,
            # hangs the mark and what describes the body on the sentence.
            hi = _description_end(doc, source.i + 2, sent.end)
        name = _name_closing(doc, hi, sent.end) if person_word(source) else None
        if name is not None:
            # "…, according to the head of the health board, Dr Priya Nair.": she is the
            # source, however the parser hung her name on the sentence.
            source, hi = name.root, name.end
        if phrase is not token:
            # "He was, in the words of one aide, a disaster": the aside ends at its comma,
            # however the parser hung what follows on the name.
            hi = next((t.i for t in doc[source.i + 1 : hi] if t.text == ","), hi)
        if source is token:
            # "In a poll of 1,000 voters, conducted in May, …": when it was taken is no finding
            hi = _participle_end(doc, hi, sent.end)
        relative = _relative_around(phrase)
        if relative is not None:
            # "food inflation, which fell to 3.2% according to the ONS, could rise": the ONS
            # speaks for the relative clause alone, about the noun it qualifies.
            clause = relative.head
            words = [(clause.head.left_edge.i, relative.i), (relative.i + 1, lo)]
            ranges = trimmed(doc, [*words, (hi, clause.right_edge.i + 1)])
        else:
            # "…, according to a poll, a sign that the race has tightened": the sign is the
            # reporter's reading of what the poll found
            summed = any(sums_up(t) and t.left_edge.i == hi + 1 for t in doc[hi + 1 : sent.end])
            end = hi if summed else _before_the_setting(doc, hi, sent.end)
            ranges = trimmed(doc, [(sent.start, lo), (hi, end)])
        comma = next((t.i for t in doc[source.i : sent.end] if t.text == ","), None)
        if not ranges and lo == sent.start and comma is not None:
            # "According to … Rush Limbaugh, the move reeks of …" parsed as one phrase, the
            # words hung on the name: they start after the comma that ends the phrase.
            ranges = trimmed(doc, [(comma + 1, sent.end)])
        if not ranges:
            continue
        parts = [chars(doc, a, b) for a, b in ranges]
        kind = _reported_kind(parts, marks)
        out.append(_Attribution(parts, kind, token, source, confidence=0.8))
    return out


def _before_the_setting(doc: Doc, after: int, end: int) -> int:
    """``end``, or ``after`` when what follows an "according to" phrase at ``after`` is the
    reporter's setting of the words, not more of them: "…, according to the ministry, as
    talks stalled", "…, amid fears of a wider war"."""
    i = after
    while i < end and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i in (after, end):
        return end
    word = doc[i]
    setting = word.lower_ == "amid" or (
        word.lower_ == "as"
        and word.dep_ == "mark"
        and any(c.dep_ in SUBJECTS for c in word.head.children)
    )
    return after if setting else end


def _participle_end(doc: Doc, after: int, end: int) -> int:
    """The end of a participle set off by commas at ``after`` (", conducted in May,"), else
    ``after``."""
    if after + 1 >= end or doc[after].text != "," or doc[after + 1].tag_ != "VBN":
        return after
    return next((t.i for t in doc[after + 1 : end] if t.text == ","), after)


def _description_end(doc: Doc, after: int, end: int) -> int:
    """The end of what describes a source, set off by a comma at ``after``: a phrase with no
    verb (", the consumer group") or a relative clause (", which surveyed 2,000 people"),
    up to the next comma or ``end``; ``after`` when what follows is a clause of its own."""
    if after >= end or doc[after].text != ",":
        return after
    close = next((t.i for t in doc[after + 1 : end] if t.text == ","), end)
    phrase = doc[after + 1 : close]
    relative = len(phrase) > 0 and phrase[0].tag_ in ("WDT", "WP")
    if relative or not any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return close
    return after


def _relative_around(phrase: Token) -> Token | None:
    """The relative word opening the relative clause an "according to X" phrase qualifies:
    "which" of "food inflation, which fell to 3.2% according to the ONS, could rise"; None
    when the phrase qualifies a clause of the sentence's own."""
    clause = phrase.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    first = clause.doc[clause.left_edge.i]
    return first if first.tag_ in ("WDT", "WP") and first.head.i == clause.i else None


def _name_closing(doc: Doc, after: int, end: int) -> SpacySpan | None:
    """The person's name set off by a comma at ``after`` that closes its sentence (``end``):
    ", Dr Priya Nair." after a role."""
    if after + 1 >= end or doc[after].text != ",":
        return None
    last = after + 1
    while last < end and doc[last].pos_ == "PROPN" and doc[last].ent_type_ != "PERSON":
        last += 1  # a title the recogniser left out of the name: "Dr"
    if last >= end or doc[last].ent_type_ != "PERSON":
        return None
    while last + 1 < end and doc[last + 1].ent_iob_ == "I":
        last += 1
    if not all(t.is_punct or t.is_space for t in doc[last + 1 : end]):
        return None
    return doc[after + 1 : last + 1]


# "“…” ― Maria Lopez": a quotation signed with a dash and a name, as in letters and epigraphs.
_SIGNATURE = re.compile(r"[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*([^\n]{2,80}?)[ \t\u00a0.]*(?=\n|$)")


def _signature(doc: Doc, text: str, span: Span) -> _Attribution | None:
    """A quoted span followed on its line by a dash and the name of who said it."""
    match = _SIGNATURE.match(text, span[1])
    if match is None or len(match.group(2).split()) > 6:
        return None
    name = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
    dash = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if name is None or dash is None or not name.text[:1].isupper():
        return None
    return _Attribution([span], QuoteKind.DIRECT, dash[0], name.root, phrase=name)


def _noun_cues(
    doc: Doc, scan: Scan, marks: list[Span], taken: list[Span], reporting: set[int]
) -> list[_Attribution]:
    """Reporting nouns with their content: "Trump's claim that …", "a promise to …".

    Not "a statement saying …" when the verb (one of the cues ``reporting``) already
    reports the words for the noun.
    """
    out = []
    minds = mind_nouns()
    for token in scan.nouns:
        content = next((c for c in token.children if c.dep_ == "ccomp" or _content_acl(c)), None)
        if content is None or not _has_a_verb(content):
            continue
        if content.dep_ == "acl" and (
            content.i in reporting or (content.i in scan.cues and _reports_nothing(content))
        ):
            continue  # "a statement saying …" is the verb's; "calls seeking comment" no one's
        verb = token.head.head if token.head.lower_ in THROUGH_A_MEDIUM else token.head
        if verb.i in reporting and token.dep_ in ("dobj", "pobj") and not others_words(token):
            continue  # "said in a statement that …", "dismissed the idea that …": the verb's
        source = _noun_source(token)
        if source is None and token.lemma_.lower() in minds and _decided_on(token):
            continue  # "Plans to build 64 homes were approved": a thing done, no one's words
        if source is None and token.lemma_.lower() in _DISPOSITIONS and not _there_is(token):
            continue  # "A willingness to compromise would help": the writer's, no one's
        # "said in a statement that …" is the verb's report, "Kay's claim that …" the noun's
        through = said_through(token) is not None
        span = trim(doc, content.left_edge.i, reported_end(verb if through else token, content))
        if span is None:
            continue
        start, end = chars(doc, *span)
        # 'that the memo "was not acted upon."': the quote's closing mark ends the words.
        end = max([end] + [b for a, b in marks if start <= a < end < b <= end + 3])
        parts = [(start, end)]
        if _covered(parts, taken):
            continue
        kind = _reported_kind(parts, marks)
        cue = token
        if through:
            # "acknowledged in a statement that …": the verb tells how it was said.
            cue = verb if verb.i in scan.cues else token
        out.append(_Attribution(parts, kind, cue, source, confidence=0.7))
    return out


# What makes "so angry that she left", "confident enough that they booked a band" say what
# came of the feeling, not what was felt.
_DEGREE = frozenset(["so", "too", "enough"])


def _adjective_cues(
    doc: Doc, scan: Scan, marks: list[Span], taken: list[Span]
) -> list[_Attribution]:
    """Adjectives of mind or stance with a clause after them: "Officials are confident that
    the bridge will reopen", "She was sure the money had been paid", "are worried about how
    the money is spent". The clause is what their subject believes, as after "believes". Not
    "It is certain that …", which is no one's belief, nor "so angry that she left", which
    says what came of it."""
    out = []
    for adjective in scan.minds:
        clause = _felt(adjective)
        if clause is None or any(
            c.dep_ == "advmod" and c.lower_ in _DEGREE for c in adjective.children
        ):
            continue
        holder = _holder(adjective, scan.in_quote)
        if holder is None or holder.dep_ == "expl" or holder.lower_ in ("it", "this", "that"):
            continue
        # "were sure the audit was botched and Democrats accused …": the words end before them
        theirs = [n.left_edge.i - 1 for n in others_reports(adjective).values()]
        span = trim(doc, clause.left_edge.i, min([reported_end(adjective, clause), *theirs]))
        if span is None:
            continue
        parts = [chars(doc, *span)]
        if _covered(parts, taken):
            continue
        kind = _reported_kind(parts, marks)
        out.append(_Attribution(parts, kind, adjective, holder, confidence=0.7))
    return out


def _felt(adjective: Token) -> Token | None:
    """The clause an adjective of mind is about: its clausal complement ("sure [the money
    had been paid]", or hung on the verb before it: "was adamant [that …]"), or a question
    after "about" ("worried about [how the money is spent]"); None for a topic ("worried
    about the cost") or nothing."""
    linked = adjective.head.rights if adjective.dep_ in ("acomp", "oprd") else iter(())
    for c in chain(adjective.rights, linked):
        # "afraid that the lead may be undercut", its verb tagged as an adjective
        if c.dep_ == "ccomp" and c.i > adjective.i and _has_a_verb(c):
            return c
        if c.dep_ == "prep" and c.lower_ == "about" and c.head == adjective:
            asked = next((o for o in c.rights if o.dep_ in ("pcomp", "pobj")), None)
            if asked is not None and (
                asked.left_edge.tag_ in _ASKING_TAGS or asked.left_edge.lower_ == "whether"
            ):
                return asked if _has_a_verb(asked) else None
    return None


_ASKING_TAGS = frozenset(["WRB", "WP", "WDT", "WP$"])


def _has_a_verb(words: Token) -> bool:
    """Whether the words under ``words`` hold a verb, as a clause does, whatever the parse
    tagged their head."""
    return any(t.pos_ in ("VERB", "AUX") for t in words.subtree)


# Verbs that say what their subject is or feels: "are confident", "remain optimistic".
_LINKING = frozenset(
    ["be", "remain", "seem", "appear", "feel", "become", "grow", "stay", "sound", "get"]
)


def _holder(adjective: Token, in_quote: list[int]) -> Token | None:
    """Who an adjective of mind is said of: the subject of the verb it completes ("Officials
    are confident", "Traders remain optimistic"), the noun it describes ("The mayor,
    confident that …,") or the subject of a participle read as a passive ("Parents were
    frustrated")."""
    if adjective.dep_ in ("acomp", "oprd"):
        # not "will make sure the bridge reopens", a deed, nor "leave drivers uncertain"
        linking = adjective.head.lemma_.lower() in _LINKING
        return subject(adjective.head, in_quote) if linking else None
    if adjective.dep_ == "amod" and adjective.head.i < adjective.i:
        return adjective.head
    return next(
        (c for c in adjective.children if c.dep_ == "nsubjpass" and in_quote[c.i] < 0), None
    )


# Phrases of a verb and its object that report the that-clause after them, as one verb would.
_CUE_PHRASES = re.compile(
    r"\b(?:(make|makes|made|making)\s+(?:it\s+)?(?:\w+ly\s+)?(?:clear|plain)"
    r"|(make|makes|made|making)\s+the\s+case"
    r"|(leave|leaves|left|leaving)\s+(?:little|no)\s+doubt)\s+(that)\b"
)


def _phrase_cues(
    doc: Doc, text: str, scan: Scan, marks: list[Span], taken: list[Span]
) -> list[_Attribution]:
    """The clause a phrase of a verb and its object reports: "made it clear that …", "made
    the case that …", "left little doubt that …", said by the verb's subject."""
    out = []
    for match in _CUE_PHRASES.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        verb = doc.char_span(match.start(group), match.end(group))
        that = doc.char_span(match.start(4), match.end(4))
        if verb is None or that is None or scan.in_quote[verb.start] >= 0:
            continue
        clause = that[0].head
        if clause.i < that.start or clause.pos_ not in ("VERB", "AUX"):
            continue
        span = trim(doc, that.start, clause.right_edge.i + 1)
        if span is None:
            continue
        parts = [chars(doc, *span)]
        if _covered(parts, taken):
            continue
        cue = verb[0]
        speaker = subject(cue, scan.in_quote)
        out.append(_Attribution(parts, _reported_kind(parts, marks), cue, speaker, confidence=0.8))
    return out


# Verbs that decide on, pay for or carry out a plan, so that their object is a thing dealt
# with, not intent reported: "approved a plan to …", "scrapped plans to …". Making a plan
# known ("unveiled a plan to …") is not among them.
_DECIDING_ON = frozenset(
    [
        "approve",
        "adopt",
        "pass",
        "ratify",
        "fund",
        "finance",
        "implement",
        "scrap",
        "shelve",
        "drop",
        "abandon",
        "ditch",
        "axe",
        "block",
        "halt",
        "freeze",
        "suspend",
        "delay",
        "veto",
        "overturn",
    ]
)


# Verbs that set themselves against a plan: its opponents' act, not the planners' words.
_CONTESTING = frozenset(["fight", "oppose", "protest", "resist", "challenge", "contest"])

# Nouns of intent, not belief: a plan with no one's name on it is a thing, where an unowned
# "fears that …" is still a belief reported.
_INTENT_NOUNS = frozenset(["plan", "proposal", "decision"])

# Nouns of someone's will to act, which no one's name on them makes a thing the writer
# wishes or weighs, not a stance reported: "his willingness to talk" is his, "There is a
# reluctance to …" someone's, "A willingness to compromise would help" no one's.
_DISPOSITIONS = frozenset(
    ["willingness", "reluctance", "eagerness", "determination", "desire", "intention"]
)


def _decided_on(noun: Token) -> bool:
    """Whether a noun of intent is something done to, the subject of a passive or the object
    of a verb deciding on it: "Plans … were approved", "approved a plan to …"; or, an intent,
    only there, fought or standing alone as a headline: "There are plans to …", "Residents
    are fighting plans to …", "Plans to close the library"."""
    if noun.dep_ == "nsubjpass":
        return True
    verb = noun.head.lemma_.lower()
    if noun.dep_ == "dobj" and verb in _DECIDING_ON:
        return True
    if noun.lemma_.lower() not in _INTENT_NOUNS:
        return False
    return noun.dep_ == "ROOT" or _there_is(noun) or (noun.dep_ == "dobj" and verb in _CONTESTING)


def _there_is(noun: Token) -> bool:
    """Whether a noun is only said to be there: "There are plans to …"."""
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def _content_acl(clause: Token) -> bool:
    """Whether a clause on a noun says what the noun holds, not when or how it came.

    "the claim that Crutcher had refused …" holds words; "a statement published at
    midnight" is a participle with neither a subject nor "that" of its own.
    """
    if clause.dep_ == "relcl":
        # "pronouncements that the line was safe", taken for a relative clause: its "that"
        # only introduces it, and the clause has a subject of its own
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
        )
    if clause.dep_ != "acl" or _made_by_its_subject(clause):
        return False
    # "a statement read to the court": a participle, whatever tense the tagger gave it
    return clause.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children
    )


def _made_by_its_subject(clause: Token) -> bool:
    """Whether a clause the parse hung on a noun is a relative clause that says who made the
    noun, its "that" the verb's object: "The report that the clerk filed on Monday was two
    pages long" is about the report, read as if the clerk's filing "was two pages long"."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.dep_ == "acl"
        and c.lemma_.lower() in MAKING_A_WRITING
        and not any(o.dep_ in ("dobj", "ccomp", "agent") for o in c.children)
        for c in subject.children
    )


def _behind(source: Token, nouns: set[int]) -> Token:
    """Who speaks through a reporting noun (one of ``nouns``): the budget office behind "a
    report by the budget office", Harlow's office behind "a statement" it released; or
    through data: Eurostat behind "figures released by Eurostat"; else ``source`` itself."""
    found = _noun_source(source) if source.i in nouns else None
    return found or publisher(source) or source


def _writer_behind(speaker: Token) -> Token:
    """Who wrote or issued the thing a relative "which" stands for, when it bears written
    words: Hale of "Hale shared a post, which read: …", the council of "the council issued a
    statement, which read: …"; the thing itself when no one is named ("a sign which read");
    else ``speaker``.

    The parse may hang the relative on the time before it ("a post on Sunday, which read"),
    which is then read as the object of the verb the time goes with.
    """
    clause = speaker.head
    if speaker.lower_ not in RELATIVES or clause.dep_ != "relcl":
        return _issued_before(speaker) or speaker
    written = clause.head
    if written.ent_type_ in ("DATE", "TIME") and written.dep_ == "pobj":
        act = written.head.head
        written = next((c for c in act.children if c.dep_ == "dobj"), written)
    if written.lemma_.lower() not in WRITTEN_NOUNS:
        return speaker
    return _noun_source(written) or written


WRITING_LOOKBACK = 120  # tokens back to the statement "the statement" goes on with


def _issued_before(writing: Token) -> Token | None:
    """Who issued the statement "the statement" goes on with: the family of "In a statement
    …, the victim's family said …. “…,” the statement said."; None when ``writing`` is no
    such "the" noun, or the one before names no one."""
    lemma = writing.lemma_.lower()
    if (
        writing.pos_ != "NOUN"
        or lemma not in WRITTEN_NOUNS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in writing.children)
        or _noun_source(writing) is not None
    ):
        return None
    doc = writing.doc
    earlier = (
        t
        for t in reversed(doc[max(0, writing.i - WRITING_LOOKBACK) : writing.i])
        if t.lemma_.lower() == lemma
    )
    first = next(earlier, None)
    return None if first is None else _noun_source(first)


def _noun_source(noun: Token) -> Token | None:
    """Whose claim: "Trump's claim", "a claim by Trump", "Trump issued a warning"."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return child
        if child.dep_ == "amod" and child.ent_type_ == "NORP" and child.i == noun.i - 1:
            return child  # "the European reluctance to …", "Russian claims that …"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return object_of(child)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in SOURCE_VERBS:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    sayer = said_through(noun)
    if sayer is not None and sayer.pos_ == "VERB":
        # "The buyer said in a statement that …": whoever says it in the statement.
        return next((c for c in sayer.children if c.dep_ == "nsubj"), None)
    return None


def _said_in_turn(turn: Turn, interviewee: bool = False) -> _Attribution:
    """A transcript's turn, a labelled headline's words or an interview's answer, said by
    whom its label or the intro names."""
    speaker = turn.speaker
    return _Attribution(
        [turn.words],
        turn.kind,
        turn.cue,
        None if speaker is None else speaker.root,
        phrase=speaker,
        confidence=0.6,
        interviewee=interviewee,
    )


def _quote_then_source(doc: Doc, text: str, marks: list[Span]) -> list[_Attribution]:
    """A headline that opens with its quote and names who said it after a colon: "'We need
    5,000 more nurses': health chief sets out plan", "'I saw it': witness tells court". The
    source is the subject after the colon, a name or a role ("'Record year': Flood warning
    …" names nobody)."""
    out = []
    for a, b in marks:
        if (a > 0 and text[a - 1] != "\n") or not text.startswith(": ", b):
            continue
        if not headline_at(text, a):
            continue
        line_end = text.find("\n", b)
        rest = doc.char_span(b + 2, len(text) if line_end < 0 else line_end, "expand")
        source = None if rest is None else rest.root
        if source is not None and source.pos_ not in ("NOUN", "PROPN"):
            source = next((c for c in source.children if c.dep_ == "nsubj"), None)
        if source is None or not (source.ent_type_ == "PERSON" or headline_role(source)):
            continue
        colon = doc.char_span(b, b + 1)
        cue = colon[0] if colon is not None else None
        out.append(_Attribution([(a, b)], QuoteKind.DIRECT, cue, source, confidence=0.6))
    return out


def _put_to_the_interviewee(
    doc: Doc, found: list[_Attribution], interview: Interview, in_quote: list[int]
) -> None:
    """Whom an interview's questions and headline speak of is the interviewee: "You promised
    10,000 homes. How?" reports her promise, "Your critics say …" her critics, whom no
    "your" names for a reader; the headline's "'…': the new mayor on her first 100 days"
    quotes the mayor the intro names."""
    interviewee = interview.interviewee
    text = doc_text(doc)
    for a in found:
        speaker = a.speaker
        if speaker is None:
            continue
        asked = any(start <= speaker.idx < end for start, end in interview.questions)
        # A chunk the interview began before holds no headline: the article's is its first line.
        headline = (
            interviewee is not None
            and speaker.idx < interview.questions[0][0]
            and headline_at(text, a.parts[0][0])
            and speaker.pos_ == "NOUN"
            and headline_role(speaker)
        )
        if (asked and speaker.lower_ == "you") or headline:
            a.speaker = None if interviewee is None else interviewee.root
            a.phrase, a.interviewee = interviewee, True
        elif asked:
            words = phrase(doc, speaker, in_quote, a.cue)
            yours = [t.i for t in words if t.lower_ in SECOND_PERSON]
            if yours and yours[-1] + 1 < words.end:
                a.phrase = doc[yours[-1] + 1 : words.end]
                a.speaker = a.phrase.root


def _answered_in_person(found: list[_Attribution], answers: list[_Attribution]) -> None:
    """ "A: I told the council that …", "WALLACE: I want to ask you …": the one who answers
    or takes a turn of a transcript says "I" in it, not the writer, and "we" ("we raised
    the money"): the interviewee's side, never the writer's "We spoke to her" of the intro."""
    for a in found:
        speaker = a.speaker
        if speaker is None or speaker.lower_ not in ("i", "we"):
            continue
        answer = next((b for b in answers if b.parts[0][0] <= speaker.idx < b.parts[0][1]), None)
        if answer is not None:
            a.speaker, a.phrase, a.interviewee = answer.speaker, answer.phrase, answer.interviewee


def find_attributions(doc: Doc, marks: list[Span], scan: Scan) -> list[_Attribution]:
    """Direct, mixed and indirect attributions in ``doc``, in text order."""
    verbs = lexicon()
    text = doc_text(doc)
    in_quote = scan.in_quote
    verb_cues = scan.cues - _questioned(doc, scan.cues)
    # "Asked whether …, she shrugged. “…”": nobody's question, and the quote after it hers
    asked = {i for i in verb_cues if _asked_by_nobody_named(doc[i], in_quote)}
    noun_cues = {t.i for t in scan.nouns}
    # "According to Limbaugh, “…”" attributes a quote as a verb would.
    cues = verb_cues | {t.i for t in scan.according}
    quote_tokens = tokens_of_quotes(marks, in_quote)
    direct: list[_Attribution] = []
    cue_used: set[int] = set()
    carried_on: dict[int, list[Span]] = {}  # quotes that carry on a cue's reported speech
    woven: set[Span] = set()  # quotes the reporter's sentence runs through: never direct
    for k, tokens in enumerate(quote_tokens):
        if not tokens:
            continue
        span = marks[k]
        signed = _signature(doc, text, span)
        if signed is not None:
            direct.append(signed)
            continue
        named = named_words(doc, tokens, in_quote) or in_view_of(doc, tokens, in_quote)
        if named is not None and (
            not opens_clause(doc, tokens, cues)
            or continues_reporter(doc, tokens, in_quote)
            or linked_cue(doc, tokens, cues) is None
        ):
            # "used the phrase “…”", "its headline: “…”": a noun of words names the quote;
            # "because to her, “…”": whose view the quoted words are.
            noun, source = named
            direct.append(_Attribution([span], QuoteKind.DIRECT, noun, source, confidence=0.7))
            continue
        if not opens_clause(doc, tokens, cues) or continues_reporter(doc, tokens, in_quote):
            namer = naming_cue(doc, tokens, verb_cues, in_quote) or aside_before(
                doc, tokens, verb_cues
            )
            if namer is None:
                woven.add(span)
                joined = joined_after_cue(doc, tokens, verb_cues, in_quote)
                if joined is None:
                    continue  # a fragment woven into the reporter's sentence: mixed speech at most
                # '"A," he said, but "b …"': the cue's words go on after the conjunction.
                previous = direct[-1] if direct else None
                if previous is not None and previous.cue is not None and previous.cue.i == joined.i:
                    previous.parts.append(span)
                else:
                    carried_on.setdefault(joined.i, []).append(span)
                continue
            # 'calls them "lone wolves"', 'likened the rules to "tearing up the charter"': the
            # quoted words are what the cue reports, the words before them only what is named.
            previous = direct[-1] if direct else None
            if previous is not None and previous.cue is not None and previous.cue.i == namer.i:
                previous.parts.append(span)
                continue
            cue_used.add(namer.i)
            direct.append(_Attribution([span], QuoteKind.DIRECT, namer, namer_of(namer, in_quote)))
            continue
        previous = direct[-1] if direct else None
        turn = _turn_before(direct, span, text)
        if turn is not None and linked_cue(doc, tokens, cues) is None:
            # '"…?" asked the barrister. "…," the witness replied. "…?" "…"': turns
            # alternate, each the one two turns before.
            direct.append(
                _Attribution(
                    [span], QuoteKind.DIRECT, None, None, carried_from=turn, confidence=0.5
                )
            )
            continue
        if (
            previous is not None
            and previous.cue is not None
            and opens_sentence(doc, tokens)
            and not own_cue(doc, tokens, cues)
            and only_attribution(previous.cue, text[previous.parts[-1][1] : span[0]])
        ):
            if runs_on(doc, tokens, in_quote):
                woven.add(span)
                continue  # "“…” to drive up the price.": a fragment of the reporter's sentence
            previous.parts.append(span)  # '"A," he said. "B."': one quote, however short B
            continue
        cue = linked_cue(doc, tokens, cues)
        linked = cue
        if cue is not None:
            cue = closer_cue(doc, tokens, cue, cues)
        confidence = 0.9
        if cue is None:
            cue, confidence = colon_cue(doc, tokens, cues), 0.7
        if cue is None:
            # "Cole hit back: “…”", "“…,” Cole hit back": no reporting verb, but the quote's.
            cue = verb_before_colon(doc, tokens, in_quote) or retort_after(doc, tokens)
        if cue is None and reads_as_quote(doc, tokens):
            cue, confidence = nearest_cue(doc, tokens, cues), 0.7
        elif cue is None and ends_utterance(doc, tokens):
            cue, confidence = cue_right_after(doc, tokens, cues), 0.7
        if cue is not None and cue.lower_ == "according":
            # '"Did you hit a deer?" she asked him, according to the affidavit': she asked;
            # the affidavit is where the reporter read it.
            cue = cue_right_after(doc, tokens, verb_cues) or cue
        if cue is not None:
            if reported_clause_between(doc, tokens, cue, in_quote) or after_example_word(
                doc, tokens, in_quote
            ):
                woven.add(span)
                carried_on.setdefault(cue.i, []).append(span)  # the clause goes on in quotes
                continue
            if not stands_alone(doc, tokens, cue, in_quote, cues) or embedded(
                cue, tokens, in_quote
            ):
                woven.add(span)
                continue  # the reporter's own words run into it: mixed speech
            previous = direct[-1] if direct else None
            if previous is not None and previous.cue is not None and previous.cue.i == cue.i:
                previous.parts.append(span)
                continue
            if (
                not reads_as_quote(doc, tokens)
                and linked_only_by_object(doc, tokens)
                and not utterance_after(doc, tokens, cue)
                and not (
                    (ends_utterance(doc, tokens) or hands_on(doc, tokens))
                    and right_after(doc, tokens, cue)
                )
                and not split_by(doc, tokens, cue, in_quote)
            ):
                continue  # a short quoted name the cue mentions, not a whole utterance
            cue_used.add(cue.i)
            if linked is not None:
                cue_used.add(linked.i)  # when a closer cue wins, the parse's cue said this too
            speaker = speaker_of(cue, in_quote)
            if speaker is not None:
                speaker = _writer_behind(speaker)  # "shared a post, which read: “…”"
            direct.append(
                _Attribution([span], QuoteKind.DIRECT, cue, speaker, confidence=confidence)
            )
            continue
        if (
            not reads_as_quote(doc, tokens)
            or not opens_sentence(doc, tokens)
            or runs_on(doc, tokens, in_quote)
        ):
            continue
        free_cues = verb_cues - cue_used - asked
        reported = reported_before(doc, tokens, free_cues, in_quote)
        if reported is not None:
            # "…, Schiff said. “The other factor …”": the quote carries on reported speech.
            carried_on.setdefault(reported.i, []).append(span)
            continue
        if previous is None or span[0] - previous.parts[-1][1] > CARRY_OVER_CHARS:
            subject_before = _paragraph_subject(doc, text, span, tokens, in_quote)
            if subject_before is not None:
                # "Donald MacRae, 66, is retiring.\n\n“…”": a feature quotes whom it just
                # introduced.
                direct.append(
                    _Attribution([span], QuoteKind.DIRECT, None, subject_before, confidence=0.5)
                )
            continue
        newcomer = _newcomer_before(doc, tokens, in_quote, previous.carried_from or previous)
        if newcomer is None:
            reported = reported_paragraph_before(doc, tokens, free_cues, in_quote)
            reporter = None if reported is None else subject(reported, in_quote)
            if reporter is not None and (reporter.lower_ in ("he", "she") or person_word(reporter)):
                newcomer = reporter  # a body's vote or ruling gives it no one's quote
        if newcomer is not None:
            # "“…,” Niamh says. Asked …, Quinlan is quiet. “Once more, maybe.”": Quinlan's;
            # and a paragraph reporting what a person says gives the quote after it to them.
            direct.append(_Attribution([span], QuoteKind.DIRECT, None, newcomer, confidence=0.6))
            continue
        direct.append(
            _Attribution(
                [span],
                QuoteKind.DIRECT,
                None,
                None,
                carried_from=previous.carried_from or previous,
                confidence=0.6,
            )
        )
    taken = [p for a in direct for p in a.parts]
    indirect = [
        a
        for a in _according_to(doc, scan, noun_cues, marks)
        if a.cue is not None and a.cue.i not in cue_used and not _covered(a.parts, taken)
    ]
    for i in sorted(verb_cues):
        cue = doc[i]
        if i in cue_used:
            # "said engineers were waiting for parts: “We expect …”": the words before the
            # colon are reported speech of the cue that the quote after it gave its speaker.
            before = _reported_before_colon(cue, in_quote)
            if before is not None:
                speaker = subject(cue, in_quote)
                words = [chars(doc, *before)]
                indirect.append(
                    _Attribution(words, QuoteKind.INDIRECT, cue, speaker, confidence=0.8)
                )
            continue
        if i in asked or _imperative(cue) or _asked_not_told(cue, in_quote, text):
            continue
        if _reports_nothing(cue):
            if i in carried_on:
                # 'refused to blame the referee. “We switched off.”': the quote is the
                # subject's own, not words of the act before it
                quoted = carried_on[i]
                speaker = subject(cue, in_quote)
                kind = _reported_kind(quoted, marks)
                indirect.append(_Attribution(quoted, kind, None, speaker, confidence=0.6))
            continue
        parts = [
            _whole_marks(chars(doc, a, b), marks)
            for a, b in complement(cue, in_quote, verbs[cue.lemma_.lower()])
        ] or _after_colon_paragraph(doc, text, cue)
        parts = _past_the_refusal(cue, parts)
        following = carried_on.get(i, [])
        if not parts or _covered(parts, taken):
            parts = []
        if not parts and not following:
            continue
        parts = _union(parts + following)
        kind = _reported_kind(parts, marks)
        speaker = subject(cue, in_quote)
        if speaker is not None:
            # "released a statement saying …", "shared a post, which read …"
            speaker = _behind(_writer_behind(speaker), noun_cues)
        indirect.append(_Attribution(parts, kind, cue, speaker, confidence=0.8))
    reporting = {a.cue.i for a in indirect if a.cue is not None}
    indirect.extend(_noun_cues(doc, scan, marks, taken, reporting))
    indirect.extend(_adjective_cues(doc, scan, marks, taken))
    indirect.extend(_phrase_cues(doc, text, scan, marks, taken))
    indirect = _quoted_whole(indirect, marks, taken, woven, text)
    turns = [_said_in_turn(t) for t in labelled_lines(doc, text, marks)]
    indirect.extend(turns)
    indirect.extend(_quote_then_source(doc, text, marks))
    interview = find_interview(doc, text, marks)
    answers = [] if interview is None else [_said_in_turn(t, True) for t in interview.answers]
    if interview is not None:
        _put_to_the_interviewee(doc, direct + indirect, interview, in_quote)
    _answered_in_person(direct + indirect, answers + turns)
    nested = {id(a) for a in _within_turns(direct + indirect, answers + turns)}
    found = _second_sources_dropped(
        sorted(
            (a for a in direct + indirect + answers if id(a) not in nested),
            key=lambda a: a.parts[0],
        )
    )
    for a in found:
        if a.speaker is not None and a.phrase is None:
            stop = a.cue
            a.phrase = phrase(doc, a.speaker, in_quote, stop)
    return found


def _within_turns(found: list[_Attribution], turns: list[_Attribution]) -> list[_Attribution]:
    """The attributions of ``found`` that a transcript's turn holds, by whoever takes the
    turn, cued by a verb of mind: "A: No, I don't think so. I learned on the job" is the
    answer's words, one quote of whoever answers; its "think" and "learned" are no reports
    of their own. What the turn reports was said, by others ("PENCE: The Clinton camp
    announced that …") or by the one answering ("I told the police that …"), is a report
    still."""
    verbs = lexicon()
    out = []
    for turn in turns:
        start, end = turn.parts[0]
        out += [
            a
            for a in found
            if a.cue is not None
            and _same_speaker(a, turn)
            and _of_mind(a.cue, verbs)
            and a is not turn
            and start <= a.cue.idx < end
            and _covered(a.parts, [turn.parts[0]])
        ]
    return out


def _of_mind(cue: Token, verbs: dict[str, Verb]) -> bool:
    """Whether a cue is a verb of belief, expectation, finding or intent, or an adjective of
    mind ("is sure that …")."""
    verb = verbs.get(cue.lemma_.lower())
    return (verb is not None and verb.mind) or cue.lower_ in mind_adjectives()


def _same_speaker(a: _Attribution, b: _Attribution) -> bool:
    """Whether two attributions are one speaker's: the same word, or the interviewee that
    an earlier chunk names."""
    if a.speaker is None or b.speaker is None:
        return a.speaker is b.speaker and a.interviewee and b.interviewee
    return a.speaker.i == b.speaker.i


def _past_the_refusal(cue: Token, parts: list[Span]) -> list[Span]:
    """The words a refusal is about, after the verb refused that its cue shows whole
    ("refused to be drawn" on "on the penalty", "declined to give" on "a date"); as they
    were when nothing follows that verb ("declined to elaborate")."""
    refused = _refused(cue)
    if refused is None or refused.i + 1 >= len(cue.doc):
        return parts
    after = cue.doc[refused.i + 1].idx
    return [(max(start, after), end) for start, end in parts if end > after] or parts


def _second_sources_dropped(found: list[_Attribution]) -> list[_Attribution]:
    """Without what a word of belief, finding or intent, or a passive naming no teller,
    reports inside someone else's words.

    "Lindqvist said the company expects earnings of $4.10" is what Lindqvist said; the
    company is no second source of those words, nor is "the research" in "cautioned that
    the research showed …", nor anyone in "said she had been warned that …".
    """
    outer = [a for a in found if a.kind is not QuoteKind.DIRECT]
    return [a for a in found if not _second_source(a, outer)]


def _second_source(a: _Attribution, outer: list[_Attribution]) -> bool:
    """Whether ``a`` is cued by a verb or noun of belief, finding or intent, or by a passive
    naming no teller, and its cue and most of its words lie in the words of one of
    ``outer``."""
    cue = a.cue
    if cue is None:
        return False
    lemma = cue.lemma_.lower()
    verb = lexicon().get(lemma)
    # "said the council's plans to …": a noun of intent is part of the words as a verb is
    as_verb = cue.pos_ in ("VERB", "AUX")
    mind = verb is not None and verb.mind if as_verb else lemma in mind_nouns()
    # "said they were confident that …": a belief they told of, as "believed" would be
    mind = mind or cue.lower_ in mind_adjectives()
    # "said it would publish a report", "said he will oppose the plan": an act to come,
    # part of the words, not words of its own; so is an act asked for or backed ("said
    # she supported hiring more staff"), and a promise or warning nobody is named for
    mind = (
        mind
        or (as_verb and any(c.tag_ == "MD" and c.dep_ == "aux" for c in cue.children))
        or (as_verb and _an_act(cue, a.parts[0][0]))
        or (not as_verb and a.speaker is None)
    )
    at = cue.idx
    return (mind or (as_verb and _told_by_no_one(cue))) and any(
        b is not a
        and any(start <= at < end for start, end in b.parts)
        and _covered(a.parts, b.parts)
        for b in outer
    )


def _told_by_no_one(cue: Token) -> bool:
    """Whether a reporting verb is a passive that names no one telling: "she had been warned
    that the vote could fail", "was told that …". Inside another's words it is what they
    said, not a report with a teller of its own."""
    deps = {c.dep_ for c in cue.children}
    return "auxpass" in deps and "agent" not in deps


def _an_act(cue: Token, words_start: int) -> bool:
    """Whether the words a verb reports, starting at ``words_start``, are an act with no
    subject of its own, an infinitive or a gerund: "asking residents [to pay more]",
    "supported [hiring more officers]"."""
    first = next((t for t in cue.rights if t.left_edge.idx == words_start), None)
    if first is not None and first.left_edge.tag_ in ("TO", "VBG"):
        return True
    # "asking families [to pay more]", whom it is asked of before the act
    return any(
        c.dep_ == "xcomp"
        and (who := bidden(cue, c)) is not None
        and who.left_edge.idx == words_start
        for c in cue.children
    )


def _newcomer_before(
    doc: Doc,
    quote: list[int],
    in_quote: list[int],
    last: _Attribution | None,
    pronoun: bool = False,
) -> Token | None:
    """A person other than the last speaker who is the subject of the sentence right before
    a quote that has no cue: the one the quote now follows. With ``pronoun``, a "he" or
    "she" there is one too, for a caller who knows whom it stands for."""
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    colon = before >= 0 and doc[before].text == ":"
    while before >= 0 and (doc[before].is_space or doc[before].is_punct):
        before -= 1
    if before < 0 or in_quote[before] >= 0:
        return None
    sent = doc[before].sent
    if any(in_quote[t.i] >= 0 for t in sent):
        return None
    who = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if who is None:
        return None
    # "He gave a long account, reproduced here in full:" opens the quote that follows.
    introduced = who.lower_ in ("he", "she") and (colon or pronoun)
    if not introduced and (who.pos_ != "PROPN" or who.ent_type_ != "PERSON"):
        return None
    if last is not None and last.speaker is not None and last.speaker.lower_ == who.lower_:
        return None
    return who


def _turn_before(direct: list[_Attribution], span: Span, text: str) -> _Attribution | None:
    """Who speaks a quoted paragraph in an exchange of questions and answers between two
    speakers, each turn a paragraph of its own: the one two turns back, when the quote asks
    as that turn did and the last did not ("“…?” asked the barrister. “…,” the witness
    replied. “So …?”" is the barrister's; the answer after it the witness's)."""
    if len(direct) < 2 or not _whole_paragraph(text, span):
        return None
    before, last = direct[-2], direct[-1]
    spans = [(a.parts[0][0], a.parts[-1][1]) for a in (before, last)] + [span]
    if not all(_opens_paragraph(text, a) for a, _ in spans):
        return None
    if any(text.count("\n\n", b, c) != 1 for (_, b), (c, _) in pairwise(spans)):
        return None  # another paragraph between two turns
    first, second = before.carried_from or before, last.carried_from or last
    if first.speaker is None or second.speaker is None:
        return None
    if first.speaker.lower_ == second.speaker.lower_:
        return None
    asks = [_asks(text, a) for a in spans]
    return first if asks[0] == asks[2] != asks[1] else None


# The texts here are whole chunks of an article: these look only around the quote, never
# slice to the text's start or end.


def _whole_paragraph(text: str, span: Span) -> bool:
    """Whether a quoted span opens its paragraph and nothing follows it there."""
    line_end = text.find("\n", span[1])
    after = text[span[1] : line_end if line_end != -1 else len(text)]
    return _opens_paragraph(text, span[0]) and not after.strip()


def _opens_paragraph(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text.endswith("\n\n", 0, i)


def _asks(text: str, span: Span) -> bool:
    """Whether the quoted words end in a question mark."""
    return text[span[0] : span[1]].rstrip("\"”’' ,").endswith("?")


_NOT_SPACE = re.compile(r"\S")


def _paragraph_subject(
    doc: Doc, text: str, span: Span, quote: list[int], in_quote: list[int]
) -> Token | None:
    """The one person the paragraph before a quote is about, when the quote is whole
    paragraphs of its own and nobody has been quoted before it: the subject of that
    paragraph's last sentence, the only person the paragraph names."""
    if not _opens_paragraph(text, span[0]):
        return None
    after = span[1]
    while after < len(text) and text[after] in " \t":
        after += 1
    if not text.startswith("\n", after) and _NOT_SPACE.search(text, span[1]):
        return None
    before = span[0]
    while before > 0 and text[before - 1].isspace():
        before -= 1
    opened = text.rfind("\n\n", 0, before)
    who = _newcomer_before(doc, quote, in_quote, None, pronoun=True)
    if who is None:
        # "He learned the trade from his father. The Pryces have built boats …": the
        # paragraph's last sentence is about a family; an earlier one about the person.
        who = _pronoun_subject_in(doc, opened, before)
        opened = text.rfind("\n\n", 0, max(0, opened))  # "he" is named a paragraph up
    if who is None:
        return None
    named = [e for e in doc.ents if e.label_ == "PERSON" and opened < e.start_char < span[0]]
    if who.lower_ in ("he", "she"):
        # "Margaret Ellis will retire. She spoke to us.": the paragraph's subject is named
        # before its "she", who is whom that paragraph is about.
        return who if any(e.root.dep_ in SUBJECTS for e in named) else None
    return who if {e[-1].lower_ for e in named} == {who.lower_} else None


def _pronoun_subject_in(doc: Doc, start: int, end: int) -> Token | None:
    """The last "he" or "she" that is the subject of a main clause in the paragraph between
    ``start`` and ``end``, when no other person is."""
    span = doc.char_span(max(0, start), end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    people: list[Token] = []
    i = span.start
    while i < span.end:
        sent = doc[i].sent
        if sent.start >= span.start:  # not the sentence before, which the break ends
            people += [
                c
                for c in sent.root.children
                if c.dep_ in ("nsubj", "nsubjpass")
                and (c.lower_ in ("he", "she") or c.ent_type_ == "PERSON")
            ]
        i = sent.end
    if len({c.lower_ for c in people}) != 1 or people[-1].lower_ not in ("he", "she"):
        return None
    return people[-1]


def _reports_nothing(cue: Token) -> bool:
    """Whether a reporting verb is used for no words: "asked not to be named", "called 911",
    "is asked to call the tip line", "is expected to testify", "when told of his remarks",
    "a film that feels observed"."""
    deps = {c.dep_ for c in cue.children}
    if cue.tag_ == "VBN" and "agent" not in deps and not deps & {"ccomp", "dobj"}:
        passive = bool(deps & {"auxpass", "nsubjpass"}) and "xcomp" in deps
        # "Police were called to the scene": summoned, with nothing they are called
        summoned = (
            cue.lemma_.lower() == "call"
            and bool(deps & {"auxpass", "nsubjpass"})
            and not deps & {"oprd", "xcomp", "attr", "acomp"}
        )
        bare = cue.dep_ in ("advcl", "acl") and not deps & {"nsubj", "nsubjpass", "xcomp"}
        # "with the new pool expected to open in 2029": a passive participle, whatever
        # subject the parse gave it, and no one named who expects it
        passive = passive or (
            cue.dep_ == "pcomp" and cue.head.lower_ in ("with", "without") and "aux" not in deps
        )
        # "a film that feels observed": what is observed is the film, not any words
        relative = cue.dep_ == "relcl" and "nsubjpass" in deps
        # "a source said the policy had been discussed for months": within someone's words,
        # a topic of theirs, not words of its own
        topic = (
            "nsubjpass" in deps
            and "xcomp" not in deps
            and cue.dep_ == "ccomp"
            and cue.head.lemma_.lower() in lexicon()
        )
        if passive or bare or relative or topic or summoned:
            return True
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in LEAVE_TO_SPEAK:
        return True  # "not authorised to discuss the talks": leave to speak, not speech
    if _a_duty(cue):
        return True  # "firms must report a breach within 72 hours": no words said
    if "xcomp" in deps and any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in ("name", "identify")
        and any(a.dep_ == "auxpass" for a in c.children)
        for c in cue.children
    ):
        return True
    if _refuses_an_act(cue) or _denies_someone(cue) or _a_practice_not_to(cue):
        return True
    if undone_by(cue) is not None and _spares_someone(cue):
        return True
    if _shown_by_someone(cue) or _adds_to_something(cue) or names_the_writing(cue):
        return True  # "… in a letter that the BBC has seen that …": the BBC saw the letter
    lemma = cue.lemma_.lower()
    if "prt" in deps and any(
        c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL_ACTS for c in cue.children
    ):
        return True
    if lemma in _PERCEIVING and any(_event_seen(c) for c in cue.children):
        return True
    if lemma in _ASKING and _asks_about_a_topic(cue):
        return True
    if lemma in _ACTS_BY_OBJECT and _object_makes_an_act(cue, _ACTS_BY_OBJECT[lemma]):
        return True  # "invoked emergency powers", "declared bankruptcy", "offered a bonus"
    if lemma in ("find", "seek") and _someone_found_or_sought(cue):
        return True
    return lemma == "call" and any(_a_number_rung(c) for c in cue.children)


# What police look for or find where it lies, besides someone or a place: a suspect, a
# body, a weapon.
_LOOKED_FOR = frozenset(
    [
        "suspect",
        "attacker",
        "robber",
        "thief",
        "killer",
        "body",
        "corpse",
        "remains",
        "weapon",
        "gun",
        "handgun",
        "rifle",
        "knife",
        "firearm",
    ]
)


def _someone_found_or_sought(cue: Token) -> bool:
    """Whether "find" or "seek" names coming upon or looking for someone or something, not
    a finding or words sought: "found a man lying in the road", "found the body of a
    woman", "are seeking two men"; not "found him guilty", "found a link between sleep and
    memory", "sought assurances"."""
    children = list(cue.children)
    if any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in children):
        return False
    found = next((c for c in children if c.dep_ == "dobj"), None)
    if found is None:
        return False
    targets = physical_targets()
    return any(
        person_word(thing) or thing.lemma_.lower() in targets | _LOOKED_FOR
        for thing in [found, *found.conjuncts]
    )


def _a_number_rung(called: Token) -> bool:
    """Whether what "call" takes is a telephone number: "called 911", "call Kent Police on
    101"."""
    if called.dep_ == "dobj" and called.like_num:
        return True
    number = object_of(called) if called.dep_ == "prep" and called.lower_ == "on" else None
    return number is not None and number.like_num


def _a_practice_not_to(cue: Token) -> bool:
    """Whether a verb denied in the simple present tells what a body does as a rule, in the
    reporter's words, not what it would not say when asked: "The company does not disclose
    the pay of its staff" (unlike "did not say", "declined to say"). A person's "does not
    say" in a feature's present is still words held back."""
    children = list(cue.children)
    present = any(c.dep_ == "aux" and c.lower_ in ("does", "do") for c in children)
    if not present or not any(c.dep_ == "neg" for c in children):
        return False
    who = next((c for c in children if c.dep_ == "nsubj"), None)
    return who is not None and who.pos_ == "NOUN" and who.ent_type_ != "PERSON"


# Modals of a duty: "must report", "should explain" say what is owed, not what was said.
_OBLIGING = frozenset(["must", "should", "ought"])


def _a_duty(cue: Token) -> bool:
    """Whether a reporting verb says what someone is bound to tell, not what they told:
    "firms must report a serious breach to the regulator", "ministers should explain the
    delay"; not the speaker's own "I must say that …", nor what someone "should know"."""
    verb = lexicon().get(cue.lemma_.lower())
    if verb is None or verb.mind:
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    return (
        subject is not None
        and subject.lower_ not in ("i", "we")
        and any(c.dep_ == "aux" and c.lower_ in _OBLIGING for c in cue.children)
    )


def _adds_to_something(cue: Token) -> bool:
    """Whether "add" means making more of something: "the results added to a growing pile of
    evidence", "the row added to pressure on her"; "he added to reporters that …" says."""
    to = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    if cue.lemma_.lower() != "add" or to is None or to.lower_ != "to" or to.head.i != cue.i:
        return False
    what = object_of(to)
    return what is not None and not (person_word(what) or could_speak(what))


# What is invoked to be used, not voiced: powers, rights and the laws that grant them.
_POWERS_INVOKED = frozenset(
    [
        "power",
        "right",
        "privilege",
        "law",
        "act",
        "amendment",
        "article",
        "clause",
        "section",
        "provision",
        "statute",
        "rule",
        "mechanism",
        "procedure",
        "veto",
    ]
)


# What is declared to take effect, not to be believed: "declared force majeure", "declared
# bankruptcy", "declared a state of emergency", "declared a dividend", a count's "after the
# result was declared" (not "declared that …", nor "declared the vote a sham").
_DECLARED_IN_FORCE = frozenset(
    [
        "majeure",
        "bankruptcy",
        "insolvency",
        "emergency",
        "dividend",
        "martial",
        "curfew",
        "result",
        "winner",
    ]
)

# What is offered to be taken, not words: money, a deal, a job ("offered a 3% rise",
# "offered her a job"; not "offered an apology", "offered no explanation").
_THINGS_OFFERED = frozenset(
    [
        "increase",
        "rise",
        "raise",
        "bonus",
        "deal",
        "job",
        "contract",
        "loan",
        "payment",
        "pay",
        "sum",
        "discount",
        "refund",
        "compensation",
        "reward",
        "settlement",
        "place",
        "seat",
        "scholarship",
        "salary",
        "wage",
        "money",
        "cash",
        "package",
        "incentive",
        "subsidy",
        "stake",
        "bid",
        "ticket",
        "voucher",
        "accommodation",
        "shelter",
    ]
)

# A firm's results, which it reports as figures in its accounts, not as words: "reported a
# loss of £3m", "reported record sales", "reported a 38% fall in profit" (not "reported a
# rise in crime", nor "reported that its loss had widened").
_RESULTS_REPORTED = frozenset(
    [
        "loss",
        "profit",
        "revenue",
        "earnings",
        "sale",
        "turnover",
        "income",
        "deficit",
        "surplus",
        "margin",
        "ebitda",
        "result",
        "writedown",
        "impairment",
    ]
)

# What is sought or asked for to be granted or given, not said: "seek permission to appeal",
# "sought asylum", "is seeking damages", "asked for donations" (not "sought assurances",
# "asked for clarification", which are asked for in words); and comment, which a reporter
# asks for ("sought comment from Hale", "calls seeking comment"): the asking is no one's words.
_THINGS_SOUGHT = frozenset(
    [
        "comment",
        "permission",
        "leave",
        "approval",
        "consent",
        "funding",
        "money",
        "donation",
        "asylum",
        "refuge",
        "shelter",
        "help",
        "assistance",
        "treatment",
        "compensation",
        "damages",
        "injunction",
        "bail",
        "custody",
        "job",
        "work",
        "election",
        "nomination",
        "office",
    ]
)

# Reporting verbs that an object of these makes an act.
_ACTS_BY_OBJECT = {
    "invoke": _POWERS_INVOKED,
    "declare": _DECLARED_IN_FORCE,
    "offer": _THINGS_OFFERED,
    "seek": _THINGS_SOUGHT,
    "ask": _THINGS_SOUGHT,
    "request": _THINGS_SOUGHT,
    "report": _RESULTS_REPORTED,
    "post": _RESULTS_REPORTED,
}


def _object_makes_an_act(cue: Token, acts: frozenset[str]) -> bool:
    """Whether the object of a verb is one that makes it an act: read from the object's
    noun, the words that qualify it ("force majeure", "martial law") and what it is "of" or
    "in" ("a state of emergency", "a fall in profit"); a sum ("offered residents £300") is
    money."""
    for thing in cue.children:
        if thing.dep_ == "prep" and thing.lower_ == "for":
            # "asked for donations": what is asked for is the object
            thing = next((c for c in thing.children if c.dep_ == "pobj"), thing)
        if thing.dep_ not in ("dobj", "pobj", "nsubjpass"):  # "a curfew was declared"
            continue
        words = {thing.lemma_.lower(), "money" if thing.ent_type_ == "MONEY" else ""}
        for c in thing.children:
            if c.dep_ in ("compound", "amod", "conj"):
                words.add(c.lemma_.lower())
            elif c.dep_ == "prep" and c.lower_ in ("of", "in"):
                words.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
        if not words.isdisjoint(acts):
            return True
    return False


# Verbs of the senses that also report a view: "sees the plan as a mistake", "heard that …".
_PERCEIVING = frozenset(["see", "hear", "feel", "watch", "notice", "witness"])
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD", "VBG"])


def _event_seen(clause: Token) -> bool:
    """Whether a clause a verb of the senses takes is an event witnessed, a bare infinitive
    with no tense ("saw the visitors score", "heard her scream") or a gerund seen in the past
    ("saw people running"), not a view ("saw that the scheme had failed", "see rates
    rising")."""
    # "saw people running": witnessed as it went on; "sees the economy growing", foreseen
    witnessed = clause.tag_ == "VBG" and clause.head.tag_ == "VBD"
    return (
        clause.dep_ == "ccomp"
        and (clause.tag_ not in _FINITE_TAGS or witnessed)
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)
    )


_ASKING = frozenset(["ask", "inquire", "enquire", "query"])


def _asks_about_a_topic(cue: Token) -> bool:
    """Whether a verb of asking names only what the question was about, not the question:
    "Reporters asked about the delay", "When she asked him about the cost". The asker says
    nothing there; "asked whether …" and "asked about how …" still report a question."""
    about = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "about"]
    if not about or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return False
    if any(c.dep_ == "dobj" and c.pos_ not in ("PRON", "PROPN") for c in cue.children):
        return False  # "asked questions about …" is no topic alone; the object is the words
    # "about how it happened" holds a question; "about the delay" only its topic
    return all(
        object_of(p) is not None and not any(c.dep_ == "pcomp" for c in p.children) for p in about
    )


# Reporting verbs that a particle makes an act: "called off the wedding", "wrote off the
# debt", "put off the vote" (not "backed off the pledge", a position given up).
_PHRASAL_ACTS = frozenset([("call", "off"), ("write", "off"), ("put", "off"), ("call", "up")])


def _denies_someone(cue: Token) -> bool:
    """Whether a verb of denial or doubt has someone for its object, and nothing said of
    them: "police questioned the driver", "a survey questioned 2,000 people", "the club
    dismissed the manager" question, poll or sack someone; only words are denied or
    doubted ("dismissed him as a liar" says what he is)."""
    verb = lexicon().get(cue.lemma_.lower())
    if verb is None or not verb.denies:
        return False
    thing = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if thing is None or judges(cue):
        return False
    if any(t.lower_ == "as" for t in thing.subtree):
        return False
    kind = mention_for(thing, thing.doc[thing.i : thing.i + 1]).kind
    counted = any(c.dep_ == "nummod" for c in thing.children)
    return kind is SpeakerKind.PERSON or (kind is SpeakerKind.GROUP and counted)


# Verbs of finding someone at fault: refused, they say nothing of anyone. Refusing to back
# someone ("refused to endorse Trump") is a position taken, and reported.
_FAULTING = frozenset(["blame", "criticise", "criticize", "fault"])


def _spares_someone(refused: Token) -> bool:
    """Whether a refused verb of finding fault has someone for its object and no words of
    its own: "refused to blame the referee", "declined to criticise her deputy"."""
    if refused.lemma_.lower() not in _FAULTING or any(c.dep_ == "ccomp" for c in refused.children):
        return False
    thing = next((c for c in refused.children if c.dep_ == "dobj"), None)
    if thing is None:
        return False
    return (
        person_word(thing)
        or mention_for(thing, thing.doc[thing.i : thing.i + 1]).kind is SpeakerKind.PERSON
    )


def _shown_by_someone(cue: Token) -> bool:
    """Whether a verb that reports what a thing found has a person showing an object, a
    state or a thing, not words: "Dunmore showed no emotion", unlike "figures showed a
    rise" or "she showed that the test was wrong"."""
    if cue.lemma_.lower() not in THING_VERBS:
        return False
    deps = {c.dep_ for c in cue.children}
    doer = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if doer is None or "dobj" not in deps or "ccomp" in deps:
        return False
    if doer.lemma_.lower() in SOURCE_NOUNS:
        return False  # "New Poll Shows …": a headline's capitals make no name of the poll
    return (
        person_word(doer)
        or mention_for(doer, doer.doc[doer.i : doer.i + 1]).kind is SpeakerKind.PERSON
    )


def _refused(cue: Token) -> Token | None:
    """The verb a refusal refuses: "pay" of "refused to pay", "comment" of "declined to
    comment"; None for a cue that refuses nothing."""
    if cue.lemma_.lower() not in NOT_DOING:
        return None
    return next((c for c in cue.children if c.dep_ == "xcomp"), None)


def _refuses_an_act(cue: Token) -> bool:
    """Whether the cue refuses something other than words: "refused to pay the bill" or "to
    blame the referee", not "declined to comment" nor "refused to release the report"."""
    refused = _refused(cue)
    if refused is None:
        return False
    keeping_back = withheld()
    return _spares_someone(refused) or not any(
        v.lemma_.lower() in keeping_back for v in [refused, *refused.conjuncts]
    )


def _imperative(cue: Token) -> bool:
    """Whether the cue tells the reader to do something: "Now tell us …", "ask yourself …".

    An order to the reader reports nobody's words, and neither does "Thank you, Cardiff!"
    opening a post (the tagger reads it as present tense, "VBP").
    """
    opening = cue.tag_ == "VBP" and cue.is_sent_start and cue.dep_ == "ROOT"
    if (cue.tag_ != "VB" and not opening) or cue.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in cue.children):
        return False
    return cue.dep_ == "ROOT" or _imperative(cue.head)  # "go further, and ask …"


def _asked_not_told(cue: Token, in_quote: list[int], text: str) -> bool:
    """Whether the cue is asked about, not reported: "Do you know when the council will
    vote?", "Did they say the road would reopen?". A yes-no question, or one put to the
    reader or listener, tells nobody's words. A question in quotation marks is someone's words: "as Bown observed, 'what
    would you pick?'" still reports them. ``text``: the doc's."""
    if text.find("?", cue.idx) < 0:
        return False  # no question after the cue, so none in its sentence (Token.sent is slow)
    sentence = cue.sent
    if not text[sentence.start_char : sentence.end_char].rstrip().rstrip("\"”’'").endswith("?"):
        return False
    root = sentence.root
    if in_quote[root.i] >= 0:
        return False
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    inverted = next((c for c in root.lefts if c.dep_ == "aux" and c.i < subject.i), None)
    if inverted is None:
        return False
    # "How do you know when …?" asks how, and takes the knowing as given.
    opener = sentence.doc[sentence.start : inverted.i]
    if any(t.tag_ in ("WRB", "WP", "WDT") for t in opener):
        return False
    return subject.lower_ == "you" or inverted.i == sentence.start


def _questioned(doc: Doc, cues: set[int]) -> set[int]:
    """The words of the questions put to someone: "whether she worries about …" of "Asked
    whether she worries about …", "if she had said …" of "asked her if she had said …". A cue
    among them is what the question is about, not anything anyone said."""
    out: set[int] = set()
    for ask in (doc[i] for i in cues if doc[i].lemma_.lower() == "ask"):
        for clause in ask.children:
            marks = (m for m in clause.children if m.dep_ == "mark")
            questions = clause.dep_ in ("ccomp", "advcl")
            if questions and any(m.lower_ in ("whether", "if") for m in marks):
                out.update(t.i for t in clause.subtree)
    return out


def _asked_by_nobody_named(cue: Token, in_quote: list[int]) -> bool:
    """Whether the cue is someone being asked, with no asker named: "Asked whether she
    would sell, Trent said no", "Vogt, asked whether …, said", "were asked to leave". The
    question is the reporter's or an unnamed official's, and the one asked is not its source;
    only the cue's subject, had it one, would be."""
    if cue.lemma_.lower() != "ask" or cue.tag_ not in ("VBN", "VBD"):
        return False
    # "Asked whether …, she laughs", parsed as what she laughs: a participle opening the
    # sentence has no subject of its own, whatever the parse climbs to; nor has one after
    # the word that opens it ("When asked about the delay, the spokesman said …"), whatever
    # tense the tagger gave it.
    opening = (cue.tag_ == "VBN" and cue.is_sent_start) or _opened_by_a_subordinator(cue)
    return (opening and not any(c.dep_ in SUBJECTS for c in cue.children)) or subject(
        cue, in_quote
    ) is None


def _opened_by_a_subordinator(verb: Token) -> bool:
    """Whether the one word before ``verb`` opens its sentence and is its subordinator:
    "When asked …", "If elected …", "Once confirmed …"."""
    if verb.i == 0:
        return False
    before = verb.nbor(-1)
    return bool(before.is_sent_start) and before.head == verb and before.dep_ in ("advmod", "mark")


def _union(spans: list[Span]) -> list[Span]:
    """Overlapping spans merged: reported words the parse found inside a quote that goes
    on with them become that quote, marks and all."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _whole_marks(part: Span, marks: list[Span]) -> Span:
    """``part`` widened so that it never cuts a quoted span: 'them "lone wolves' takes its mark.

    The parse may hang a closing mark on the verb rather than on the words it closes.
    """
    start, end = part
    for a, b in marks:
        if a < end < b and a >= start:
            end = b
        if a < start < b and b <= end:
            start = a
    return start, end


def _quoted_whole(
    found: list[_Attribution],
    marks: list[Span],
    taken: list[Span],
    woven: set[Span],
    text: str,
) -> list[_Attribution]:
    """Reported words that lie wholly inside one pair of quotation marks are that passage.

    "According to the mayor, “The bridge … in May. …”": what the cue reports is the quoted
    passage, all of it, whichever clause of it the parse handed the cue; a direct quote,
    unless the reporter's sentence runs through the passage ("told her that “this …”",
    ``woven``), which makes it mixed. A verb whose clause is all of the quoted words keeps
    the kind the rules before gave it: 'said “the timing is wrong.”' finishes the
    reporter's sentence.
    """
    out = []
    used = set(taken)
    for a in found:
        # The mark holding every part holds the first start and the last end (parts: one or more).
        lo, hi = min(p[0] for p in a.parts), max(p[1] for p in a.parts)
        mark = next((m for m in marks if m[0] <= lo and hi <= m[1]), None)
        if mark is None or (_all_words(text, mark, a.parts) and _verb_cue(a)):
            if mark is not None and a.kind is QuoteKind.INDIRECT and a.cue is not None:
                # "''We must not overreact,'' said X" is a quote; '…, and, he said, “mad that
                # everyone was making a fuss.”' finishes the reporter's sentence in quotes.
                before = a.cue.idx < mark[0]
                a.parts, a.kind = [mark], QuoteKind.MIXED if before else QuoteKind.DIRECT
            out.append(a)
        elif mark not in used:
            used.add(mark)
            a.parts, a.kind = [mark], QuoteKind.MIXED if mark in woven else QuoteKind.DIRECT
            out.append(a)
    return out


def _all_words(text: str, mark: Span, parts: list[Span]) -> bool:
    """Whether ``parts`` hold every word of the quoted span ``mark``."""
    inside = set().union(*(range(a, b) for a, b in parts))
    return all(i in inside for i in range(mark[0], mark[1]) if text[i].isalnum())


def _verb_cue(a: _Attribution) -> bool:
    return a.cue is not None and a.cue.pos_ in ("VERB", "AUX") and a.cue.lower_ != "according"


def _after_colon_paragraph(doc: Doc, text: str, cue: Token) -> list[Span]:
    """ "Limbaugh added:" ending a sentence: the next paragraph is what was said."""
    end = cue.sent.end
    while end > cue.i + 1 and doc[end - 1].is_space:
        end -= 1
    if doc[end - 1].text != ":" or end - cue.i > ATTRIBUTION_WORDS:
        return []
    start = doc[end - 1].idx + 1
    while start < len(text) and text[start].isspace():
        start += 1
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    if stop - start < 10 or text[start] in '"“«„':
        return []
    return [(start, len(text[:stop].rstrip()))]


def _reported_before_colon(cue: Token, in_quote: list[int]) -> tuple[int, int] | None:
    """Token range [start, end) of a clause the cue reports that ends at a colon right before
    a quotation mark: "engineers were waiting for parts" in 'said engineers were waiting for
    parts: "We expect …"'."""
    doc = cue.doc
    clause = next(
        (c for c in cue.rights if c.dep_ in COMPLEMENTS and in_quote[c.left_edge.i] < 0), None
    )
    if clause is None:
        return None
    start = clause.left_edge.i
    for i in range(start, cue.sent.end - 1):
        if in_quote[i] >= 0:
            return None
        if doc[i].text == ":":
            if in_quote[i + 1] < 0:
                return None
            found = trimmed(doc, [(start, i)])
            return found[0] if found else None
    return None


def _covered(parts: list[Span], taken: list[Span]) -> bool:
    """Whether at least half of ``parts`` lies inside ``taken``."""
    size = sum(b - a for a, b in parts)
    shared = sum(max(0, min(b, d) - max(a, c)) for a, b in taken for c, d in parts)
    return shared * 2 >= size


def _aside(speaker: Token) -> bool:
    """Whether a speaker is named in an aside, not as a clause's subject: "a farmer's son,
    who had answered an advertisement", "Delaney, asked by an analyst whether …, said"."""
    verb = speaker.head.head if speaker.dep_ == "pobj" else speaker.head
    relative = speaker.lower_ in RELATIVES and verb.dep_ == "relcl"
    return relative or (speaker.head.dep_ == "agent" and verb.dep_ in ("acl", "advcl"))


def _asker_of_named(speaker: Token) -> bool:
    """Whether a speaker is the agent of a passive whose subject is named: in "Okafor was
    asked by a reporter whether …", a later "he replied" is Okafor, the one asked."""
    if speaker.dep_ != "pobj" or speaker.head.dep_ != "agent":
        return False
    return any(c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in speaker.head.head.children)


def _antecedents(doc: Doc, scan: Scan, taken: set[Span], speaking: set[int]) -> list[Mention]:
    """Subjects and passive agents outside quotes: who a later "he" or "they" may be; none
    at a span in ``taken``, the speakers' own mentions, nor a speaker in ``speaking`` whose
    mention has a phrase of its own ("critics" of a question's "Your critics say").

    "This was revealed by the leader of the legion. “…,” he said." needs the agent as
    much as any earlier speaker. So does the subject of a passive main clause ("Deepa
    Sharma was woken by a call. … she said"); inside another clause ("claimed that
    Scalia may have been murdered") it is only a full name for a later surname to join.
    """
    out = []
    text = doc_text(doc)
    # A mention's span is its phrase's: a phrase already taken is not described again.
    for token in (t for t in scan.subjects if not addressed(t, text) and not _byline(t, text)):
        words = phrase(doc, token, scan.in_quote, token.head)
        if (words.start_char, words.end_char) in taken or token.i in speaking:
            continue
        mention = mention_for(token, words)
        main = _in_main_clause(token)
        if token.dep_ == "nsubjpass" and not main:
            mention.antecedent = False
        elif not main:
            # "X told the court that Greaves had lied. …, he said": X before Greaves.
            mention.salient = False
        out.append(mention)
    # "The reporter spoke to the harbourmaster, Jo Price. She said …": the one spoken to,
    # as much a subject as the reporter, and the nearer.
    heard = [h for h in map(_interviewed, scan.hearing) if h is not None]
    for person in heard:
        role = doc[person.left_edge.i : person.i + 1]  # not "about the quay" after it
        words = name_run(person) if person.pos_ == "PROPN" else role
        if (words.start_char, words.end_char) not in taken:
            out.append(mention_for(person, words))
    named = (t for t in scan.named if not addressed(t, text) and not _byline(t, text))
    for token in (t for t in named if t not in heard):
        words = name_run(token)
        if (words.start_char, words.end_char) not in taken:
            mention = mention_for(token, words)
            mention.salient = False
            out.append(mention)
    return out


def _in_main_clause(subject: Token) -> bool:
    """Whether a subject's verb is the sentence's own, or joined to it by "and": not one joined
    to a reported clause ("said the battery would last … and that the screen had been
    tested")."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _byline(name: Token, text: str) -> bool:
    """Whether a name is the author's, in a line that opens with "By": "By Jane Porter,
    Transport Reporter" names who wrote the article, whom no later "she" stands for.
    ``text``: the doc's."""
    end = text.find("\n", name.idx)
    return is_byline(text[text.rfind("\n", 0, name.idx) + 1 : len(text) if end < 0 else end])


def _interviewed(verb: Token) -> Token | None:
    """The person a verb of interviewing has its subject hear, named or by role: "spoke to
    the harbourmaster, Jo Price", "interviewed the mayor", "asked Jo Price", "put the
    question to Trent"."""
    heard_as_object = verb.lemma_.lower() not in PUTTING_TO
    objects = [c for c in verb.children if c.dep_ == "dobj" and heard_as_object]
    objects += heard_with(verb)
    # Any name: the recogniser may take a surname ("Trent") for a river or a firm, and the
    # mention's kind, once its full name is found, decides what a later "she" stands for.
    heard = next(
        (o for o in objects if o.pos_ == "PROPN" or (o.pos_ == "NOUN" and person_word(o))), None
    )
    if heard is None:
        return None
    return heard if heard.pos_ == "PROPN" else _name_beside(heard) or heard


def _name_beside(noun: Token) -> Token | None:
    """The name a comma sets beside a role noun, "the harbourmaster, Jo Price,", however
    the parse hung it: its last word."""
    doc, at = noun.doc, noun.i + 2

    def a_name(i: int) -> bool:
        return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "PERSON"

    if at >= len(doc) or doc[noun.i + 1].text != "," or not a_name(at):
        return None
    while a_name(at + 1):
        at += 1
    return doc[at]


def attribute(doc: Doc, marks: list[Span]) -> tuple[list[Quote], list[Speaker], Mention | None]:
    """The quotes and speakers of ``doc``, with offsets into ``doc.text``, and the mention of
    the interviewee that its Q&A's intro names, if it prints one."""
    scanned = scan(doc, marks)
    found = find_attributions(doc, marks, scanned)
    mentions = []
    reported = [part for a in found for part in a.parts]
    for a in found:
        if a.speaker is not None and a.phrase is not None:
            a.mention = mention_for(a.speaker, a.phrase)
            # "Whitfield said Cho planned to retire. “…,” she said": Cho is in Whitfield's
            # words, the one a later "she" is after her.
            at = None if a.cue is None else a.cue.idx  # read once: a Token per read
            nested = at is not None and any(start <= at < end for start, end in reported)
            if _aside(a.speaker) or _asker_of_named(a.speaker) or nested:
                a.mention.salient = False
            mentions.append(a.mention)
    taken = {m.span for m in mentions}
    speaking = {a.speaker.i for a in found if a.speaker is not None}
    others = _antecedents(doc, scanned, taken, speaking)
    resolve(mentions + others)
    keys = {m.key for m in mentions}
    mentions += [m for m in others if m.key in keys]
    verbs = lexicon()
    quotes = []
    for a in _outer_cues_dropped(found):
        source = a.carried_from if a.carried_from is not None else a
        mention = source.mention
        cue = source.cue if a.cue is None else a.cue
        group, negated = (None, False) if cue is None else _cue_group(cue, a.parts[0][0])
        shown = a.cue is not None
        # The interviewee an earlier chunk names: so keyed until the chunks are put together.
        named_before = NAMED_BEFORE if source.interviewee else None
        quotes.append(
            Quote(
                parts=tuple(a.parts),
                kind=a.kind,
                speaker=mention.name if mention else None,
                speaker_key=mention.key if mention else named_before,
                speaker_span=mention.span if mention else None,
                cue=span_text(group) if shown and group is not None else None,
                cue_span=(group.start_char, group.end_char)
                if shown and group is not None
                else None,
                stance=_stance(verbs, cue),
                confidence=a.confidence,
                negated=negated,
            )
        )
    interviewee = next((a.mention for a in found if a.interviewee and a.mention), None)
    return quotes, speakers_of(quotes, mentions), interviewee


def _cue_group(cue: Token, words_start: int) -> tuple[SpacySpan, bool]:
    """The words that say how the cue's words were said, and whether they deny saying them.

    "did not say", "has never claimed", "declined to say": the auxiliaries and negation
    before the verb, or the verb that says it was not done, belong to the cue. A reader
    who saw only "say" would take the words for the speaker's. ``words_start``: where the
    quote's words start.
    """
    doc = cue.doc
    verb, negated = cue, is_negated(cue)
    refused = _refused(cue)
    if refused is not None:
        # "declined to name the buyers": a refusal, nothing said, and the cue says so whole;
        # but when the words are the refusal itself ("declined" "to comment"), the cue is
        # only the refusing verb, not the words again.
        end = refused.i + 1 if refused.idx < words_start else cue.i + 1
        return doc[cue.i : end], not negated
    undoer = undone_by(cue)
    if undoer is not None:
        verb, negated = undoer, negated != (not is_negated(undoer))  # "did not fail to say" says
    shown = cue.i
    if cue.lower_ in mind_adjectives():
        # "are confident", "was not sure", "were frustrated": the verb that says it of
        # someone is the cue's, as "believes" is
        if cue.dep_ in ("acomp", "oprd"):
            verb, negated = cue.head, is_negated(cue.head)
        shown = min([verb.i] + [c.i for c in cue.lefts if c.dep_ == "auxpass"])
    start = verb.i
    while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in _GROUP_DEPS:
        start -= 1
    # "has said" is said: without a denial the tense is no part of the cue.
    return doc[start if negated else shown : _cue_end(cue, words_start)], negated


def _cue_end(cue: Token, words_start: int) -> int:
    """Where the cue's words end: past a retort's or a phrasal verb's particle ("hit back",
    "pointed out"), past what a copula says of the speaker before a colon ("was blunt:
    “…”") and past the preposition the words hang on ("called for · a pay rise", "warned
    against · hackers", "called on · the mayor to resign"), none of which the verb alone
    says. ``words_start``: where the quote's words start."""
    doc, end = cue.doc, cue.i + 1
    if retort(cue) or (end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == cue.i):
        return end + 1
    if cue.lemma_ == "be" and end < len(doc) and doc[end].dep_ == "acomp":
        return end + 1
    if (
        end + 1 < len(doc)
        and doc[end].dep_ == "prep"
        and doc[end].head.i == cue.i
        and doc[end + 1].idx == words_start
    ):
        return end + 1
    return end


_GROUP_DEPS = frozenset(["aux", "auxpass", "neg"])


def _outer_cues_dropped(found: list[_Attribution]) -> list[_Attribution]:
    """Without "declined" when "declined to say" reports the same words through "say"."""
    undoers = {u.i for a in found if a.cue is not None and (u := undone_by(a.cue)) is not None}
    return [a for a in found if a.cue is None or a.cue.i not in undoers]


def _stance(verbs: dict[str, Verb], cue: Token | None) -> Stance | None:
    if cue is None:
        return None
    verb = verbs.get(cue.lemma_.lower())
    return mind_adjectives().get(cue.lower_) if verb is None else verb.stance


def speakers_of(quotes: list[Quote], mentions: list[Mention]) -> list[Speaker]:
    """One Speaker per key, with every mention and the number of quotes attributed."""
    names: dict[str, str] = {}
    kinds: dict[str, SpeakerKind] = {}
    spans: dict[str, set[Span]] = {}
    for m in mentions:
        if len(m.name) > len(names.get(m.key, "")):
            names[m.key] = m.name
        if kinds.get(m.key, SpeakerKind.UNKNOWN).yields_to(m.kind):
            kinds[m.key] = m.kind
        spans.setdefault(m.key, set()).add(m.span)
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker_key is not None:
            counts[q.speaker_key] = counts.get(q.speaker_key, 0) + 1
    return [
        Speaker(
            key=key,
            name=names[key],
            kind=kinds[key],
            mentions=tuple(sorted(spans[key])),
            quote_count=counts.get(key, 0),
        )
        for key in sorted(names, key=lambda k: min(spans[k]))
    ]
