"""Quoted words that name or are named: "called it “…”", "used the phrase “…”", asides
that hand a quote to someone ("as X put it, “…”", "To her, “…”")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.lexicon import lexicon, word_nouns
from newslens.analysis.quoted.marks import _word_after
from newslens.analysis.quoted.standing import runs_on
from newslens.analysis.syntax.cues import words_of
from newslens.analysis.syntax.negation import is_negated, undone_by
from newslens.analysis.syntax.subjects import ATTRIBUTION_WORDS, subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
