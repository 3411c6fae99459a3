"""Where a quoted span stands in the reporter's sentence.

The tests :mod:`newslens.analysis.attribution` puts to each pair of quotation marks: is
the span tied to a cue outside it ("X said", "said X", "X said:"), does it stand alone
as a sentence of its own or is it a fragment woven into the reporter's words ("said the
plan was “a disgrace”"), does it name someone's words ("used the phrase “…”"), carry
on reported speech or a split quote ('"A," he said. "B."'). Each works on one parsed
``Doc``, a quote's token indices and the token → quoted-span index of
:func:`newslens.analysis.syntax.cues.scan`; none builds anything.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicon, word_nouns
from newslens.analysis.speakers import could_speak
from newslens.analysis.syntax.complements import COMPLEMENTS
from newslens.analysis.syntax.cues import retort, words_of
from newslens.analysis.syntax.datelines import opening
from newslens.analysis.syntax.negation import is_negated, undone_by
from newslens.analysis.syntax.subjects import ATTRIBUTION_WORDS, speaker_of, subject
from newslens.analysis.syntax.text import doc_text
from newslens.article import Span

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

MIN_QUOTE_WORDS = 4  # a shorter quoted span is a quote only when a cue governs it


def tokens_of_quotes(marks: list[Span], in_quote: list[int]) -> list[list[int]]:
    tokens: list[list[int]] = [[] for _ in marks]
    for i, k in enumerate(in_quote):
        if k >= 0:
            tokens[k].append(i)
    return tokens


def linked_cue(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """A cue outside the quote that governs a word in it, or hangs off a word in it."""
    inside = set(quote)
    best: Token | None = None
    for i in quote:
        token = doc[i]
        cue: Token | None
        head = token.head
        if head.i in cues and head.i not in inside:
            cue = head
        else:
            cue = next((c for c in token.children if c.i in cues and c.i not in inside), None)
        if cue is not None and (best is None or abs(cue.i - quote[0]) < abs(best.i - quote[0])):
            best = cue
    return best


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


def _back_past_marks(doc: Doc, i: int, marks: Collection[str]) -> int:
    """The index of the last token at or before ``i`` that is no space and none of ``marks``
    (-1 if there is none): what stands before a quote's opening marks."""
    while i >= 0 and (doc[i].is_space or doc[i].text in marks):
        i -= 1
    return i


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


def opens_clause(doc: Doc, quote: list[int], cues: set[int]) -> bool:
    """Whether a quoted span starts where a quotation can: after punctuation, a cue or nothing.

    "X said, “…”" and "“…,” X said" quote someone; "voter fraud “would be …”" and "called
    it “a disaster”" weave a quoted fragment into the reporter's own sentence.
    """
    if doc[quote[0]].is_sent_start:
        return True
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        if "\n" in doc[before].text:
            return True
        before -= 1
    if before < 0:
        return True
    token = doc[before]
    if token.i in cues:
        return True
    return token.is_punct and token.text not in ("-", "/", "'", "’")


# Words that make what follows an example of something the reporter names: "things such
# as, “…”", "questions like “…”", "a few, including, “…”".
EXAMPLE_WORDS = frozenset(["as", "like", "including"])


# How a quoted span hangs off the reporter's sentence when it is only part of it: "…,
# “so that one day …”" (advcl), "called it “a disaster”" (oprd), "a “con artist”" (pobj).
FRAGMENT_DEPS = frozenset(
    ["advcl", "prep", "pobj", "npadvmod", "acl", "relcl", "appos", "oprd", "amod"]
)


def _word_after(doc: Doc, quote: list[int]) -> Token | None:
    """The first token after the quote's last one that is not white space, if any."""
    after = quote[-1] + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    return doc[after] if after < len(doc) else None


def _after_colon(doc: Doc, quote: list[int]) -> bool:
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    return before >= 0 and doc[before].text == ":"


