"""Which cue a quoted span hangs on: one the parse ties to it, the nearest in its sentence,
one right after it past a name, or the verb a colon before it ends."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicon, word_nouns
from newslens.analysis.quoted.marks import INTRO_WORDS, _back_past_marks, _colon_before
from newslens.analysis.speakers import could_speak
from newslens.analysis.syntax.cues import retort
from newslens.analysis.syntax.subjects import ATTRIBUTION_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def linked_cue(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """A cue outside the quote that governs a word in it, or hangs off a word in it.

    One that governs only a quotation mark yields to one linked to a word: the parse hangs
    the opening mark of "… seen by others as evasive. ''Candidate Trump should …,'' Mr.
    Rosenthal said." on the sentence before, the words on "said"."""
    inside = set(quote)
    best: tuple[bool, int, Token] | None = None
    for i in quote:
        token = doc[i]
        cue: Token | None
        head = token.head
        if head.i in cues and head.i not in inside:
            cue = head
        else:
            cue = next((c for c in token.children if c.i in cues and c.i not in inside), None)
        if cue is None:
            continue
        rank = (token.is_punct, abs(cue.i - quote[0]), cue)
        if best is None or rank[:2] < best[:2]:
            best = rank
    return None if best is None else best[2]


def closer_cue(doc: Doc, quote: list[int], cue: Token, cues: set[int]) -> Token:
    """A cue nearer the quote than the one the parse hangs it on, with no verb between.

    "The spot concludes with footage of Trump saying during the debate, “…”": the quote
    is Trump's, whatever the parser made of "concludes".
    """
    if cue.i > quote[0]:
        return cue
    for i in range(quote[0] - 1, cue.i, -1):
        # "wrote in an email seen by the Herald: “…”": a participle describing a noun
        # says how the words came out, not who said them.
        if i in cues and not (doc[i].tag_ == "VBN" and doc[i].dep_ == "acl"):
            return doc[i]
        if doc[i].pos_ in ("VERB", "AUX"):
            break
    return cue


