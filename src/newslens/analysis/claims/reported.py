"""Which words of a quote make its attributed claim: none when it only names what it was about
("welcomed the report"), calls to act ("urged parents to check …") or demands it, tells an aim
with no figure ("threatened to close the border") or puts a question ("asked whether …",
"asked how …"); else its words from the first sentence that asserts something to the last,
past a joining "that", scored as its most check-worthy sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newslens.analysis.claims.moods import (
    _CLOSING,
    _SOCIAL,
    _appeals,
    _is_imperative,
    _questions,
)
from newslens.analysis.claims.own_clauses import _cue_words
from newslens.analysis.claims.parse import _Parse, _within
from newslens.analysis.claims.scores import CHECKWORTHY, _score
from newslens.analysis.claims.words import word_lists
from newslens.analysis.model import Figure, Quote, QuoteKind
from newslens.analysis.syntax.words import _NOUNS, SUBJECTS, WH_WORDS
from newslens.article import Span as TextSpan


def _names_only(doc: Doc, quote: Quote) -> bool:
    """True when reported speech is only the thing it was about, with no clause of its own:
    "welcomed the report", "denied the allegations", "rejected a request to unseal the file",
    "cited criticism of the anchor, who took heat for it". The attribution is still
    highlighted, but the words state nothing to check; "accused him of being a Democrat"
    charges him with something, and is a claim, as are "accused the council of corruption"
    and "blames the operator for the delays"."""
    if quote.kind is QuoteKind.DIRECT:
        return False
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    # The thing is the cue's object; words the tagger misread ("the move reeks of fear",
    # "reeks" a noun) hang elsewhere.
    return (
        words is not None
        and words.root.dep_ in ("dobj", "pobj")
        and all(_describes_a_thing(t, words) for t in words if t.pos_ in ("VERB", "AUX"))
        and not _charges(doc, quote, words)
    )


# Cues that charge someone with a thing, and the words that bring in the thing: "accused the
# council of corruption", "blamed the delays on a shortage of drivers".
_CHARGES = {"accuse": ("of",), "blame": ("for", "on")}


def _charges(doc: Doc, quote: Quote, words: Span) -> bool:
    """Whether reported words that name things charge someone with one: the accuser's claim
    that the council is corrupt, or that the operator caused the delays."""
    cue = _cue_words(doc, quote)
    bringing = _CHARGES.get(cue.root.lemma_.lower(), ()) if cue is not None else ()
    return any(t.dep_ == "prep" and t.lower_ in bringing for t in words)


def _describes_a_thing(verb: Token, words: Span) -> bool:
    """Whether a verb of ``words`` is in a clause or phrase that tells of a thing they name
    ("a request to unseal", "the anchor, who took heat"), not one of its own; "denied reports
    that he had resigned" reports a statement, whose verb has its own subject, and "of lying"
    the act charged."""
    if verb.dep_ == "pcomp" or (
        verb.dep_ != "relcl" and any(c.dep_ in SUBJECTS for c in verb.children)
    ):
        return False
    head = verb.head
    while words.start <= head.i < words.end and head.pos_ not in _NOUNS:
        if head.head.i == head.i:
            return False
        head = head.head
    return words.start <= head.i < words.end


def _quote_score(parse: _Parse, pieces: Sequence[TextSpan], figures: Sequence[Figure]) -> float:
    """A quote is as check-worthy as its most check-worthy sentence (``pieces``: its words in
    each sentence)."""
    best = 0.0
    for start, end in pieces:
        words = parse.doc.char_span(start, end, alignment_mode="expand")
        if words is not None:
            inside = [f for f in figures if start <= f.start and f.end <= end]
            best = max(best, _score(parse, words, inside, attributed=True))
    return best


def _asserting_pieces(parse: _Parse, quote: Quote, units: Sequence[TextSpan]) -> list[TextSpan]:
    """The quote's quoted words in each sentence it overlaps (``units``), from the first that
    asserts something to the last: '"The scheme is the biggest in a generation," she said. "We're
    delighted!"' claims only its first words; '"What a year!"' claims nothing."""
    pieces = []
    for sent_start, sent_end in units:
        # '"Rents rose 4%," Ms Lee, an economist, said.': only the quoted words are weighed,
        # not the names, the past tense and the titles of the words that tell who said them.
        # A part of which the sentence holds only a quotation mark ("''…,'' he said. ''" where
        # the parser ends the sentence after the mark that opens the next words) is no words of it.
        within = [
            (a, b)
            for a, b in quote.parts
            if a < sent_end
            and b > sent_start
            and any(c.isalnum() for c in parse.text[max(a, sent_start) : min(b, sent_end)])
        ]
        if not within:
            continue
        start, end = max(within[0][0], sent_start), min(within[-1][1], sent_end)
        words = parse.doc.char_span(start, end, alignment_mode="expand") if start < end else None
        if words is not None:
            pieces.append(((start, end), not _asserts_nothing(parse, words)))
    asserting = [k for k, (_, asserts) in enumerate(pieces) if asserts]
    if not asserting:
        return []
    return [piece for piece, _ in pieces[asserting[0] : asserting[-1] + 1]]


