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
  ("PENCE: …", "Pat Moore: Voters are tired …") name their speakers;
- short quoted spans nobody is said to have said (scare quotes, titles) are not quotes;
- words between two apostrophes ('' … '') are someone's words, but not in quotation marks
  proper: they are kept as ``mixed``, since a quote is ``direct`` only when every part is
  inside quotation marks (the attribution corpora label them so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from newslens.analysis.lexicon import Verb, lexicon, word_nouns
from newslens.analysis.model import Quote, QuoteKind, Span, Speaker, SpeakerKind, Stance
from newslens.analysis.quotes import APOSTROPHES
from newslens.analysis.speakers import Mention, mention_for, resolve
from newslens.analysis.syntax import (
    ATTRIBUTION_WORDS,
    COMPLEMENTS,
    Scan,
    chars,
    complement,
    is_negated,
    phrase,
    scan,
    speaker_of,
    subject,
    trim,
    trimmed,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

MIN_QUOTE_WORDS = 4  # a shorter quoted span is a quote only when a cue governs it


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


def _according_to(doc: Doc, scan: Scan) -> list[_Attribution]:
    out = []
    for token in scan.according:
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = None if to is None else next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            continue
        # The sentence around the "according to X" phrase is what X says.
        sent = token.sent
        lo, hi = token.left_edge.i, token.right_edge.i + 1
        ranges = trimmed(doc, [(sent.start, lo), (hi, sent.end)])
        if not ranges:
            continue
        parts = [chars(doc, a, b) for a, b in ranges]
        out.append(_Attribution(parts, QuoteKind.INDIRECT, token, source, confidence=0.8))
    return out


def _quote_tokens(marks: list[Span], in_quote: list[int]) -> list[list[int]]:
    tokens: list[list[int]] = [[] for _ in marks]
    for i, k in enumerate(in_quote):
        if k >= 0:
            tokens[k].append(i)
    return tokens


def _linked_cue(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """A cue outside the quote that governs a word in it, or hangs off a word in it."""
    inside = set(quote)
    best: Token | None = None
    for i in quote:
        token = doc[i]
        cue: Token | None
        if token.head.i in cues and token.head.i not in inside:
            cue = token.head
        else:
            cue = next((c for c in token.children if c.i in cues and c.i not in inside), None)
        if cue is not None and (best is None or abs(cue.i - quote[0]) < abs(best.i - quote[0])):
            best = cue
    return best


def _closer_cue(doc: Doc, quote: list[int], cue: Token, cues: set[int]) -> Token:
    """A cue nearer the quote than the one the parse hangs it on, with no verb between.

    "The spot concludes with footage of Trump saying during the debate, “…”": the quote
    is Trump's, whatever the parser made of "concludes".
    """
    if cue.i > quote[0]:
        return cue
    for i in range(quote[0] - 1, cue.i, -1):
        if i in cues:
            return doc[i]
        if doc[i].pos_ in ("VERB", "AUX"):
            break
    return cue


def _nearest_cue(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """The closest cue in the sentences the quote touches, or in a sentence ending in ':' before."""
    first, last = doc[quote[0]], doc[quote[-1]]
    lo, hi = first.sent.start, last.sent.end
    candidates = [i for i in cues if lo <= i < hi]
    if candidates:
        i = min(candidates, key=lambda i: min(abs(i - quote[0]), abs(i - quote[-1])))
        return doc[i]
    before = quote[0] - 1
    while before >= 0 and (doc[before].is_space or doc[before].text in '"“«„'):
        before -= 1
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


def _opens_clause(doc: Doc, quote: list[int], cues: set[int]) -> bool:
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


def _kind(text: str, span: Span) -> QuoteKind:
    """Direct between quotation marks; mixed between two apostrophes standing in for them."""
    return QuoteKind.MIXED if text.startswith(APOSTROPHES, span[0]) else QuoteKind.DIRECT


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


def _stands_alone(
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
    roots = [
        doc[i].dep_
        for i in quote
        if in_quote[doc[i].head.i] < 0 and not doc[i].is_punct and doc[i].head.i not in inside
    ]
    if (
        roots
        and all(dep in FRAGMENT_DEPS for dep in roots)
        and not _after_colon(doc, quote)
        and not _holds_root(doc, quote)
    ):
        return False
    sent = doc[quote[0]].sent
    prefix = [
        t
        for t in doc[sent.start : quote[0]]
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
    if _utterance_after(doc, quote, cue):
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


def _reported_clause_between(doc: Doc, quote: list[int], cue: Token, in_quote: list[int]) -> bool:
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


def _utterance_after(doc: Doc, quote: list[int], cue: Token) -> bool:
    """Whether a quote follows its cue at once and ends, inside its marks, as a sentence does.

    'Fans chanted "We want more!" until midnight': the quoted words are a whole
    utterance, whatever the reporter's sentence goes on to say.
    """
    if cue.i >= quote[0] or any(not doc[i].is_punct for i in range(cue.i + 1, quote[0])):
        return False
    return _ends_utterance(doc, quote)


def _ends_utterance(doc: Doc, quote: list[int]) -> bool:
    """Whether the quoted words end, inside their marks, as a sentence does: “You there?”."""
    words = [doc[i] for i in quote if not doc[i].is_space]
    return len(words) >= 3 and words[-2].text in UTTERANCE_ENDS


def _cue_right_after(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """A cue within the two words after a quote: '“Done?” she asked', '“No!” said Ortiz'."""
    after = quote[-1] + 1
    for token in doc[after : min(len(doc), after + 2)]:
        if token.i in cues:
            return token
        if token.is_punct:
            return None
    return None


def _runs_on(doc: Doc, quote: list[int], in_quote: list[int]) -> bool:
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


def _continues_reporter(doc: Doc, quote: list[int], in_quote: list[int]) -> bool:
    """Whether a quote opening in lower case finishes a sentence the reporter began.

    "X said that if he won, “she would sign it.”", "So when they called, Y said, “we were
    floored.”": the quoted words complete the reporter's clause, which is reported speech
    with a quoted fragment. Not the second half of a split quote ("“A,” he said, “b …”"),
    nor a quotation that is its cue's object ("attacked “the hateful ideology …”").
    """
    first = next((doc[i] for i in quote if doc[i].is_alpha), None)
    if first is None or not first.is_lower or _capital_in_brackets(doc, quote):
        return False
    if first.lower_ == "that":
        return True
    sent = first.sent
    prefix = [t for t in doc[sent.start : quote[0]] if not t.is_space]
    if not any(not t.is_punct for t in prefix):
        return False
    for t in prefix:
        k = in_quote[t.i]
        if k >= 0 and t.is_punct and t.text == "," and in_quote[t.i + 1] == k:
            return False  # an earlier part ends in a comma inside its marks: a split quote
    words = [t for t in prefix if not t.is_punct and in_quote[t.i] < 0]
    if any(t.lower_ == "that" for t in words):
        return True
    return not (words and prefix[-1] is words[-1] and words[-1].pos_ == "VERB")


# Words that may stand between a naming verb and its quoted words: "called [them]", "likened
# [the rules to]", "calls [people]" and, between two quoted names, "and" or "or".
NAMING_GAP = 3


def _naming_cue(doc: Doc, quote: list[int], cues: set[int], in_quote: list[int]) -> Token | None:
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
    elif before.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # 'called it a "disaster"', 'names like "…"': the reporter's own phrase
    if not (cue.left_edge.i <= first.i <= cue.right_edge.i):
        return None  # the quote is no part of the verb's phrase
    rest = _word_after(doc, quote)
    if rest is None or rest.is_punct or rest.is_sent_start or rest.lower_ in ("and", "or", "but"):
        return cue
    return None


# Words after which "to X," opens a clause: "To her, “…”", "because to him, “…”".
VIEW_OPENERS = frozenset(["because", "but", "and", "for", "since", "yet", ",", ";", "—", "―"])


def _in_view_of(doc: Doc, quote: list[int], in_quote: list[int]) -> tuple[Token, Token] | None:
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


def _aside_before(doc: Doc, quote: list[int], cues: set[int]) -> Token | None:
    """An aside that ends, with a comma, right where the quote opens: "as X put it, “…”".

    The quoted words finish the reporter's sentence, but the aside hands them to X.
    """
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 1 or doc[before].text != ",":
        return None
    for i in range(before - 1, max(-1, before - ATTRIBUTION_WORDS), -1):
        token = doc[i]
        if i in cues:
            aside = any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
            return token if aside and token.right_edge.i >= before - 1 else None
        if token.is_punct:
            return None
    return None


def _namer(cue: Token, in_quote: list[int]) -> Token | None:
    """Who names: the verb's subject, or the name right before it when the parse lost it.

    Not the word after the verb, which is what is named ("call them …").
    """
    found = subject(cue, in_quote)
    if found is not None or cue.i == 0:
        return found
    before = cue.doc[cue.i - 1]
    if before.pos_ in ("PROPN", "NOUN", "PRON") and in_quote[before.i] < 0:
        return before
    return None


# Verbs whose subject speaks the words their object names: "used the phrase “…”".
USING_VERBS = frozenset(["use", "coin", "invoke", "utter", "adopt", "employ", "choose", "prefer"])


def _named_words(doc: Doc, quote: list[int], in_quote: list[int]) -> tuple[Token, Token] | None:
    """A noun of words the quote follows, and whose words they are.

    "Ana Ruiz used the phrase “…”" and "The mayor repeated her message: “…”": the noun
    names the quotation, the subject of the verb that holds the noun is its source. Only
    when someone holds the noun, and after a colon only when the quote ends the sentence.
    """
    before = quote[0] - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 1:
        return None
    naming, after_colon = word_nouns()
    noun, names = doc[before], naming
    if noun.text == ":":
        if _runs_on(doc, quote, in_quote):
            return None
        noun, names = doc[before - 1], after_colon
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in names or in_quote[noun.i] >= 0:
        return None
    if names is naming and not (
        noun.dep_ == "dobj"
        and (noun.head.lemma_.lower() in USING_VERBS or noun.head.lemma_.lower() in lexicon())
    ):
        return None  # "banned the word “war”" mentions a word that nobody is quoted saying
    verb = noun
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb or in_quote[verb.head.i] >= 0:
            break
        verb = verb.head
    source = subject(verb, in_quote) if verb.pos_ in ("VERB", "AUX") else None
    if source is None or source.i == noun.i:
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
    return None if source is None else (noun, source)


def _capital_in_brackets(doc: Doc, quote: list[int]) -> bool:
    """Whether the quote opens on an editor's bracketed capital: “[I]f …”, “[T]he …”."""
    text = doc.text
    start = doc[quote[0]].idx + 1
    while start < len(text) and text[start] in " .…":
        start += 1
    return text.startswith("[", start) and text[start + 1 : start + 2].isupper()


# How a cue hangs inside another clause: "I hope America says, “…”" (ccomp), "his father,
# who wired, “…”" (relcl), "she wanted to ask, “…”" (xcomp).
EMBEDDING_DEPS = frozenset(["ccomp", "xcomp", "relcl"])


def _embedded(cue: Token, quote: list[int], in_quote: list[int]) -> bool:
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


def _reads_as_quote(doc: Doc, quote: list[int]) -> bool:
    words = [doc[i] for i in quote if not doc[i].is_punct and not doc[i].is_space]
    return len(words) >= MIN_QUOTE_WORDS


def _opens_sentence(doc: Doc, quote: list[int]) -> bool:
    first = doc[quote[0]]
    return all(t.is_punct or t.is_space for t in doc[first.sent.start : quote[0]])


# "“…” ― Maria Lopez": a quotation signed with a dash and a name, as in letters and epigraphs.
_SIGNATURE = re.compile(r"[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*([^\n]{2,80}?)[ \t\u00a0.]*(?=\n|$)")


# "Pat Caddell: Voters worried …" and "PENCE: Well, …": a line that a name and a colon open.
_LABELLED = re.compile(
    r"^[\"“]?((?:[A-Z][\w.’'-]*)(?:[ \u00a0][A-Z][\w.’'-]*){0,3}):[ \u00a0]+(\S[^\n]*?)[.\s]*$",
    re.MULTILINE,
)


# Labels a newsroom puts before a colon that name nobody who speaks.
EDITORIAL_LABELS = frozenset(
    [
        "note",
        "editor's note",
        "update",
        "updated",
        "correction",
        "clarification",
        "warning",
        "source",
        "sources",
        "photo",
        "video",
        "watch",
        "read more",
        "related",
        "see also",
        "advertisement",
        "caption",
        "credit",
        "tags",
        "filed under",
        "full text",
    ]
)


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


# Verbs whose subject is the source of the words their object names: "issued a warning".
_SOURCE_VERBS = frozenset(["make", "issue", "release", "give", "deliver", "repeat", "offer"])


def _noun_cues(
    doc: Doc, scan: Scan, marks: list[Span], taken: list[Span], reporting: set[int]
) -> list[_Attribution]:
    """Reporting nouns with their content: "Trump's claim that …", "a promise to …".

    Not "a statement saying …" when the verb (one of the cues ``reporting``) already
    reports the words for the noun.
    """
    out = []
    for token in scan.nouns:
        content = next((c for c in token.children if c.dep_ == "ccomp" or _content_acl(c)), None)
        if content is None or not any(t.pos_ in ("VERB", "AUX") for t in content.subtree):
            continue
        if content.dep_ == "acl" and content.i in reporting:
            continue
        span = trim(doc, content.left_edge.i, content.right_edge.i + 1)
        if span is None:
            continue
        parts = [chars(doc, *span)]
        if _covered(parts, taken):
            continue
        kind = (
            QuoteKind.MIXED
            if any(parts[0][0] <= a and b <= parts[0][1] + 1 for a, b in marks)
            else QuoteKind.INDIRECT
        )
        out.append(_Attribution(parts, kind, token, _noun_source(token), confidence=0.7))
    return out


def _content_acl(clause: Token) -> bool:
    """Whether a clause on a noun says what the noun holds, not when or how it came.

    "the claim that Crutcher had refused …" holds words; "a statement published at
    midnight" is a participle with neither a subject nor "that" of its own.
    """
    if clause.dep_ != "acl":
        return False
    return clause.tag_ != "VBN" or any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children
    )


def _noun_source(noun: Token) -> Token | None:
    """Whose claim: "Trump's claim", "a claim by Trump", "Trump issued a warning"."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _SOURCE_VERBS:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _labelled_lines(doc: Doc, text: str) -> list[_Attribution]:
    """Lines a short name and a colon open: headlines and transcripts."""
    out = []
    for match in _LABELLED.finditer(text):
        label = match.group(1).lower().replace("’", "'")
        if label in EDITORIAL_LABELS or label.split()[0] in ("the", "a", "an"):
            continue  # "The Gap Goes On: …" heads a section; a speaker's label is a name
        name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        words = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
        if name is None or words is None or len(words) < 3:
            continue
        colon = doc[name.end] if name.end < len(doc) else None
        # Reported, not quoted: the words carry no quotation marks of their own (a
        # transcript quoted whole is the quoting article's direct quote, not each line's).
        part = (match.start(2), match.end(2))
        out.append(
            _Attribution([part], QuoteKind.INDIRECT, colon, name.root, phrase=name, confidence=0.6)
        )
    return out


def find_attributions(doc: Doc, marks: list[Span], scan: Scan) -> list[_Attribution]:
    """Direct, mixed and indirect attributions in ``doc``, in text order."""
    verbs = lexicon()
    text = doc.text  # built afresh on every access: once per doc
    in_quote, verb_cues = scan.in_quote, scan.cues
    noun_cues = {t.i for t in scan.nouns}
    # "According to Limbaugh, “…”" attributes a quote as a verb would.
    cues = verb_cues | {t.i for t in scan.according}
    quote_tokens = _quote_tokens(marks, in_quote)
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
        named = _named_words(doc, tokens, in_quote) or _in_view_of(doc, tokens, in_quote)
        if named is not None and (
            not _opens_clause(doc, tokens, cues)
            or _continues_reporter(doc, tokens, in_quote)
            or _linked_cue(doc, tokens, cues) is None
        ):
            # "used the phrase “…”", "its headline: “…”": a noun of words names the quote;
            # "because to her, “…”": whose view the quoted words are.
            noun, source = named
            direct.append(_Attribution([span], _kind(text, span), noun, source, confidence=0.7))
            continue
        if not _opens_clause(doc, tokens, cues) or _continues_reporter(doc, tokens, in_quote):
            namer = _naming_cue(doc, tokens, verb_cues, in_quote) or _aside_before(
                doc, tokens, verb_cues
            )
            if namer is None:
                woven.add(span)
                joined = _joined_after_cue(doc, tokens, verb_cues, in_quote)
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
            direct.append(_Attribution([span], _kind(text, span), namer, _namer(namer, in_quote)))
            continue
        previous = direct[-1] if direct else None
        if (
            previous is not None
            and previous.cue is not None
            and _opens_sentence(doc, tokens)
            and not _own_cue(doc, tokens, cues)
            and _only_attribution(previous, text[previous.parts[-1][1] : span[0]])
        ):
            if _runs_on(doc, tokens, in_quote):
                woven.add(span)
                continue  # "“…” to drive up the price.": a fragment of the reporter's sentence
            previous.parts.append(span)  # '"A," he said. "B."': one quote, however short B
            continue
        cue = _linked_cue(doc, tokens, cues)
        linked = cue
        if cue is not None:
            cue = _closer_cue(doc, tokens, cue, cues)
        confidence = 0.9
        if cue is None and _reads_as_quote(doc, tokens):
            cue, confidence = _nearest_cue(doc, tokens, cues), 0.7
        elif cue is None and _ends_utterance(doc, tokens):
            cue, confidence = _cue_right_after(doc, tokens, cues), 0.7
        if cue is not None:
            if _reported_clause_between(doc, tokens, cue, in_quote):
                woven.add(span)
                carried_on.setdefault(cue.i, []).append(span)  # the clause goes on in quotes
                continue
            if not _stands_alone(doc, tokens, cue, in_quote, cues) or _embedded(
                cue, tokens, in_quote
            ):
                woven.add(span)
                continue  # the reporter's own words run into it: mixed speech
            previous = direct[-1] if direct else None
            if previous is not None and previous.cue is not None and previous.cue.i == cue.i:
                previous.parts.append(span)
                continue
            if (
                not _reads_as_quote(doc, tokens)
                and _linked_only_by_object(doc, tokens)
                and not _utterance_after(doc, tokens, cue)
                and not (_ends_utterance(doc, tokens) and 0 < cue.i - tokens[-1] <= 2)
            ):
                continue  # a short quoted name the cue mentions, not a whole utterance
            cue_used.add(cue.i)
            if linked is not None:
                cue_used.add(linked.i)  # when a closer cue wins, the parse's cue said this too
            direct.append(
                _Attribution(
                    [span], _kind(text, span), cue, speaker_of(cue, in_quote), confidence=confidence
                )
            )
            continue
        if (
            not _reads_as_quote(doc, tokens)
            or not _opens_sentence(doc, tokens)
            or _runs_on(doc, tokens, in_quote)
        ):
            continue
        reported = _reported_before(doc, tokens, verb_cues - cue_used, in_quote)
        if reported is not None:
            # "…, Schiff said. “The other factor …”": the quote carries on reported speech.
            carried_on.setdefault(reported.i, []).append(span)
            continue
        if previous is None or span[0] - previous.parts[-1][1] > CARRY_OVER_CHARS:
            continue
        direct.append(
            _Attribution(
                [span],
                _kind(text, span),
                None,
                None,
                carried_from=previous.carried_from or previous,
                confidence=0.6,
            )
        )
    taken = [p for a in direct for p in a.parts]
    indirect = [
        a
        for a in _according_to(doc, scan)
        if a.cue is not None and a.cue.i not in cue_used and not _covered(a.parts, taken)
    ]
    for i in sorted(verb_cues):
        cue = doc[i]
        if i in cue_used or _imperative(cue):
            continue
        parts = [
            _whole_marks(chars(doc, a, b), marks)
            for a, b in complement(cue, in_quote, verbs[cue.lemma_.lower()])
        ] or _after_colon_paragraph(doc, text, cue)
        following = carried_on.get(i, [])
        if not parts or _covered(parts, taken):
            parts = []
        if not parts and not following:
            continue
        parts = sorted(
            parts + [f for f in following if not any(a < f[1] and f[0] < b for a, b in parts)]
        )
        kind = (
            QuoteKind.MIXED
            if any(p[0] <= a and b <= p[1] + 1 for a, b in marks for p in parts)
            else QuoteKind.INDIRECT
        )
        speaker = subject(cue, in_quote)
        if speaker is not None and speaker.i in noun_cues:
            # "Harlow's office released a statement saying …": whose statement says it.
            speaker = _noun_source(speaker) or speaker
        indirect.append(_Attribution(parts, kind, cue, speaker, confidence=0.8))
    reporting = {a.cue.i for a in indirect if a.cue is not None}
    indirect.extend(_noun_cues(doc, scan, marks, taken, reporting))
    indirect = _quoted_whole(indirect, marks, taken, woven, text)
    indirect.extend(_labelled_lines(doc, text))
    found = sorted(direct + indirect, key=lambda a: a.parts[0])
    for a in found:
        if a.speaker is not None and a.phrase is None:
            stop = a.cue
            a.phrase = phrase(doc, a.speaker, in_quote, stop)
    return found


def _imperative(cue: Token) -> bool:
    """Whether the cue tells the reader to do something: "Now tell us …", "ask yourself …".

    An order to the reader reports nobody's words.
    """
    if cue.tag_ != "VB" or cue.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in cue.children):
        return False
    return cue.dep_ == "ROOT" or _imperative(cue.head)  # "go further, and ask …"


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
        mark = next((m for m in marks if all(m[0] <= p[0] and p[1] <= m[1] for p in a.parts)), None)
        if mark is None or (_all_words(text, mark, a.parts) and _verb_cue(a)):
            out.append(a)
        elif mark not in used:
            used.add(mark)
            a.parts, a.kind = [mark], QuoteKind.MIXED if mark in woven else _kind(text, mark)
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


def _reported_before(
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
    sent = doc[before].sent
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


def _joined_after_cue(
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


def _linked_only_by_object(doc: Doc, quote: list[int]) -> bool:
    """A short quoted name or phrase the cue merely mentions ("called it “a disaster”")."""
    return not any(doc[i].dep_ in COMPLEMENTS for i in quote)


# A sentence ends after a word, not after an initial or a title ("R. Fieldstone", "Mr. Bush").
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?]\s")


def _own_cue(doc: Doc, quote: list[int], cues: set[int]) -> bool:
    """Whether a cue outside the quote shares its sentence, or follows it in a short one."""
    first, last = doc[quote[0]], doc[quote[-1]]
    if any(first.sent.start <= i < last.sent.end for i in cues):
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


def _only_attribution(previous: _Attribution, between: str) -> bool:
    """Whether the text between two quoted spans is just the first one's attribution.

    "he said.", "said Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus.": one
    sentence at most, holding the first quote's cue.
    """
    if previous.cue is None or '"' in between or "“" in between:
        return False
    body = between.strip().rstrip(".!?")
    words = body.replace(",", " ").split()
    ends = _SENTENCE_END.search(body) is not None
    return 0 < len(words) <= 2 * ATTRIBUTION_WORDS and previous.cue.text in words and not ends


def _covered(parts: list[Span], taken: list[Span]) -> bool:
    """Whether at least half of ``parts`` lies inside ``taken``."""
    size = sum(b - a for a, b in parts)
    shared = sum(max(0, min(b, d) - max(a, c)) for a, b in taken for c, d in parts)
    return shared * 2 >= size


def _antecedents(doc: Doc, scan: Scan) -> list[Mention]:
    """Subjects and passive agents outside quotes: who a later "he" or "they" may be.

    "This was revealed by the leader of the legion. “…,” he said." needs the agent as
    much as any earlier speaker. So does the subject of a passive main clause ("Deepa
    Sharma was woken by a call. … she said"); inside another clause ("claimed that
    Scalia may have been murdered") it is only a full name for a later surname to join.
    """
    out = []
    for token in scan.subjects:
        mention = mention_for(token, phrase(doc, token, scan.in_quote, token.head))
        embedded = token.dep_ == "nsubjpass" and token.head.dep_ not in ("ROOT", "conj")
        out.append(replace(mention, antecedent=False) if embedded else mention)
    return out


def attribute(doc: Doc, marks: list[Span]) -> tuple[list[Quote], list[Speaker]]:
    """The quotes and speakers of ``doc``, with offsets into ``doc.text``."""
    scanned = scan(doc, marks)
    found = find_attributions(doc, marks, scanned)
    mentions = []
    for a in found:
        if a.speaker is not None and a.phrase is not None:
            a.mention = mention_for(a.speaker, a.phrase)
            mentions.append(a.mention)
    taken = {m.span for m in mentions}
    others = [m for m in _antecedents(doc, scanned) if m.span not in taken]
    resolve(mentions + others)
    keys = {m.key for m in mentions}
    mentions += [m for m in others if m.key in keys]
    verbs = lexicon()
    quotes = []
    for a in _outer_cues_dropped(found):
        source = a.carried_from if a.carried_from is not None else a
        mention = source.mention
        cue = source.cue if a.cue is None else a.cue
        group, negated = (None, False) if cue is None else _cue_group(cue)
        shown = a.cue is not None
        quotes.append(
            Quote(
                parts=tuple(a.parts),
                kind=a.kind,
                speaker=mention.name if mention else None,
                speaker_key=mention.key if mention else None,
                speaker_span=mention.span if mention else None,
                cue=group.text if shown and group is not None else None,
                cue_span=(group.start_char, group.end_char)
                if shown and group is not None
                else None,
                stance=_stance(verbs, cue),
                confidence=a.confidence,
                negated=negated,
            )
        )
    return quotes, speakers_of(quotes, mentions)


# Verbs that say their infinitive did not happen: "declined to say", "failed to mention".
NOT_DOING = frozenset(
    ["decline", "refuse", "fail", "neglect", "forget", "avoid", "omit", "stop", "cease", "quit"]
)


def _cue_group(cue: Token) -> tuple[SpacySpan, bool]:
    """The words that say how the cue's words were said, and whether they deny saying them.

    "did not say", "has never claimed", "declined to say": the auxiliaries and negation
    before the verb, or the verb that says it was not done, belong to the cue. A reader
    who saw only "say" would take the words for the speaker's.
    """
    doc = cue.doc
    verb, negated = cue, is_negated(cue)
    head = cue.head
    if cue.dep_ == "xcomp" and head.lemma_.lower() in NOT_DOING and head.i < cue.i:
        verb, negated = head, negated != (not is_negated(head))  # "did not fail to say" says
    start = verb.i
    while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in _GROUP_DEPS:
        start -= 1
    # "has said" is said: without a denial the tense is no part of the cue.
    return doc[start if negated else cue.i : cue.i + 1], negated


_GROUP_DEPS = frozenset(["aux", "auxpass", "neg"])


def _outer_cues_dropped(found: list[_Attribution]) -> list[_Attribution]:
    """Without "declined" when "declined to say" reports the same words through "say"."""
    inner_heads = {
        a.cue.head.i
        for a in found
        if a.cue is not None
        and a.cue.dep_ == "xcomp"
        and a.cue.head.lemma_.lower() in NOT_DOING
        and a.cue.head.i < a.cue.i
    }
    return [
        a for a in found if a.cue is None or a.cue.i not in inner_heads or a.cue.dep_ == "xcomp"
    ]


def _stance(verbs: dict[str, Verb], cue: Token | None) -> Stance | None:
    verb = None if cue is None else verbs.get(cue.lemma_.lower())
    return None if verb is None else verb.stance


def speakers_of(quotes: list[Quote], mentions: list[Mention]) -> list[Speaker]:
    """One Speaker per key, with every mention and the number of quotes attributed."""
    names: dict[str, str] = {}
    kinds: dict[str, SpeakerKind] = {}
    spans: dict[str, set[Span]] = {}
    for m in mentions:
        if len(m.name) > len(names.get(m.key, "")):
            names[m.key] = m.name
        if kinds.get(m.key, SpeakerKind.UNKNOWN) is SpeakerKind.UNKNOWN:
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