def stands_alone(
    doc: Doc, quote: list[int], cue: Token, in_quote: list[int], cues: set[int]
) -> bool:
    """Whether only the attribution ("he said", "said Ms. Ruiz") shares the quote's sentence.

    "With so many systems, “there is no single point of failure,” he said" and "“You
    squeezed employees” to drive up the price, she said" weave the quoted words into the
    reporter's sentence: reported speech with a quoted fragment, not a direct quote.
    """
    subject = speaker_of(cue, in_quote)
    attribution = {cue.i}
    if subject is not None:
        attribution.update(t.i for t in subject.subtree)
    inside = set(quote)
    # How the quote hangs off the reporter's words (ties to another quoted part don't count).
    roots = []
    for i in quote:
        word = doc[i]  # each read of a Token, or of its head, builds a new object
        head = word.head.i
        if in_quote[head] < 0 and not word.is_punct and head not in inside:
            roots.append(word.dep_)
    if (
        roots
        and all(dep in FRAGMENT_DEPS for dep in roots)
        and not _after_colon(doc, quote)
        and not _holds_root(doc, quote)
        and not (hands_on(doc, quote) and right_after(doc, quote, cue))
    ):
        return False
    prefix = [
        t
        for t in doc[opening(doc[quote[0]]) : quote[0]]
        if not (t.is_punct or t.is_space) and in_quote[t.i] < 0
    ]
    # "X scolded him: “…,” she said": what stands before a colon attributes nothing here.
    if (
        prefix
        and not _after_colon(doc, quote)
        and (prefix[-1].lower_ == "that" or not attribution & {t.i for t in prefix})
    ):
        return False
    token = _word_after(doc, quote)
    if token is None:
        return True
    if token.is_punct or in_quote[token.i] >= 0 or token.i in attribution or token.is_sent_start:
        return True
    if utterance_after(doc, quote, cue):
        return True  # 'chanted "Go home!" and marched on': the words after are the reporter's
    # "“…,” Tulsa police Chief Chuck Jordan said": a short run of words and then a cue;
    # "“…” for criminal behavior, she said": the reporter's words, a comma, then the cue.
    for following in doc[token.i : min(len(doc), token.i + ATTRIBUTION_WORDS)]:
        if following.i in cues:
            return True
        if in_quote[following.i] >= 0 or following.text in (".", "!", "?", ";", ":"):
            return False
        if following.text == "," and following.i not in attribution:
            return False
    return False


# Tags of a verb that makes a clause of its own: past, present, modal.
FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])


def after_example_word(doc: Doc, quote: list[int], in_quote: list[int]) -> bool:
    """Whether the quote is an example the reporter gives: "says things such as, “…”"."""
    before = quote[0] - 1
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        if doc[before].text == ":" or in_quote[before] >= 0:
            return False
        before -= 1
    return before >= 0 and doc[before].lower_ in EXAMPLE_WORDS


def reported_clause_between(doc: Doc, quote: list[int], cue: Token, in_quote: list[int]) -> bool:
    """Whether the reporter's words between a cue and the quote after it hold a clause.

    "She said she has what the job needs: “Steadiness …”" and "He added that the vote
    seems lost, because “…”": the cue reports a clause of the reporter's, and the quoted
    words go on with it; "said on Friday, “…”" and "said, as he left, “…”" (an adverbial
    clause about the saying) hand the quote to the cue as it stands.
    """
    if cue.i > quote[0]:
        return False
    for token in doc[cue.i + 1 : quote[0]]:
        if in_quote[token.i] >= 0 or token.tag_ not in FINITE_TAGS:
            continue
        if token.dep_ not in ("advcl", "aux", "auxpass") and cue.is_ancestor(token):
            return True
    return False


def _holds_root(doc: Doc, quote: list[int]) -> bool:
    """Whether the parse makes a verb inside the quote the root of its sentence.

    A quote is then a sentence of its own, whatever an insertion in it ('"They want us
    [to stay home], hoping …," she said') made the parser hang off the cue.
    """
    return any(doc[i].dep_ == "ROOT" and doc[i].pos_ in ("VERB", "AUX") for i in quote)


