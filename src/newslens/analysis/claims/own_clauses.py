"""Which words of a sentence that reports are the reporter's own: whether the sentence is only a
quote's words or the frame that attributes them (``_reports``), and where the reporter's clause
before the attribution ends ("Homicides fell to 570, | although police said …",
``_own_clause_end``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newslens.analysis.lexicon import lexicons
from newslens.analysis.model import Quote
from newslens.analysis.syntax.words import _FINITE, SUBJECTS
from newslens.article import Span as TextSpan
from newslens.boilerplate import is_inside

# Words that join the reporter's clause to the attribution after it, and prepositions that set
# a report in a phrase ("despite warnings that …", "amid claims that …").
_JOINING = frozenset(["although", "though", "but", "and", "while", "as", "after", "because", "yet"])
_RELATIVES = frozenset(["which", "who", "whom"])
_JOINING |= {"despite", "amid", "with", "when", "where", "before", "until"} | _RELATIVES
# How a phrase hangs on a word of the clause it is part of, not on a clause joined to another:
# "Trump did not unveil | plans to …", "Republicans were in the lead in | advocating …".
_INSIDE_A_CLAUSE = frozenset(
    ["dobj", "pobj", "pcomp", "attr", "acomp", "oprd", "dative", "xcomp", "ccomp", "acl"]
) | {"nsubj", "nsubjpass", "compound", "amod", "poss", "det", "nummod", "appos", "nmod"}


def _own_clause_end(doc: Doc, quotes: Sequence[Quote], span: TextSpan) -> int | None:
    """Where the reporter's clause that opens a sentence ends, before its first attribution;
    None when the sentence opens with the attribution, with quoted words or with a phrase
    ("Asked whether the budget would be enough, he replied …"); the sentence's end when the
    attribution is inside the reporter's clause ("Trump did not unveil plans to pay for it")."""
    start, end = span
    if any(q.start < start < q.end for q in quotes):
        return None  # the sentence is the end of a quote that began before it
    firsts = [_antecedent_end(doc, q) or _named_noun_start(doc, q) or q.start for q in quotes]
    for quote in quotes:
        joined = _joined_to_own_verb(doc, quote, quotes)
        if joined is not None:
            firsts.append(joined)
            continue
        firsts += [span[0] for span in (quote.cue_span, quote.speaker_span) if span is not None]
    stop = min((i for i in firsts if start <= i < end), default=start)
    clause = doc.char_span(start, stop, alignment_mode="contract")
    if clause is None:
        return None
    words = [t for t in clause if not t.is_space]
    popped = ""
    while words and (
        words[-1].is_punct
        or words[-1].lower_ in _JOINING
        # "by an explosion that | the mayor described as …", "now that | officials say …":
        # a "that" which opens a clause, not one that points at something ("after that").
        or (words[-1].lower_ == "that" and words[-1].tag_ in ("WDT", "IN"))
        or (words[-1].tag_ == "IN" and popped in _RELATIVES)  # "a day on Nov. 1 during which"
    ):
        popped = words.pop().lower_
    # "Speaking at the conference on Tuesday, the minister said …" or "Asked whether the
    # budget would be enough, he replied …" opens with a phrase, not a clause of the
    # reporter's own: it needs a verb in a tense, and no verb out of one at its head.
    if (
        len(words) < 3
        or not any(t.tag_ in _FINITE for t in words)
        or any(t.pos_ == "VERB" and not _is_finite(t) for t in _heads(words))
    ):
        return None
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is not None and _runs_on_into(words, doc[words[-1].i + 1 : sentence.end]):
        return end
    return words[-1].idx + len(words[-1])


def _heads(words: Sequence[Token]) -> list[Token]:
    """The words of ``words`` that hang on none of them."""
    inside = {t.i for t in words}
    return [t for t in words if t.head.i not in inside or t.head == t]


def _is_finite(verb: Token) -> bool:
    """ "fell", "will pay", "has been closed": a verb in a tense, or with an auxiliary in one."""
    return verb.tag_ in _FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children
    )