_QUOTATION_MARKS = "\"'“”‘’«»"


def _claimed_words(text: str, quote: Quote, kept: TextSpan) -> TextSpan:
    """The span of a quote's words that assert something (``kept``), cut at the ends of its
    parts where it can be ('"A," she said.' of '"A," she said. "Wow!"' is '"A,"'), else
    without the quotation marks left with no partner."""
    start, end = kept
    # A closing mark the parser left as a sentence of its own is no cut.
    if not any(c.isalnum() for c in text[end : quote.end]):
        end = quote.end
    if not any(c.isalnum() for c in text[quote.start : start]):
        start = quote.start
    if (start, end) == (quote.start, quote.end):
        return start, end
    ends = [b for a, b in quote.parts if start < b <= end]
    starts = [a for a, b in quote.parts if start <= a < end]
    if end < quote.end and ends:
        end = max(ends)
    if start > quote.start and starts:
        start = min(starts)
    if any(part == (start, end) for part in quote.parts):
        return start, end
    while start < end and (text[start].isspace() or text[start] in _QUOTATION_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _QUOTATION_MARKS):
        end -= 1
    return start, end


def _past_joining_that(parse: _Parse, start: int, end: int) -> int:
    """Where reported words begin past the "that" joining them to their cue: "the port would
    reopen" of "said that the port would reopen", as a fact-checker writes the claim down; a
    demonstrative "that" ("said that was wrong") is the words' own.

    Quotation marks in the words may lead the parse to take the "that" for the object of a
    verb that could have one ('that Doyle had left "by mutual consent"'): a "that" before
    its verb's subject joins all the same.
    """
    words = parse.doc.char_span(start, end, alignment_mode="contract")
    if words is None or len(words) < 2 or parse.lower[words.start] != "that":
        return start
    that = words[0]
    joining = that.dep_ == "mark" or any(
        c.dep_ in SUBJECTS and that.i < c.i for c in that.head.children
    )
    return words[1].idx if joining else start


def _asserts_nothing(parse: _Parse, words: Span) -> bool:
    """Whether a sentence asserts nothing anyone could check: a question, with its mark or
    without ("Did anyone check the figures."), a call to act ("Book an appointment today.",
    "Please don't wait.", "Anyone who saw it is asked to call us on 101."), a greeting, or an
    exclamation that scores low ("We're delighted!", "What a year!"; "They lied to Parliament!"
    still asserts)."""
    text = parse.text_of(words)
    content = _within(parse.content, words)
    if not content or _questions(parse, text, content) or _SOCIAL.match(text):
        return True  # (no words: a closing quotation mark the parser left on its own)
    if _is_imperative(parse, words) or _appeals(parse, words):
        return True
    return text.rstrip(_CLOSING).endswith("!") and _score(parse, words, ()) < CHECKWORTHY


def _is_a_call(parse: _Parse, quote: Quote) -> bool:
    """Reported speech that is a call to act, "urged parents to check their children's jabs",
    'warned passengers to expect "severe disruption"', "called for scrapping the charge": what
    someone wants done, not something they state; so is a demand, whatever its cue, "demanding
    the president make a pledge", "insisted that the first lady go to hospital"."""
    if quote.kind is QuoteKind.DIRECT:
        return False
    words = parse.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if words is not None and _demands(words):
        return True
    cue = _cue_words(parse.doc, quote)
    if cue is None:
        return False
    if not any(parse.lemma[t.i] in word_lists()["calling_verbs"] for t in cue):
        return False
    if parse.text.startswith("to ", quote.start):
        return True
    if words is None:
        return False
    # "called for scrapping the charge": the act called for, named by its verb
    if words.start and parse.tag[words.start] == "VBG" and parse.lower[words.start - 1] == "for":
        return True
    # "urged the council to act": whom the call is to, then what they are to do
    return any(t.dep_ == "xcomp" and cue.start <= t.head.i < cue.end for t in words)