# How a quoted utterance ends inside its marks: 'shouted "Go home!"'.
UTTERANCE_ENDS = frozenset([".", "!", "?"])


def utterance_after(doc: Doc, quote: list[int], cue: Token) -> bool:
    """Whether a quote follows its cue at once and ends, inside its marks, as a sentence does.

    'Fans chanted "We want more!" until midnight': the quoted words are a whole
    utterance, whatever the reporter's sentence goes on to say. So are they after a colon
    that ends a few words of the cue's own: 'replied to the post: "Too late, Tom."'.
    """
    if cue.i >= quote[0]:
        return False
    between = [t for t in doc[cue.i + 1 : quote[0]] if t.text not in _OPENING_MARKS]
    introduced = (
        bool(between)
        and between[-1].text == ":"
        and len(between) <= INTRO_WORDS + 3
        and not any(t.pos_ in ("VERB", "AUX") or t.text in UTTERANCE_ENDS for t in between)
    )
    if not introduced and any(not t.is_punct for t in between):
        return False
    return ends_utterance(doc, quote)


def ends_utterance(doc: Doc, quote: list[int]) -> bool:
    """Whether the quoted words end, inside their marks, as a sentence does: “You there?”."""
    words = [doc[i] for i in quote if not doc[i].is_space]
    return len(words) >= 3 and words[-2].text in UTTERANCE_ENDS


def split_by(doc: Doc, quote: list[int], cue: Token, in_quote: list[int]) -> bool:
    """Whether a quote is the first part of one the attribution splits: “The problem,” she
    said, “is money.” — however short the first part."""
    last = [doc[i] for i in quote if not doc[i].is_space]
    if len(last) < 2 or last[-2].text != "," or not 0 < cue.i - quote[-1] <= 3:
        return False
    for token in doc[cue.i + 1 : min(len(doc), cue.i + ATTRIBUTION_WORDS)]:
        if in_quote[token.i] >= 0:
            return in_quote[token.i] == in_quote[quote[0]] + 1 and doc[token.i - 1].text == ","
        if token.text in (".", "!", "?", ";") or "\n" in token.text:
            return False
    return False


def hands_on(doc: Doc, quote: list[int]) -> bool:
    """Whether a quoted sentence ends in a comma inside its marks, handing on to what
    follows: “Every day of disruption costs hotels,” said …, however the parse read it;
    “No,” Cole said, however short. Callers ask for the cue right after it."""
    words = [doc[i] for i in quote if not doc[i].is_space and not doc[i].is_punct]
    last = [doc[i] for i in quote if not doc[i].is_space]
    return bool(words) and len(last) >= 2 and last[-2].text == ","


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


INTRO_WORDS = 4  # "put it this way:": the most words between an introducing verb and its colon
_OPENING_MARKS = frozenset(['"', "“", "«", "„", "'", "‘"])


def _colon_before(doc: Doc, quote: list[int]) -> int | None:
    """The index of a colon right before the quote's opening marks, with a word before it."""
    before = _back_past_marks(doc, quote[0] - 1, _OPENING_MARKS)
    return before if before >= 1 and doc[before].text == ":" else None


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
    """Whether the cue follows the quote with at most a name between: '“No,” Cole said'."""
    between = doc[quote[-1] + 1 : cue.i]
    return cue.i > quote[-1] and len(between) <= _NAME_WORDS and all(_names(t) for t in between)


def runs_on(doc: Doc, quote: list[int], in_quote: list[int]) -> bool:
    """Whether the reporter's words carry on the quote's sentence ("“…” to drive up …")."""
    after = quote[-1] + 1
    while after < len(doc) and doc[after].is_space:
        if "\n" in doc[after].text:
            return False
        after += 1
    if after >= len(doc):
        return False
    token = doc[after]
    return not (token.is_punct or token.is_sent_start or in_quote[token.i] >= 0)