def _runs_on_into(clause: Sequence[Token], rest: Span) -> bool:
    """Whether the words after the reporter's ``clause`` are part of it, an object or a phrase
    it needs ("did not unveil | plans to …"), not a clause joined to it ("fell 5%, | although
    police said …", "broke up, | with each side accusing …")."""
    inside = {t.i for t in clause}
    return any(t.head.i in inside and t.dep_ in _INSIDE_A_CLAUSE for t in rest if not t.is_space)


def _cue_words(doc: Doc, quote: Quote) -> Span | None:
    """The words of ``quote``'s cue in ``doc``; None when it has none."""
    if quote.cue_span is None:
        return None
    return doc.char_span(*quote.cue_span, alignment_mode="expand")


def _antecedent_end(doc: Doc, quote: Quote) -> int | None:
    """Where a quote's first part ends when it is the noun its relative clause qualifies,
    which the reporter's clause names too: "the plan" of "About 300 people signed a petition
    against the plan, which campaigners say was drawn up in secret"; else None."""
    cue = _cue_words(doc, quote)
    if len(quote.parts) < 2 or cue is None:
        return None
    clause = next((t for t in (cue.root, *cue.root.ancestors) if t.dep_ == "relcl"), None)
    start, end = quote.parts[0]
    return end if clause is not None and start <= clause.head.idx < end else None


def _named_noun_start(doc: Doc, quote: Quote) -> int | None:
    """Where the noun set off by a comma starts that a quote's relative clause names or speaks
    of ("a figure she calls "embarrassing"", "an incident the airline said was caused by …"),
    so that the reporter's clause never ends on it: "Only 16% of engineers are women, a figure"
    is no claim, the whole sentence is; else None."""
    cue = _cue_words(doc, quote)
    if cue is None or cue.root.dep_ != "relcl":
        return None
    verb = lexicons()[0].get(cue.root.lemma_.lower())
    # "McConnell, now the Senate majority leader, who said …": the noun is the speaker, and the
    # words before it are the reporter's; "an incident the airline said …" has a speaker of its
    # own, and the noun is what was said.
    if verb is None or not (verb.names or _has_a_speaker_of_its_own(cue.root)):
        return None
    first = cue.root.head.left_edge
    return first.idx if first.i > 0 and doc[first.i - 1].text == "," else None


def _has_a_speaker_of_its_own(verb: Token) -> bool:
    """Whether the relative clause of ``verb`` has a subject that is no relative word: "the
    airline" of "an incident the airline said …", not the "who" of "Reed, who said …"."""
    return any(c.dep_ in SUBJECTS and c.tag_ not in ("WP", "WDT") for c in verb.children)


def _joined_to_own_verb(doc: Doc, quote: Quote, quotes: Sequence[Quote]) -> int | None:
    """Where the words joined to a verb that reports nothing start, when ``quote``'s cue is
    that verb's conjunct and shares its subject, the speaker; else None.

    "The company will pay a dividend of 8.4p a share, and plans to open 30 stores": the
    subject is the speaker, but the clause it opens is the reporter's own.
    """
    cue = _cue_words(doc, quote)
    if quote.speaker_span is None or cue is None:
        return None
    if cue.root.dep_ != "conj" or cue.root.head.i >= cue.root.i:
        return None
    verb = cue.root.head
    if verb.pos_ not in ("VERB", "AUX") or any(
        q.cue_span is not None and q.cue_span[0] <= verb.idx < q.cue_span[1] for q in quotes
    ):
        return None
    if any(child.dep_ in SUBJECTS for child in cue.root.children):
        return None  # "…, and after that the rate would rise": a subject of its own
    speaker_start, speaker_end = quote.speaker_span
    shared = any(
        child.dep_ in SUBJECTS
        and child.left_edge.idx < speaker_end
        and speaker_start < child.right_edge.idx + len(child.right_edge)
        for child in verb.children
    )
    return cue.root.left_edge.idx if shared else None


def _reports(quotes: Sequence[Quote], span: TextSpan) -> bool:
    """True when the sentence ``span`` is a quote's words or the frame that attributes them.

    '"A," said the mayor, who …' is the mayor's claim, listed once, as the quote.
    """
    start, end = span
    if is_inside(span, [(q.start, q.end) for q in quotes]):
        return True
    return any(
        q.start < end and start < q.end and q.cue_span is not None and start <= q.cue_span[0] < end
        for q in quotes
    )
