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
  "called the plan a disaster", "endorsed Trump") and reporting nouns ("Trump's claim that
  …", "allegations of fraud") likewise;
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

The modules, lowest first: ``words`` holds the record each rule makes and where its words run;
``sources`` tells who speaks through a noun; ``acts`` which objects or particles make a
reporting verb an act, ``refusals`` what a refusal refuses and ``questions`` which questions and
orders report nobody's words, and ``no_words``, with them, which cues report no words;
``own_objects`` which words before a cue with an object of its own it does not report;
``unowned_nouns`` which reporting nouns with no one's name on them name a thing, not words;
``according``, ``other_cues``, ``raised``, ``cast_as``, ``labelled`` and ``uncued`` each find
one kind of attribution or its speaker; ``direct`` tells which quoted spans are direct quotes
and through which cue, and which only carry on a cue's reported speech; ``nested`` drops the
reports within other words; ``antecedents`` gives the other mentions a pronoun may stand for and
``cue_groups`` the cue a quote shows; and this module finds every attribution in one pass
(:func:`find_attributions`: the direct quotes, then the words each cue reports, the turns and
answers of a transcript, less what is nested in other words) and makes them quotes and speakers
(:func:`attribute`). A name with a leading underscore is the package's own: its modules share it,
and only they and their tests use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.attribution.according import _according_to
from newslens.analysis.attribution.antecedents import _antecedents, _aside, _asker_of_named
from newslens.analysis.attribution.cast_as import _cast_as_cues
from newslens.analysis.attribution.cue_groups import _cue_group, _outer_cues_dropped, _stance
from newslens.analysis.attribution.direct import (
    _Direct,
    _direct_quotes,
    _quoted_for_no_one_named,
    _Reading,
)
from newslens.analysis.attribution.labelled import (
    _answered_in_person,
    _posts,
    _put_to_the_interviewee,
    _quote_then_source,
    _said_in_turn,
)
from newslens.analysis.attribution.nested import _second_sources_dropped, _within_turns
from newslens.analysis.attribution.no_words import _reports_nothing
from newslens.analysis.attribution.other_cues import (
    _adjective_cues,
    _hearsay_cues,
    _noun_cues,
    _phrase_cues,
)
from newslens.analysis.attribution.own_objects import _words_before_its_object_dropped
from newslens.analysis.attribution.questions import (
    _asked_by_nobody_named,
    _asked_not_told,
    _imperative,
    _questioned,
)
from newslens.analysis.attribution.raised import _raised_cues
from newslens.analysis.attribution.refusals import _past_the_refusal
from newslens.analysis.attribution.sources import _behind, _writer_behind
from newslens.analysis.attribution.words import (
    _after_colon_paragraph,
    _Attribution,
    _covered,
    _full_stop_after_colon,
    _quoted_whole,
    _reported_before_colon,
    _reported_kind,
    _union,
    _whole_marks,
)
from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import Quote, QuoteKind, Speaker, SpeakerKind
from newslens.analysis.span_index import SpanIndex
from newslens.analysis.speakers import Mention, mention_for, names_no_one, resolve
from newslens.analysis.syntax.complements import complement
from newslens.analysis.syntax.cues import Scan, scan
from newslens.analysis.syntax.edges import chars
from newslens.analysis.syntax.names import phrase
from newslens.analysis.syntax.subjects import subject
from newslens.analysis.syntax.text import doc_text
from newslens.analysis.title_case import title_case_headline_at
from newslens.analysis.transcripts.interviews import Interview, find_interview
from newslens.analysis.transcripts.letters import letters
from newslens.analysis.transcripts.running import transcript_turns
from newslens.analysis.transcripts.turns import NAMED_BEFORE
from newslens.analysis.transcripts.vox_pops import vox_pops
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find_attributions(doc: Doc, marks: list[Span], scan: Scan) -> list[_Attribution]:
    """Direct, mixed and indirect attributions in ``doc``, in text order."""
    text = doc_text(doc)
    in_quote = scan.in_quote
    verb_cues = scan.cues - _questioned(doc, scan.cues)
    # "Asked whether …, she shrugged. “…”": nobody's question, and the quote after it hers
    asked = {i for i in verb_cues if _asked_by_nobody_named(doc[i], in_quote)}
    # "According to Limbaugh, “…”" attributes a quote as a verb would.
    cues = verb_cues | {t.i for t in scan.according}
    reading = _Reading(doc, text, in_quote, verb_cues, cues, asked)
    quoted = _direct_quotes(reading, marks)
    direct = quoted.quotes
    taken = [p for a in direct for p in a.parts]
    indirect = _reported_speech(reading, marks, scan, quoted, taken)
    indirect = _quoted_whole(indirect, marks, taken, quoted.woven, text)
    indirect = [a for a in indirect if not _before_a_title_case_colon(a, text)]
    lines = transcript_turns(doc, text, marks) + letters(doc, text) + vox_pops(doc, text, marks)
    turns = [_said_in_turn(t) for t in lines]
    indirect.extend(turns)
    indirect.extend(_quote_then_source(doc, text, marks))
    indirect.extend(_posts(doc, text, direct + indirect))
    interview = find_interview(doc, text, marks)
    if interview is not None:
        # The intro's "We spoke to her about …" names the interview's subject, no one's words.
        indirect = [a for a in indirect if a.cue is None or not interview.held(a.cue)]
    answers = _answers(doc, interview, direct + indirect, in_quote)
    _answered_in_person(direct + indirect, answers + turns)
    unnested = _unnested(direct, indirect, answers, turns)
    _quoted_for_no_one_named(direct)
    found = _second_sources_dropped(unnested)
    for a in found:
        if a.speaker is not None and a.phrase is None:
            stop = a.cue
            a.phrase = phrase(doc, a.speaker, in_quote, stop)
    return found


def _before_a_title_case_colon(a: _Attribution, text: str) -> bool:
    """Whether reported words end before a title-case headline's colon and their cue comes
    after it: "Are Schools Safe: Parents Ask Questions" reports no question of the parents'."""
    if a.cue is None or a.parts[-1][1] > a.cue.idx:
        return False
    between = text[a.parts[-1][1] : a.cue.idx]
    return ":" in between and "\n" not in between and title_case_headline_at(text, a.cue.idx)


def _reported_speech(
    r: _Reading, marks: list[Span], scan: Scan, quoted: _Direct, taken: list[Span]
) -> list[_Attribution]:
    """The words every kind of cue reports ("according to", verbs, nouns, adjectives, phrases,
    hearsay and passives naming no teller), outside the direct quotes' words."""
    doc, text = r.doc, r.text
    noun_cues = {t.i for t in scan.nouns}
    indirect = [
        a
        for a in _according_to(doc, scan, noun_cues, marks)
        if a.cue is not None and a.cue.i not in quoted.cue_used and not _covered(a.parts, taken)
    ]
    indirect.extend(_verb_reports(r, marks, noun_cues, quoted, taken))
    reporting = {a.cue.i for a in indirect if a.cue is not None}
    indirect.extend(_noun_cues(doc, scan, marks, taken, reporting))
    indirect.extend(_adjective_cues(doc, scan, marks, taken))
    indirect.extend(_phrase_cues(doc, text, scan, marks, taken))
    indirect.extend(_hearsay_cues(doc, text, scan, marks, taken))
    indirect.extend(_raised_cues(doc, scan, marks, taken))
    indirect.extend(_cast_as_cues(doc, scan, marks, taken))
    return indirect


def _verb_reports(
    r: _Reading, marks: list[Span], noun_cues: set[int], quoted: _Direct, taken: list[Span]
) -> list[_Attribution]:
    """What each reporting verb reports, in text order, when a direct quote has not used it
    and it is no question, order or act."""
    doc, in_quote = r.doc, r.in_quote
    reports = []
    for i in sorted(r.verb_cues):
        cue = doc[i]
        if i in quoted.cue_used:
            report = _said_before_colon(doc, cue, in_quote)
        elif i in r.asked or _imperative(cue) or _asked_not_told(cue, in_quote, r.text):
            report = None
        elif _reports_nothing(cue):
            report = _own_words_after_act(cue, quoted.carried_on.get(i), marks, in_quote)
        else:
            following = quoted.carried_on.get(i, [])
            report = _verb_report(r, marks, cue, following, taken, noun_cues)
        if report is not None:
            reports.append(report)
    return reports


def _said_before_colon(doc: Doc, cue: Token, in_quote: list[int]) -> _Attribution | None:
    # "said engineers were waiting for parts: “We expect …”": the words before the
    # colon are reported speech of the cue that the quote after it gave its speaker.
    before = _reported_before_colon(cue, in_quote)
    if before is None:
        return None
    speaker = subject(cue, in_quote)
    words = [chars(doc, *before)]
    return _Attribution(words, QuoteKind.INDIRECT, cue, speaker, confidence=0.8)


def _own_words_after_act(
    cue: Token, quoted: list[Span] | None, marks: list[Span], in_quote: list[int]
) -> _Attribution | None:
    if quoted is None:
        return None
    # 'refused to blame the referee. “We switched off.”': the quote is the
    # subject's own, not words of the act before it
    speaker = subject(cue, in_quote)
    kind = _reported_kind(quoted, marks)
    return _Attribution(quoted, kind, None, speaker, confidence=0.6)


def _verb_report(
    r: _Reading,
    marks: list[Span],
    cue: Token,
    following: list[Span],
    taken: list[Span],
    noun_cues: set[int],
) -> _Attribution | None:
    """What a reporting verb reports: its complement, or the paragraph after its colon, with
    the quotes that carry it on; none of it words already attributed."""
    doc, in_quote = r.doc, r.in_quote
    verbs = lexicon()
    parts = [
        _whole_marks(chars(doc, a, b), marks)
        for a, b in complement(cue, in_quote, verbs[cue.lemma_.lower()])
    ]
    if parts:
        parts = _full_stop_after_colon(doc, r.text, cue, parts)
    parts = parts or _after_colon_paragraph(doc, r.text, cue)
    parts = _words_before_its_object_dropped(cue, _past_the_refusal(cue, parts))
    if not parts or _covered(parts, taken):
        parts = []
    if not parts and not following:
        return None
    parts = _union(parts + following)
    kind = _reported_kind(parts, marks)
    speaker = subject(cue, in_quote)
    if speaker is not None:
        # "released a statement saying …", "shared a post, which read …"
        speaker = _behind(_writer_behind(speaker), noun_cues)
    return _Attribution(parts, kind, cue, speaker, confidence=0.8)


def _answers(
    doc: Doc, interview: Interview | None, said: list[_Attribution], in_quote: list[int]
) -> list[_Attribution]:
    """The answers of the text's Q&A; the words in ``said`` its questions speak of become
    the interviewee's."""
    if interview is None:
        return []
    answers = [_said_in_turn(t, True) for t in interview.answers]
    _put_to_the_interviewee(doc, said, interview, in_quote)
    return answers


def _unnested(
    direct: list[_Attribution],
    indirect: list[_Attribution],
    answers: list[_Attribution],
    turns: list[_Attribution],
) -> list[_Attribution]:
    """Every attribution but those within a turn or answer and reported words whose claimant
    names no one, in text order."""
    nested = {id(a) for a in _within_turns(direct + indirect, answers + turns)}
    # "the levy rate will decline by …": a thing that states nothing reports nothing
    nested |= {id(a) for a in indirect if a.speaker is not None and names_no_one(a.speaker)}
    return sorted(
        (a for a in direct + indirect + answers if id(a) not in nested),
        key=lambda a: a.parts[0],
    )


def _one_reading_per_words(found: list[_Attribution]) -> list[_Attribution]:
    """One attribution for each stretch of words, read first by the cue that names its
    speaker: "'…': residents demand answers" quotes the headline's words once, and "pointed
    to reports that …" reports them once, hers, not again for the noun "reports"."""
    kept: dict[Span, _Attribution] = {}
    for a in found:
        words = (a.parts[0][0], a.parts[-1][1])
        if words not in kept or (kept[words].speaker is None and a.speaker is not None):
            kept[words] = a
    return [a for a in found if kept[(a.parts[0][0], a.parts[-1][1])] is a]


def attribute(doc: Doc, marks: list[Span]) -> tuple[list[Quote], list[Speaker], Mention | None]:
    """The quotes and speakers of ``doc``, with offsets into ``doc.text``, and the mention of
    the interviewee that its Q&A's intro names, if it prints one."""
    scanned = scan(doc, marks)
    found = find_attributions(doc, marks, scanned)
    mentions = []
    # Every part of anyone's words, found by where a cue lies, not by a scan of them all.
    reported = SpanIndex([part for a in found for part in a.parts], lambda part: part)
    for a in found:
        if a.speaker is not None and a.phrase is not None:
            a.mention = mention_for(a.speaker, a.phrase)
            # "Whitfield said Cho planned to retire. “…,” she said": Cho is in Whitfield's
            # words, the one a later "she" is after her.
            at = None if a.cue is None else a.cue.idx  # read once: a Token per read
            nested = at is not None and bool(reported.overlapping(at, at + 1))
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
    for a in _one_reading_per_words(_outer_cues_dropped(found)):
        source = a.carried_from if a.carried_from is not None else a
        mention = source.mention
        cue = source.cue if a.cue is None else a.cue
        group, negated, read = (None, False, "") if cue is None else _cue_group(cue, a.parts[0][0])
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
                cue=read if shown and group is not None else None,
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
    for key, kind in kinds.items():
        if kind is SpeakerKind.PLACE and counts.get(key):
            # "Moscow has said …", "Russia claims …": a place that speaks is its government
            kinds[key] = SpeakerKind.ORGANISATION
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
