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
``according``, ``other_cues``, ``labelled`` and ``uncued`` each find one kind of attribution or
its speaker; ``nested`` drops the reports within other words; ``antecedents`` gives the other
mentions a pronoun may stand for and ``cue_groups`` the cue a quote shows; and this module finds
every attribution in one pass (:func:`find_attributions`) and makes them quotes and speakers
(:func:`attribute`). A name with a leading underscore is the package's own: its modules share
it, and only they and their tests use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslens.analysis.attribution.according import _according_to
from newslens.analysis.attribution.antecedents import _antecedents, _aside, _asker_of_named
from newslens.analysis.attribution.cue_groups import _cue_group, _outer_cues_dropped, _stance
from newslens.analysis.attribution.labelled import (
    _answered_in_person,
    _put_to_the_interviewee,
    _quote_then_source,
    _said_in_turn,
    _signature,
)
from newslens.analysis.attribution.nested import _second_sources_dropped, _within_turns
from newslens.analysis.attribution.no_words import _reports_nothing
from newslens.analysis.attribution.other_cues import (
    _adjective_cues,
    _hearsay_cues,
    _noun_cues,
    _phrase_cues,
)
from newslens.analysis.attribution.questions import (
    _asked_by_nobody_named,
    _asked_not_told,
    _imperative,
    _questioned,
)
from newslens.analysis.attribution.refusals import _past_the_refusal
from newslens.analysis.attribution.sources import _behind, _writer_behind
from newslens.analysis.attribution.uncued import _newcomer_before, _paragraph_subject, _turn_before
from newslens.analysis.attribution.words import (
    _after_colon_paragraph,
    _Attribution,
    _covered,
    _quoted_whole,
    _reported_before_colon,
    _reported_kind,
    _union,
    _whole_marks,
)
from newslens.analysis.lexicon import lexicon
from newslens.analysis.model import Quote, QuoteKind, Speaker, SpeakerKind
from newslens.analysis.quoted.carrying_on import (
    joined_after_cue,
    reported_before,
    reported_paragraph_before,
)
from newslens.analysis.quoted.cues import (
    closer_cue,
    colon_cue,
    cue_right_after,
    linked_cue,
    nearest_cue,
    only_attribution,
    own_cue,
    retort_after,
    right_after,
    verb_before_colon,
)
from newslens.analysis.quoted.marks import (
    opens_sentence,
    quoted_heading,
    reads_as_quote,
    tokens_of_quotes,
)
from newslens.analysis.quoted.naming import (
    aside_before,
    in_view_of,
    named_words,
    namer_of,
    naming_cue,
)
from newslens.analysis.quoted.standing import (
    after_example_word,
    continues_reporter,
    embedded,
    ends_utterance,
    hands_on,
    linked_only_by_object,
    opens_clause,
    reported_clause_between,
    runs_on,
    split_by,
    stands_alone,
    utterance_after,
)
from newslens.analysis.speakers import Mention, mention_for, names_no_one, person_word, resolve
from newslens.analysis.syntax.complements import complement
from newslens.analysis.syntax.cues import Scan, scan
from newslens.analysis.syntax.edges import chars
from newslens.analysis.syntax.names import phrase
from newslens.analysis.syntax.subjects import speaker_of, subject
from newslens.analysis.syntax.text import doc_text, span_text
from newslens.analysis.transcripts.interviews import find_interview
from newslens.analysis.transcripts.labels import labelled_lines
from newslens.analysis.transcripts.turns import NAMED_BEFORE
from newslens.article import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


CARRY_OVER_CHARS = 600  # how far back a quote opening a sentence looks for its speaker


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
        if quoted_heading(text, span):
            continue  # "'Tides Wait for No One.'" heading a section: no one says it there
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
    indirect.extend(_hearsay_cues(doc, text, scan, marks, taken))
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
    # "the levy rate will decline by …": a thing that states nothing gives no one's words
    nested |= {id(a) for a in indirect if a.speaker is not None and names_no_one(a.speaker)}
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
