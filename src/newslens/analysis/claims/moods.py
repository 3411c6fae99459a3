"""Whether words ask or call to act rather than state: a question, with its mark or without
("Is it true that the council knew."), but not one that only puts a thing as known ("Do you
know that the bill has tripled?"); a call to act ("Call 999.", "Please don't wait.", "To
register, visit our website"), but not a verb that only asks for attention ("Look, the rate has
doubled"); an appeal to the reader ("Anyone with information is asked to call 101"); a greeting.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from newslens.analysis.claims.parse import _Parse, _within
from newslens.analysis.claims.words import word_lists
from newslens.analysis.syntax.negation import is_negated
from newslens.analysis.syntax.words import _FINITE, SUBJECTS

# Words that carry on the talk before a call to act: "And remember …", "So hold the line …",
# "Well, let's …".
_BEFORE_A_CALL = frozenset(["and", "but", "so", "now", "well", "oh", "okay", "yes", "no"])
_SOCIAL = re.compile(r"^\W*(thank|thanks|applause|laughter|good (evening|morning|night))\b", re.I)


def _opening(parse: _Parse, content: Sequence[int]) -> int | None:
    """The first of ``content`` past the words that carry on the talk ("And", "So", "Well")."""
    return next((i for i in content if parse.lower[i] not in _BEFORE_A_CALL), None)


def _bids(parse: _Parse, root: int) -> bool:
    """Whether the main verb ``root`` is a call, in its bare form with no subject and no
    auxiliary, after whatever opens the sentence: "If you see him, call 999", "When you look at
    the record, take a look at Syria", "Since I have a minute, let me say this". A capital
    after the opening is a name read as a verb: "With two months to go, Trump still ducks"."""
    return (
        parse.tag[root] == "VB"
        and not parse.children(root, "nsubj")
        and not parse.children(root, "aux")
        and not parse.doc[root].text[:1].isupper()
    )


def _calls_after_a_purpose(parse: _Parse, tokens: Sequence[int], content: Sequence[int]) -> bool:
    """Whether words that open with a purpose set off by a comma (of ``tokens``, their words'
    ``content``) go on with no subject and no verb in a tense: "To access the call, dial 0800
    …", "To register, visit our website", a call whose verb the parser may read as a noun;
    not "To cut costs, the council closed two libraries", which states what was done, nor an
    aim reported, which opens in lower case ("pledged to sign up 5 million people, focusing
    on …")."""
    if len(content) < 3 or parse.doc[content[0]].text != "To" or parse.tag[content[1]] != "VB":
        return False
    comma = next((n for n, i in enumerate(tokens) if parse.lower[i] == ","), None)
    after = tokens[comma + 1 :] if comma is not None else []
    return bool(after) and not any(
        parse.tag[i] in _FINITE or parse.dep[i] in SUBJECTS for i in after
    )


# What a verb of attention may take before its comma: "excuse me", "bear in mind", "mind you".
_ASIDE_WORDS = frozenset(["me", "us", "you", "in", "mind", "also", "here", "now", "again", "this"])
_ASIDE_MARKS = frozenset([",", "-", "--", "—", "–", ":", ";"])


def _aside(parse: _Parse, verb: int, content: Sequence[int]) -> bool:
    """Whether the bare ``verb`` only asks for attention or pardon, set off by a comma from
    words of their own (of ``content``, the sentence's): "Look, the rate has doubled",
    "Remember, he voted for it", "… fell by half -- excuse me, by a third"; not "Look at the
    record", nor "Remember, vote on Tuesday", which call to act."""
    if parse.lemma[verb] not in word_lists()["asides"]:
        return False
    mark = verb + 1
    while mark < len(parse.lower) and parse.lower[mark] in _ASIDE_WORDS:
        mark += 1
    if mark >= len(parse.lower) or parse.lower[mark] not in _ASIDE_MARKS:
        return False
    before = [i for i in content if i < verb and parse.lower[i] not in _BEFORE_A_CALL]
    return bool(before) or any(
        parse.dep[i] in SUBJECTS and parse.head[i] > mark for i in content if i > mark
    )


# What may close a sentence after its full stop, question or exclamation mark.
_CLOSING = "\"'”’) \n"


def _is_question(text: str) -> bool:
    return text.rstrip(_CLOSING).endswith("?")


# Auxiliaries that open a condition, not a question, before their subject: "Had we known, …",
# "Should you need help, …", "Were the plan approved, …".
_SUPPOSING = frozenset(["had", "should", "were"])


def _asks(parse: _Parse, content: Sequence[int]) -> bool:
    """Whether words without a question mark ask all the same, an auxiliary before its subject
    at their start ("Is it true that the council knew.", "Have you noticed, they've been in
    charge", "And did anyone check.") or "What if …"."""
    opening = _opening(parse, content)
    if opening is None or opening + 1 >= len(parse.lower):
        return False
    word = parse.lower[opening]
    if word == "what" and parse.lower[opening + 1] == "if":
        return True
    if parse.pos[opening] != "AUX" or word in _SUPPOSING:
        return False
    verb = parse.doc[opening] if parse.dep[opening] == "ROOT" else parse.doc[opening].head
    return any(c.dep_ in SUBJECTS and c.left_edge.i == opening + 1 for c in verb.children)


def _questions(parse: _Parse, text: str, content: Sequence[int]) -> bool:
    """Whether words ``text`` (their words but punctuation ``content``) ask, with a question
    mark or without, and do not only put a thing as known."""
    return (_is_question(text) or _asks(parse, content)) and not _puts_as_known(parse, content)


# Verbs whose object is known to be so: "Do you know that it has tripled?" says it has.
_KNOWN = frozenset(["know", "realize", "realise", "remember", "understand"])


def _puts_as_known(parse: _Parse, content: Sequence[int]) -> bool:
    """Whether a question only asks whether one knows what it puts as known ("Do you know that
    the bill has tripled?", "Did you realise the council spent £2m?"), stating it; not "Do you
    know whether …", "Do you know what it cost?", which ask."""
    opening = _opening(parse, content)
    if opening is None or parse.lower[opening] not in ("do", "did"):
        return False
    verb = opening + 2
    if verb + 1 >= len(parse.lower) or parse.lower[opening + 1] != "you":
        return False
    following = verb + 1
    return (
        parse.lemma[verb] in _KNOWN
        and parse.lower[following] not in ("whether", "if")
        and not parse.tag[following].startswith("W")
        and bool(parse.children(verb, "ccomp"))
    )


def _is_imperative(parse: _Parse, words: Span) -> bool:
    """ "Call 999.", "Please don't wait.", "Let us fight for our town.": the main verb in its
    bare form, with no subject and no modal."""
    content = _within(parse.content, words)
    if content and parse.lower[content[0]] == "please":
        return True
    # The small model takes a bare verb opening a sentence for a noun ("Book a jab with your
    # GP."): words that address the reader with no subject of their own are a call too.
    if not _within(parse.subjects, words) and any(
        parse.lower[i] in ("you", "your") for i in content
    ):
        return True
    # The head of the words, not the doc's root: a quote's sentence hangs off its cue.
    root = words.root.i
    # The tagger may read a verb opening the words as a present one ("Tell that to the
    # janitor" after a sentence it joins them to); with no subject, it is bare all the same
    # ("are" never is).
    opens_bare = parse.tag[root] == "VBP" and content[:1] == [root] and parse.lemma[root] != "be"
    return (
        (parse.tag[root] == "VB" or opens_bare)
        and not parse.children(root, "nsubj")
        and not parse.has_modal(root)
        and not parse.has_aux(root, ("to",))
        and not _aside(parse, root, content)
    )


# Appeals that tell the reader what to do whoever is asked: "Drivers are advised to avoid the
# area" (not "ask": "Staff are asked to work 60 hours a week" tells of a practice).
_APPEALING_NOW = frozenset(["urge", "advise", "encourage", "appeal"])


def _appeals(parse: _Parse, words: Span) -> bool:
    """ "Anyone with information is asked to call 101, quoting log 1234 of 2 December",
    "Witnesses are urged to contact Crimestoppers on 0800 555 111", "Officers are appealing
    for anyone in the area to get in touch", "Those with footage should contact police on
    101": an appeal to the reader, which calls to act and states nothing to check, whatever
    its numbers and dates; not "More than 40 residents were asked to leave their homes in
    2019", people asked, which happened, nor "Anyone who protests can be sent to prison"."""
    root = words.root
    lists = word_lists()
    lemma = parse.lemma[root.i]
    if lemma in lists["appealing_verbs"]:
        # Whom the appeal is to, not who makes it: "you're asking for a budget" asks nothing.
        asked = [c for c in root.children if c.dep_ in ("nsubjpass", "dobj")]
        asked += [o for c in root.children if c.lower_ == "for" for o in c.children]
        acts = [
            t
            for t in words[root.i - words.start + 1 :]
            if t.tag_ == "VB" and parse.tag[t.i - 1] == "TO"
        ]
        return bool(acts) and (
            any(w.lower_ in lists["addressees"] for w in asked)
            or any(parse.lemma[t.i] in lists["contacting_verbs"] for t in acts)
            or (lemma in _APPEALING_NOW and _is_present(root))
        )
    if lemma not in lists["contacting_verbs"] or not parse.has_modal(root.i) or is_negated(root):
        return False
    # "Anyone with information can call", "Information can be passed to": who acts, or what
    # they give.
    return any(
        (c.dep_ == "nsubj" and c.lower_ in lists["addressees"])
        or (c.dep_ == "nsubjpass" and c.lower_ in lists["tips"])
        for c in root.children
    )


def _is_present(verb: Token) -> bool:
    """ "urge", "are urged", "are being encouraged", "have been advised": a present tense."""
    tenses = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] or [verb]
    return tenses[0].tag_ in ("VBZ", "VBP")
