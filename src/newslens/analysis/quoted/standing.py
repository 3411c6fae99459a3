"""Whether a quoted span stands alone as someone's sentence or is a fragment woven into the
reporter's: where it opens, how it hangs off the reporter's words, how it ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.quoted.cues import right_after
from newslens.analysis.quoted.marks import (
    _OPENING_MARKS,
    INTRO_WORDS,
    _after_colon,
    _word_after,
    opens_sentence,
)
from newslens.analysis.syntax.complements import COMPLEMENTS
from newslens.analysis.syntax.datelines import opening
from newslens.analysis.syntax.subjects import ATTRIBUTION_WORDS, speaker_of
from newslens.analysis.syntax.text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
    start = opening(doc[quote[0]])
    # "He doesn't think so. ''I don't …,'' he said": a sentence the parse ran on to the
    # quote's opening mark ended at its full stop.
    ends = [t.i for t in doc[start : quote[0]] if t.text in (".", "!", "?") and in_quote[t.i] < 0]
    prefix = [
        t
        for t in doc[(ends[-1] + 1 if ends else start) : quote[0]]
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
    “No,” Cole said, however short; or, opening its sentence, in a comma just after them, as
    French and British styles write it: « On nous a menti », Morel said, whose foreign words
    the parse cannot read. Callers ask for the cue right after it."""
    words = [doc[i] for i in quote if not doc[i].is_space and not doc[i].is_punct]
    last = [doc[i] for i in quote if not doc[i].is_space]
    if not words or len(last) < 2:
        return False
    after = quote[-1] + 1
    comma_after = after < len(doc) and doc[after].text == ","
    return last[-2].text == "," or (comma_after and opens_sentence(doc, quote))


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


def linked_only_by_object(doc: Doc, quote: list[int]) -> bool:
    """A short quoted name or phrase the cue merely mentions ("called it “a disaster”")."""
    return not any(doc[i].dep_ in COMPLEMENTS for i in quote)