def nearest_cue(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """The closest cue in the sentences the quote touches, or in a sentence ending in ':' before."""
    first, last = doc[quote[0]], doc[quote[-1]]
    lo, hi = first.sent.start, last.sent.end
    candidates = [i for i in cues if lo <= i < hi]
    if candidates:
        i = min(candidates, key=lambda i: min(abs(i - quote[0]), abs(i - quote[-1])))
        return doc[i]
    before = _back_past_marks(doc, quote[0] - 1, '"“«„')
    if before >= 0 and doc[before].text == ":":
        sent = doc[before].sent
        near = [i for i in cues if sent.start <= i < before]
        if near:
            return doc[max(near)]
    # "“… to regulate?” Vitter demanded.": the parser may end the sentence at the quote.
    after = quote[-1] + 1
    if after < len(doc) and doc[after].is_sent_start and "\n" not in doc[quote[-1]].whitespace_:
        sent = doc[after].sent
        near = [
            i for i in cues if sent.start <= i < min(sent.end, sent.start + 8) and _bare(doc[i])
        ]
        if near:
            return doc[min(near)]
        # '"…!" his niece, state Del. Ann Cole (D-Va.), shouted.': however long the name,
        # a sentence that is only a subject and its cue attributes the quote before it.
        root = sent.root
        if root.i in cues and all(
            t.i == root.i or t.is_punct or t.is_space or t.head.i != root.i or t.dep_ == "nsubj"
            for t in doc[sent.start : root.i]
        ):
            return root
    return None


def cue_right_after(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """A cue right after a quote, past a name at most: '“Done?” she asked', '“No!” said
    Ortiz', '“Are we done?” Ann Cole asked reporters'."""
    after = quote[-1] + 1
    for token in doc[after : min(len(doc), after + _NAME_WORDS + 1)]:
        if token.i in cues:
            return token
        if not _names(token):
            return None
    return None


_NAME_WORDS = 5  # "Chief Constable Nadia Okoro": the most words of a name before its cue


def colon_cue(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """The verb a colon right before the quote ends, when the parse hangs neither on the
    other: "put it this way: “…”" (a verb that is otherwise a cue only in an aside), "with
    one writing: “…”" (its gerund tagged as a noun)."""
    before = _colon_before(doc, quote)
    if before is None:
        return None
    verbs = lexicon()
    for token in reversed(doc[max(0, before - INTRO_WORDS - 1) : before]):
        if token.i in cues or (token.pos_ == "VERB" and token.lemma_.lower() in verbs):
            return token
        if _gerund_read_as_noun(token, verbs):
            return token
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
    return None


def retort_after(doc: Doc, quote: list[int]) -> Token | None:
    """A retort right after a quote, past a name at most: '“…,” Cole hit back'."""
    after = quote[-1] + 1
    for token in doc[after : min(len(doc), after + _NAME_WORDS + 1)]:
        if retort(token):
            return token
        if not _names(token):
            return None
    return None


_WH_TAGS = frozenset(["WP", "WDT", "WRB"])  # "what", "which", "how": a clause that names a question


def verb_before_colon(doc: Doc, quote: list[int], in_quote: list[int]) -> Token | None:
    """The verb of the clause a colon ends right before the quote, when its subject may
    speak: 'Cole hit back: “…”', 'Cole was blunt: “…”', 'She struck a defiant tone: “…”'.
    Not 'The rules are simple: “…”', whose subject is a thing."""
    before = _colon_before(doc, quote)
    if before is None or in_quote[before - 1] >= 0:
        return None
    verb = doc[before - 1]
    # Up to the clause's own verb: the parse may hang it on a verb inside the quote.
    while verb.head.i != verb.i and verb.head.i < before and in_quote[verb.head.i] < 0:
        verb = verb.head
    described = _described_as(verb)
    if (verb.pos_ not in ("VERB", "AUX") and not described) or any(
        c.dep_ == "mark" or c.tag_ in _WH_TAGS for c in verb.children
    ):
        return None  # "What the drivers want:", "If they win:": a heading, or half a sentence
    subjects = ("nsubj", "nsubjpass") if described else ("nsubj",)
    doer = next((c for c in verb.children if c.dep_ in subjects), None)
    if doer is None or in_quote[doer.i] >= 0 or _shows_a_thing(verb):
        return None
    # "The union's organiser, Dale Okafor, …": the name beside a role may be all that speaks.
    named = (c for c in doer.children if c.dep_ == "appos")
    return verb if could_speak(doer) or any(could_speak(c) for c in named) else None


def _described_as(word: Token) -> bool:
    """Whether a word is an adjective said of its subject with "be" that the parse took for
    a passive: "Whitcombe was characteristically blunt:"."""
    return word.pos_ == "ADJ" and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in word.children
    )


# Nouns for the way someone speaks, though they name no words: "struck a defiant tone:".
_MANNER_NOUNS = frozenset(["tone", "stance", "position", "chord", "take", "explanation"])


def _shows_a_thing(verb: Token) -> bool:
    """Whether the verb's object is a thing that bears the quoted words, not words or a way
    of speaking: "wore a T-shirt: “…”" quotes the shirt; "had one question: “…”" and "struck
    a defiant tone: “…”" quote the one who asks or strikes it."""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:
        return False
    lemma = thing.lemma_.lower()
    return lemma not in _MANNER_NOUNS and lemma not in word_nouns()[1]


def _gerund_read_as_noun(word: Token, verbs: dict[str, Verb]) -> bool:
    """Whether a noun in "-ing" is a reporting verb's gerund: "one writing", not "this
    finding", which a determiner makes a noun."""
    stem = word.lower_[:-3]
    return (
        word.tag_ == "NN"
        and word.lower_.endswith("ing")
        and (stem in verbs or stem + "e" in verbs)
        and not any(c.dep_ in ("det", "poss") for c in word.children)
    )


def _names(token: Token) -> bool:
    return not token.is_punct and token.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ")


def right_after(doc: Doc, quote: list[int], cue: Token) -> bool:
    """Whether the cue follows the quote with at most a name between: '“No,” Cole said',
    '« Non », Cole said' (the comma after the marks)."""
    after = quote[-1] + 1
    between = doc[after + (doc[after].text == "," if after < len(doc) else 0) : cue.i]
    return cue.i > quote[-1] and len(between) <= _NAME_WORDS and all(_names(t) for t in between)


# A sentence ends after a word, not after an initial or a title ("R. Fieldstone", "Mr. Bush").
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]\s")


def own_cue(doc: Doc, quote: list[int], cues: set[int]) -> bool:
    """Whether a cue outside the quote shares its sentence, or follows it in a short one."""
    last = doc[quote[-1]]
    # From its first word: the parse may end the sentence before at the opening mark.
    first = next((i for i in quote if not doc[i].is_punct), quote[0])
    start, end = doc[first].sent.start, last.sent.end  # once: Token.sent walks the doc
    if any(start <= i < end for i in cues):
        return True
    after = quote[-1] + 1
    if after < len(doc) and doc[after].is_sent_start and "\n" not in last.whitespace_:
        sent = doc[after].sent
        return any(sent.start <= i < min(sent.end, sent.start + 8) and _bare(doc[i]) for i in cues)
    return False


def _bare(cue: Token) -> bool:
    """Whether a cue has no words of its own after it: "Vitter demanded.", not "The
    authority said it would publish …", whose sentence reports its own clause."""
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.rights)


def only_attribution(cue: Token, between: str) -> bool:
    """Whether the text between two quoted spans is just the first one's attribution.

    "he said.", "said Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus.": one
    sentence at most, holding the first quote's cue.
    """
    if '"' in between or "“" in between:
        return False
    body = between.strip().rstrip(".!?")
    words = body.replace(",", " ").split()
    ends = _SENTENCE_END.search(body) is not None
    return 0 < len(words) <= 2 * ATTRIBUTION_WORDS and cue.text in words and not ends