def _demands(words: Span) -> bool:
    """Whether reported words are what someone is to do or to have done: their verb bare, with
    no tense of its own ("the first lady go", "make a pledge", "donations be made"); "the port
    would reopen" has a modal, "they go every week" its tense. Only after one person or thing
    does the bare form of an active verb show: "the tax breaks do nothing", which the tagger may
    read as bare, states."""
    verb = words.root
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxiliaries:
        return auxiliaries == ["be"] and verb.tag_ == "VBN"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        # "make a pledge" after "demanding the president": the tagger may read the bare verb
        # as a present one, which it cannot be with no subject before it ("are" is never bare).
        return verb.tag_ == "VB" or (
            verb.tag_ == "VBP" and verb.i == words.start and verb.lemma_ != "be"
        )
    return verb.tag_ == "VB" and all(_one(s) for s in subjects)


def _one(subject: Token) -> bool:
    """Whether a subject is one person or thing: "the first lady", "she"; not "the breaks",
    "bigotry and xenophobia" or "I"."""
    if any(c.dep_ == "conj" for c in subject.children):
        return False
    return subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")


def _is_an_aim(parse: _Parse, quote: Quote) -> bool:
    """Reported speech that is what someone means to do, "threatened to close the border", "her
    decision to meet him": an aim or a promise, not something stated; "is said to have fled"
    and "is said to be the largest" state what was or is."""
    if quote.kind is QuoteKind.DIRECT or not parse.text.startswith("to ", quote.start):
        return False
    words = parse.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if words is None or len(words) < 2:
        return False
    verb = words[1]
    return parse.tag[verb.i] == "VB" and parse.lemma[verb.i] not in ("be", "have")


def _is_a_vote_on_a_thing(parse: _Parse, quote: Quote) -> bool:
    """Reported speech that is the thing a vote was on, "voted 70% against the plan", "voted
    7-2 for the cut, with two members preferring to hold": a vote is a recorded act, whose
    sentence, with its tally, is the reporter's to state; a motion carried ("voted that the
    offer was unfair") is words of the voters'."""
    cue = _cue_words(parse.doc, quote)
    if cue is None or parse.lemma[cue[0].i] != "vote":
        return False
    words = parse.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return words is None or parse.lower[words.start] != "that"


# Verbs (lemmas) whose "if" opens a question put, not a condition: "asked if shop owners had
# been consulted", but "said if the talks failed, the strike would go ahead"; so does their
# "how" or "why" ("questioned how he could break the pledge"), where "showed how the money
# was moved" tells what was found.
_ASKING = frozenset(["ask", "wonder", "question", "query", "inquire", "enquire"])


def _names_a_talk_topic(parse: _Parse, quote: Quote) -> bool:
    """Reported speech that is what a conversation was on, "spoke to Tom Reeves about anxiety,
    family and why she still bakes": an interview's standfirst, which the interview's own words
    bear out."""
    if quote.kind is QuoteKind.DIRECT:
        return False
    words = parse.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    cue = _cue_words(parse.doc, quote)
    return (
        words is not None
        and cue is not None
        and words.start > 0
        and parse.lower[words.start - 1] == "about"
        and any(parse.lemma[t.i] in word_lists()["conversing_verbs"] for t in cue)
    )


def _is_a_question(parse: _Parse, quote: Quote) -> bool:
    """Reported speech that is a question put, "asked whether the minister had met any
    fishermen", "asked if shop owners had been consulted", "questioned how the council could
    afford it": it asks, and asserts nothing."""
    if quote.kind is QuoteKind.DIRECT or quote.cue_span is None:
        return False
    words = parse.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if words is None or parse.lower[words.start] not in WH_WORDS | {"whether", "if"}:
        return False
    if parse.lower[words.start] == "whether":
        return True
    cue = _cue_words(parse.doc, quote)
    return cue is not None and any(parse.lemma[t.i] in _ASKING for t in cue)