def continues_reporter(doc: Doc, quote: list[int], in_quote: list[int]) -> bool:
    """Whether a quote opening in lower case finishes a sentence the reporter began.

    "X said that if he won, “she would sign it.”", "So when they called, Y said, “we were
    floored.”": the quoted words complete the reporter's clause, which is reported speech
    with a quoted fragment. Not the second half of a split quote ("“A,” he said, “b …”"),
    nor a quotation that is its cue's object ("attacked “the hateful ideology …”").
    """
    first = next((doc[i] for i in quote if doc[i].is_alpha), None)
    if first is None or not first.is_lower or _capital_in_brackets(doc, quote):
        return False
    sent = first.sent
    prefix = [t for t in doc[sent.start : quote[0]] if not t.is_space]
    for t in prefix:
        k = in_quote[t.i]
        if k >= 0 and t.is_punct and t.text == "," and in_quote[t.i + 1] == k:
            return False  # an earlier part ends in a comma inside its marks: a split quote
    if first.lower_ == "that":
        return True
    if not any(not t.is_punct for t in prefix) or (prefix and prefix[-1].text == ":"):
        return False  # 'tweeted Monday: "grateful for every one of you."': a colon quotes
    words = [t for t in prefix if not t.is_punct and in_quote[t.i] < 0]
    if any(t.lower_ == "that" for t in words):
        return True
    return not (words and prefix[-1] is words[-1] and words[-1].pos_ == "VERB")


# Words that may stand between a naming verb and its quoted words: "called [them]", "likened
# [the rules to]", "calls [people]" and, between two quoted names, "and" or "or".
NAMING_GAP = 3


def naming_cue(doc: Doc, quote: list[int], cues: set[int], in_quote: list[int]) -> Token | None:
    """A verb that names someone or something with the quoted words, and ends with them.

    The quote follows the verb after a few words that hold no verb and no punctuation, and
    the clause ends with the quote, or goes on only with a conjunction ("… and left").
    """
    first = next((doc[i] for i in quote if not doc[i].is_punct), None)
    if first is None:
        return None
    verbs = lexicon()
    cue = None
    gap = 0
    for i in range(quote[0] - 1, max(-1, quote[0] - 3 * NAMING_GAP), -1):
        token = doc[i]
        if i in cues:
            cue = token
            break
        if in_quote[i] >= 0 or token.lower_ in ("and", "or", ",", "to"):
            continue
        gap += 1
        if token.is_punct or token.pos_ in ("VERB", "AUX", "ADP") or gap > NAMING_GAP:
            return None  # "called on the party to “…”" asks; it names nothing
    if cue is None or not verbs[cue.lemma_.lower()].names:
        return None
    before = doc[quote[0] - 1]
    if before.lower_ in ("and", "or", ",", "to"):  # 'calls them "A" and "B"', 'likened it to'
        pass
    elif before.pos_ not in ("NOUN", "PROPN", "PRON") or before.dep_ == "case":
        # 'called it a "disaster"', 'names like "…"', "called Machado's “sex tape”": the
        # words before are the reporter's own phrase
        return None
    if not (cue.left_edge.i <= first.i <= cue.right_edge.i):
        return None  # the quote is no part of the verb's phrase
    rest = _word_after(doc, quote)
    if rest is None or rest.is_punct or rest.is_sent_start or rest.lower_ in ("and", "or", "but"):
        return cue
    return None


# Words after which "to X," opens a clause: "To her, “…”", "because to him, “…”".
VIEW_OPENERS = frozenset(["because", "but", "and", "for", "since", "yet", ",", ";", "—", "―"])


def in_view_of(doc: Doc, quote: list[int], in_quote: list[int]) -> tuple[Token, Token] | None:
    """ "To her, “…”": "to" and a name or pronoun, opening a clause, then the quote.

    The quoted words are how things stand to her, in her words: the "to" is the cue,
    her the speaker ("spoke to her, “…”" is no such thing: a verb comes before "to").
    """
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 2 or doc[before].text != ",":
        return None
    source, to = doc[before - 1], doc[before - 2]
    if to.lower_ != "to" or source.pos_ not in ("PRON", "PROPN") or in_quote[source.i] >= 0:
        return None
    if source.head.i != to.i:
        return None
    opens = to.i == 0 or to.is_sent_start or doc[to.i - 1].lower_ in VIEW_OPENERS
    return (to, source) if opens else None


def aside_before(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """An aside that ends, with a comma, right where the quote opens: "as X put it, “…”",
    "in the words of X, “…”", "in her words, “…”".

    The quoted words finish the reporter's sentence, but the aside hands them to X.
    """
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 1 or doc[before].text != ",":
        return None
    for i in range(before - 1, max(-1, before - ATTRIBUTION_WORDS), -1):
        token = doc[i]
        owner = words_of(token)
        if i in cues or owner is not None:
            aside = owner is not None or any(
                c.dep_ == "mark" and c.lower_ == "as" for c in token.children
            )
            return token if aside and token.right_edge.i >= before - 1 else None
        if token.is_punct:
            return None
    return None


def namer_of(cue: Token, in_quote: list[int]) -> Token | None:
    """Who names: the verb's subject, or the name right before it when the parse lost it;
    X for "in the words of X".

    Not the word after the verb, which is what is named ("call them …").
    """
    owner = words_of(cue)
    if owner is not None:
        return owner
    found = subject(cue, in_quote)
    if found is not None or cue.i == 0:
        return found
    before = cue.doc[cue.i - 1]
    if before.pos_ in ("PROPN", "NOUN", "PRON") and in_quote[before.i] < 0:
        return before
    return None


# Verbs whose subject speaks the words their object names: "used the phrase “…”".
USING_VERBS = frozenset(["use", "coin", "invoke", "utter", "adopt", "employ", "choose", "prefer"])


def named_words(doc: Doc, quote: list[int], in_quote: list[int]) -> tuple[Token, Token] | None:
    """A noun of words the quote follows, and whose words they are.

    "Ana Ruiz used the phrase “…”", "The mayor repeated her message: “…”" and "Ruiz's
    reply was short: “…”": the noun names the quotation, the subject of the verb that
    holds the noun (or its possessor) is its source. Only when someone holds the noun,
    and after a colon only when the quote ends the sentence.
    """
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 1:
        return None
    naming, after_colon = word_nouns()
    noun, names = doc[before], naming
    if noun.text == ":":
        if runs_on(doc, quote, in_quote):
            return None
        noun, names = _described(doc[before - 1]), after_colon
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in names or in_quote[noun.i] >= 0:
        return None
    if names is naming and not (
        noun.dep_ == "dobj"
        and (noun.head.lemma_.lower() in USING_VERBS or noun.head.lemma_.lower() in lexicon())
    ):
        return None  # "banned the word “war”" mentions a word that nobody is quoted saying
    verb = noun
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or in_quote[verb.head.i] >= 0:
            break
        verb = verb.head
    if is_negated(verb) or undone_by(verb) is not None:
        return None  # "his refusal to use the words “…”": words he does not say
    source = subject(verb, in_quote) if verb.pos_ in ("VERB", "AUX") else None
    if source is None or source.i == noun.i:
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
    return None if source is None else (noun, source)


def _described(word: Token) -> Token:
    """The subject a predicate adjective says something of: "reply" in "His reply was
    short", "brief and blunt" alike; else ``word``."""
    adjective = word
    while adjective.dep_ == "conj" and adjective.head.pos_ == "ADJ":
        adjective = adjective.head
    if adjective.pos_ != "ADJ" or adjective.dep_ != "acomp" or adjective.head.lemma_ != "be":
        return word
    return next((c for c in adjective.head.children if c.dep_ == "nsubj"), word)


def _capital_in_brackets(doc: Doc, quote: list[int]) -> bool:
    """Whether the quote opens on an editor's bracketed capital: “[I]f …”, “[T]he …”."""
    text = doc_text(doc)
    start = doc[quote[0]].idx + 1
    while start < len(text) and text[start] in " .…":
        start += 1
    return text.startswith("[", start) and text[start + 1 : start + 2].isupper()


# How a cue hangs inside another clause: "I hope America says, “…”" (ccomp), "his father,
# who wired, “…”" (relcl), "she wanted to ask, “…”" (xcomp).
EMBEDDING_DEPS = frozenset(["ccomp", "xcomp", "relcl"])


def embedded(cue: Token, quote: list[int], in_quote: list[int]) -> bool:
    """Whether a quote after its cue is part of a clause the reporter's sentence holds.

    The quote is then what someone is said to have said, thought or hoped inside the
    reporter's sentence: reported speech with a quoted part, not a direct quote.
    """
    return (
        cue.i < quote[0]
        and cue.dep_ in EMBEDDING_DEPS
        and cue.tag_ != "VBG"  # "footage of Brooks saying, “…”" shows him saying it
        and in_quote[cue.head.i] < 0
        and not _after_break(cue)
        # "a statement, which read: “…”": a relative's colon hands on the words whole
        and not (cue.dep_ == "relcl" and _after_colon(cue.doc, quote))
    )


# Marks that end one clause and start another: "… made public ― Trump boasted, “…”".
CLAUSE_BREAKS = frozenset(["―", "—", "–", "--", ";"])


def _after_break(cue: Token) -> bool:
    """Whether the cue and its subject start afresh after a dash or a semicolon.

    The parser may still hang the cue inside the clause before the dash; a reader does not.
    """
    doc = cue.doc
    j = cue.i - 1
    while j >= cue.left_edge.i and doc[j].text not in CLAUSE_BREAKS:
        j -= 1
    return j >= 0 and doc[j].text in CLAUSE_BREAKS


def reads_as_quote(doc: Doc, quote: list[int]) -> bool:
    words = 0  # counted only as far as needed: a quote may be long
    for i in quote:
        token = doc[i]
        if not token.is_punct and not token.is_space:
            words += 1
            if words >= MIN_QUOTE_WORDS:
                return True
    return False


def opens_sentence(doc: Doc, quote: list[int]) -> bool:
    return all(t.is_punct or t.is_space for t in doc[opening(doc[quote[0]]) : quote[0]])


def reported_before(
    doc: Doc, quote: list[int], cues: set[int], in_quote: list[int]
) -> Token | None:
    """The cue of reported speech in the sentence just before a quote, if it has one.

    "The summit did “too little,” he added. “Europe risks a lot.”": the quote goes on
    with what the sentence before reported, not with an earlier quote.
    """
    before = quote[0] - 1
    while before >= 0 and (doc[before].is_space or in_quote[before] == in_quote[quote[0]]):
        if "\n" in doc[before].text:
            return None  # a new paragraph
        before -= 1
    if before < 0 or "\n" in doc[before].whitespace_:
        return None
    return _reporting_cue_of(doc, doc[before].sent, cues, in_quote)


def reported_paragraph_before(
    doc: Doc, quote: list[int], cues: set[int], in_quote: list[int]
) -> Token | None:
    """The cue of reported speech ending the paragraph just before a quote opening its own.

    "Okafor says the star changed everything. “…”\n\nAlvarez worries, she says, that
    stars make a kitchen cautious.\n\n“You start cooking for the guide …”": the quote goes on
    with what she was just reported saying, not with Okafor's quote before.
    """
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or not any("\n" in t.text_with_ws for t in doc[before : quote[0]]):
        return None
    return _reporting_cue_of(doc, doc[before].sent, cues, in_quote)


def _reporting_cue_of(
    doc: Doc, sent: SpacySpan, cues: set[int], in_quote: list[int]
) -> Token | None:
    """The last cue of a sentence that reports speech of its own, with no quote of its own."""
    found = [doc[i] for i in cues if sent.start <= i < sent.end]
    if not found or in_quote[sent.start] >= 0:
        return None  # a sentence opened by a quote attributes that quote
    cue = max(found, key=lambda t: t.i)
    # '“…,” she said.' attributes a quote of its own, and "He did not suggest …" reports
    # nothing: the quote after either is no part of them.
    # A quoted fragment woven into the sentence ("did “too little,” he added") is no quote of
    # its own, so the next quote may still go on with it.
    near = doc[max(sent.start, cue.i - ATTRIBUTION_WORDS) : cue.i]
    if any(in_quote[t.i] >= 0 and not _in_fragment(doc, t.i, in_quote) for t in near):
        return None
    if is_negated(cue) or any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None  # "He did not say …", "She had been offered a seat": nobody reports here
    verb = lexicon().get(cue.lemma_.lower())
    if verb is not None and verb.mind and verb.reports_object:
        return None  # "Councillors voted for the plan.", "Figures show a rise.": no one spoke
    return cue


def _in_fragment(doc: Doc, i: int, in_quote: list[int]) -> bool:
    """Whether token ``i`` is in a quoted span that opens in lower case, mid-sentence."""
    k = in_quote[i]
    while i > 0 and in_quote[i - 1] == k:
        i -= 1
    first = next((t for t in doc[i : i + 4] if t.is_alpha and in_quote[t.i] == k), None)
    return first is not None and first.is_lower and not first.is_sent_start


# Words between a cue and "and"/"but" that still belong to its attribution: "said the mayor
# on Friday, but “…”".
JOIN_WORDS = 6


def joined_after_cue(
    doc: Doc, quote: list[int], cues: set[int], in_quote: list[int]
) -> Token | None:
    """The cue whose words a quoted fragment carries on after "and" or "but".

    '"I like him," the mayor said, but "when it comes to bridges …"' and 'The firm "lost
    the deal," Ruiz said, and still "got paid …"': the cue reports both quoted spans.
    """
    first = next((doc[i] for i in quote if doc[i].is_alpha), None)
    if first is None or not first.is_lower:
        return None
    i = quote[0] - 1
    while i >= 0 and doc[i].is_space and "\n" not in doc[i].text:
        i -= 1
    for _ in range(2):
        if i >= 0 and doc[i].pos_ == "ADV" and in_quote[i] < 0:  # "and still"
            i -= 1
    if i < 0 or doc[i].lower_ not in ("and", "but") or "\n" in doc[i].whitespace_:
        return None
    i -= 1
    if i < 0 or doc[i].text != ",":
        return None  # "promised lower taxes and “jobs”": one object, not a second utterance
    i -= 1
    for j in range(i, max(-1, i - JOIN_WORDS), -1):
        token = doc[j]
        if j in cues:
            return token
        if in_quote[j] >= 0 or token.is_punct or token.pos_ in ("VERB", "AUX"):
            return None
        if "\n" in token.whitespace_:
            return None
    return None


def linked_only_by_object(doc: Doc, quote: list[int]) -> bool:
    """A short quoted name or phrase the cue merely mentions ("called it “a disaster”")."""
    return not any(doc[i].dep_ in COMPLEMENTS for i in quote)


# A sentence ends after a word, not after an initial or a title ("R. Fieldstone", "Mr. Bush").
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]\s")


def own_cue(doc: Doc, quote: list[int], cues: set[int]) -> bool:
    """Whether a cue outside the quote shares its sentence, or follows it in a short one."""
    last = doc[quote[-1]]
    start, end = doc[quote[0]].sent.start, last.sent.end  # once: Token.sent walks the doc
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
