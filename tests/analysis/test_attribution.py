"""Who said what, one hard case per test, on short articles written for the purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from newslens.analysis.model import Analysis, Quote, QuoteKind, SpeakerKind, Stance
from newslens.analysis.pipeline import analyze
from newslens.article import Article
from tests.analysis.helpers import run_with_text, words
from tests.analysis.helpers import said as said_in


def only(analysis: Analysis, kind: QuoteKind | None = None) -> Quote:
    quotes = [q for q in analysis.quotes if kind is None or q.kind is kind]
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_quote_then_name_said(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "“The bridge will reopen in May,” Mayor Ana Ruiz said."
    )
    quote = only(result)
    assert quote.kind is QuoteKind.DIRECT
    assert words(text, quote) == "“The bridge will reopen in May,”"
    assert quote.speaker == "Ana Ruiz"
    assert quote.cue == "said"
    assert quote.speaker_span is not None
    assert "Ruiz" in text[slice(*quote.speaker_span)]


def test_inverted_said_name(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "“We are ready to strike tomorrow,” said Tom Baker.")
    assert only(result).speaker == "Tom Baker"


def test_said_one_of_a_group(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "“It was chaos from the first minute to the last,” said one of the drivers."
    )
    quote = only(result)
    assert quote.speaker == "one of the drivers"


def test_according_to(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "According to the city council, the new bridge will cost four million euros."
    )
    quote = only(result, QuoteKind.INDIRECT)
    assert "the new bridge will cost four million euros" in words(text, quote)
    assert quote.speaker is not None and "council" in quote.speaker


def test_name_said_colon_before_the_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The mayor spoke after the vote.\n\nRuiz said: “We will not wait any longer for the money.”",
    )
    quote = only(result, QuoteKind.DIRECT)
    assert quote.speaker == "Ruiz"
    assert words(text, quote).startswith("“We will not wait")


def test_said_that_is_indirect(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "The finance minister said that the budget would be cut."
    )
    quote = only(result)
    assert quote.kind is QuoteKind.INDIRECT
    assert "the budget would be cut" in words(text, quote)
    assert quote.speaker is not None and "minister" in quote.speaker


def test_says_they_have_without_that(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Rebel commanders say they have captured three towns."
    )
    quote = only(result)
    assert quote.kind is QuoteKind.INDIRECT
    assert words(text, quote) == "they have captured three towns"
    assert quote.speaker == "Rebel commanders"


def test_reported_speech_with_a_quoted_fragment_is_mixed(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Ruiz said the plan was “a disgrace to the whole city” and left the hall."
    )
    quote = only(result)
    assert quote.kind is QuoteKind.MIXED
    assert "“a disgrace to the whole city”" in words(text, quote)


def test_quote_going_on_with_a_reported_clause_is_mixed(analysis_nlp: Language) -> None:
    # The cue reports the reporter's clause; the quoted words after the colon go on with it.
    text, result = run_with_text(
        analysis_nlp,
        "The mayor said she has what the job needs most: "
        "“Patience, and a great deal of it, every single day.”",
    )
    quote = only(result)
    assert quote.kind is QuoteKind.MIXED
    assert words(text, quote) == (
        "she has what the job needs most | “Patience, and a great deal of it, every single day.”"
    )
    assert quote.speaker == "The mayor"


def test_quote_finishing_a_that_clause_after_because_is_mixed(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "She added that the council seems more tired than angry, which matters because, “In the "
        "end, we don’t vote against somebody. We vote for somebody.”",
    )
    quote = only(result)
    assert quote.kind is QuoteKind.MIXED
    assert words(text, quote).startswith("that the council seems")
    assert words(text, quote).endswith("We vote for somebody.”")


def test_words_about_the_saying_before_a_quote_keep_it_direct(analysis_nlp: Language) -> None:
    for text in (
        "Ruiz said on Friday, “We will reopen the bridge in May.”",
        "Ruiz said, as she left the hall, “We will reopen the bridge in May.”",
    ):
        quote = only(run_with_text(analysis_nlp, text)[1])
        assert quote.kind is QuoteKind.DIRECT, text
        assert words(text, quote) == "“We will reopen the bridge in May.”"
        assert quote.speaker == "Ruiz"


def test_that_then_a_whole_quoted_clause_is_mixed(analysis_nlp: Language) -> None:
    # The parse finds the reported clause inside the marks; "that" is still the reporter's.
    text, result = run_with_text(
        analysis_nlp,
        "The union leader told a worker who complained about the delays that "
        '"this is not the first strike to fail and staying home is not a plan."',
    )
    quote = only(result)
    assert quote.kind is QuoteKind.MIXED
    assert words(text, quote) == (
        '"this is not the first strike to fail and staying home is not a plan."'
    )
    assert quote.speaker == "The union leader"


def test_not_this_but_that_is_all_of_what_is_claimed(analysis_nlp: Language) -> None:
    # The parse hangs "but a “regrettable accident”" on the verb; a verb takes no noun.
    text, result = run_with_text(
        analysis_nlp,
        "The ministry continues to claim that the fire was not an attack, but a “regrettable "
        "accident”.",
    )
    quote = only(result)
    assert quote.kind is QuoteKind.MIXED
    assert words(text, quote) == "that the fire was not an attack, but a “regrettable accident”"
    assert quote.speaker == "The ministry"


def test_what_the_speaker_did_after_but_is_not_what_they_said(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Ruiz hinted that the council wants a deal, but did not say when."
    )
    hinted = next(q for q in result.quotes if q.cue == "hinted")
    assert words(text, hinted) == "that the council wants a deal"


def test_a_verb_after_but_in_the_cues_tense_is_the_speakers(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "The mayor said that the bridge is safe, but refused to give a date."
    )
    said = next(q for q in result.quotes if q.cue == "said")
    assert words(text, said) == "that the bridge is safe"
    refused = next(q for q in result.quotes if q.cue == "refused to give")
    assert (refused.speaker, refused.negated) == ("The mayor", True)


def test_a_verb_after_and_without_a_comma_stays_in_the_clause(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Trump said he now believes Obama was born in Hawaii and was therefore qualified to serve.",
    )
    said = next(q for q in result.quotes if q.cue == "said")
    assert words(text, said).endswith("was therefore qualified to serve")


def test_a_cue_after_an_opening_clause_reports_the_whole_sentence(
    analysis_nlp: Language,
) -> None:
    # The parse hangs "she said" on the opening "Though …" clause; it reports all of it.
    text, result = run_with_text(
        analysis_nlp,
        "Though the first vote went smoothly, she said, the second will be much harder to win.",
    )
    quote = only(result)
    assert quote.kind is QuoteKind.INDIRECT
    assert words(text, quote) == (
        "Though the first vote went smoothly | the second will be much harder to win"
    )


def test_another_speaker_replying_after_and_ends_the_reported_clause(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "She said parents who adopt would not be eligible for the paid leave, and when pressed "
        'on why the plan leaves out fathers, the spokeswoman replied, "It is meant to help '
        'everyone."',
    )
    said = next(q for q in result.quotes if q.cue == "said")
    assert words(text, said) == "parents who adopt would not be eligible for the paid leave"
    replied = next(q for q in result.quotes if q.cue == "replied")
    assert replied.kind is QuoteKind.DIRECT
    assert replied.speaker == "the spokeswoman"


def test_a_subject_the_parse_took_for_the_cues_object(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "She said the alternative, patching the existing road piecemeal, would cost nearly as "
        "much over 10 years.",
    )
    assert words(text, only(result)).startswith("the alternative, patching")


def test_who_is_told_is_not_the_subject_of_what_is_told(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "Ruiz told reporters the bridge would close.")
    assert words(text, only(result)) == "the bridge would close"


def test_a_statement_saying_is_whoever_made_the_statement(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Harlow's office later released a statement saying the depot would be fined $500 for "
        "each violation.",
    )
    quote = only(result)
    assert quote.speaker == "Harlow's office"
    assert words(text, quote) == "the depot would be fined $500 for each violation"


def test_a_quote_after_a_passive_sentence_goes_on_with_the_last_speaker(
    analysis_nlp: Language,
) -> None:
    # "had been offered" reports nobody's words: the quote is still Anke Rau's.
    _, result = run_with_text(
        analysis_nlp,
        "“Nobody wants to sleep in a station,” said Anke Rau, a nurse. She had been offered a "
        "seat on a coach, but the journey would take three hours. “I support them. I just wish "
        "they had picked a different week.”",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [q.speaker for q in direct] == ["Anke Rau", "Anke Rau"]


def test_stopped_asking_is_a_denial(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "Belhadj said his daughter had stopped asking when he would be home."
    )
    asking = next(q for q in result.quotes if q.speaker == "his daughter")
    assert asking.negated
    assert asking.cue == "had stopped asking"


def test_when_a_statement_was_published_is_not_what_it_says(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "In a statement published at midnight, the union said the strike would go ahead.",
    )
    assert [words(text, q) for q in result.quotes] == ["the strike would go ahead"]


def test_a_day_is_not_what_was_rejected(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "The union rejected the offer on Sunday night.")
    assert [words(text, q) for q in result.quotes] == ["the offer"]


def test_said_in_a_statement_is_whoever_said_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The buyer, Coastline Leisure, said in a statement that it would restore the pier's "
        "pavilion by 2027.",
    )
    quote = only(result)
    assert quote.speaker is not None and "Coastline Leisure" in quote.speaker
    assert words(text, quote).startswith("that it would restore")


def test_what_the_speaker_did_after_a_past_perfect_clause(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        'He said the council had "never seriously looked" at community ownership, and accused '
        "it of rushing the decision.",
    )
    said = next(q for q in result.quotes if q.cue == "said")
    assert words(text, said) == 'the council had "never seriously looked" at community ownership'
    accused = next(q for q in result.quotes if q.cue == "accused")
    assert accused.speaker == said.speaker


def test_according_to_a_report_by_someone_is_theirs(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "According to a report by the Congressional Budget Office, a shutdown lasting more than "
        "two weeks would cost the economy about $3 billion.",
    )
    assert only(result).speaker == "Congressional Budget Office"


def test_reported_clause_after_a_phrase_of_time(analysis_nlp: Language) -> None:
    # The parse takes each clause for an adverbial or a relative clause of the time noun.
    for text, reported in (
        (
            "Moreno said after the meeting he would not accept the council's offer.",
            "he would not accept the council's offer",
        ),
        (
            "The Gazette reported at the time that the director had kept the letters.",
            "that the director had kept the letters",
        ),
    ):
        quote = only(run_with_text(analysis_nlp, text)[1])
        assert words(text, quote).endswith(reported), text


def test_a_when_clause_after_a_cue_is_not_what_was_said(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "Ruiz spoke about the bridge when the council met.")
    assert not any("council met" in words(text, q) for q in result.quotes)


def test_words_someone_did_not_say_are_marked_as_denied(analysis_nlp: Language) -> None:
    for text, cue in (
        ("The mayor did not say that the bridge would close.", "did not say"),
        ("The mayor has never claimed that the bridge was safe.", "has never claimed"),
        ("The report failed to mention that the program helped poorer towns.", "failed to mention"),
    ):
        quote = only(run_with_text(analysis_nlp, text)[1])
        assert quote.negated, text
        assert quote.cue == cue
        assert quote.cue_span is not None and text[slice(*quote.cue_span)] == cue


def test_declined_to_say_is_one_denied_attribution(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "The mayor declined to say whether the bridge would close."
    )
    quote = only(result)
    assert quote.negated
    assert quote.cue == "declined to say"
    assert words(text, quote) == "whether the bridge would close"
    assert quote.speaker == "The mayor"


def test_said_and_a_double_denial_are_not_denied(analysis_nlp: Language) -> None:
    for text in (
        "The mayor has said that the bridge would close.",
        "The mayor did not fail to mention that the bridge was safe.",
    ):
        quote = only(run_with_text(analysis_nlp, text)[1])
        assert not quote.negated, text
        assert quote.cue in ("said", "mention")


def test_one_quote_in_two_parts_around_the_cue(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "“We did everything we could,” he said. “Nobody listened to the engineers.”"
    )
    quote = only(result)
    assert len(quote.parts) == 2
    assert words(text, quote) == (
        "“We did everything we could,” | “Nobody listened to the engineers.”"
    )


def test_a_quote_opening_the_next_paragraph_carries_on_the_speaker(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "“The water is not safe to drink yet,” said Dr Lena Ortiz.\n\n"
        "The town has been without clean water for a week.\n\n"
        "“Boil it for a full minute before you use it,” she said.\n\n"
        "“Children are the most at risk from the bacteria.”",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [q.speaker for q in direct] == ["Lena Ortiz"] * len(direct)
    assert "Children are the most at risk" in " ".join(words(text, q) for q in direct)


def test_pronoun_takes_the_nearest_named_person_before(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Council leader Maria Lopez met the strikers on Monday.\n\n"
        "“Their demands are fair and we will meet them,” she said.",
    )
    quote = only(result, QuoteKind.DIRECT)
    assert quote.speaker == "Maria Lopez"
    assert quote.speaker_span is not None and text[slice(*quote.speaker_span)] == "she"


def test_role_noun_takes_the_named_person_before(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Kremlin spokesman Dmitry Peskov spoke to reporters.\n\n"
        "“The talks will continue next week,” the spokesman said.",
    )
    assert only(result, QuoteKind.DIRECT).speaker == "Dmitry Peskov"


def test_one_speaker_however_named(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "“We have lost many soldiers in the fighting,” Kremlin spokesman Dmitry Peskov said.\n\n"
        "“The operation will go on until it ends,” Peskov said.\n\n"
        "“There is no other choice for us now,” Mr Peskov said.",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert len(direct) == 3
    assert {q.speaker_key for q in direct} == {"dmitry peskov"}
    speaker = result.speaker("dmitry peskov")
    assert speaker is not None
    assert speaker.name == "Dmitry Peskov"
    assert speaker.kind is SpeakerKind.PERSON
    assert speaker.quote_count == 3
    assert len(speaker.mentions) == 3


def test_what_kind_of_speaker_a_common_noun_names(analysis_nlp: Language) -> None:
    for text, kind in (
        ("“The road is closed to all traffic,” said one of the drivers.", SpeakerKind.PERSON),
        ("“The road is closed to all traffic,” said some of the drivers.", SpeakerKind.GROUP),
        ("The army claimed that it would strike only military targets.", SpeakerKind.ORGANISATION),
        ("The ministry said the road would reopen in May.", SpeakerKind.ORGANISATION),
    ):
        result = run_with_text(analysis_nlp, text)[1]
        speaker = result.speaker(only(result).speaker_key)
        assert speaker is not None, text
        assert speaker.kind is kind, text


def test_a_numbered_name_is_no_one_a_pronoun_stands_for(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Maria Ruiz said she felt the 19th Amendment was worth teaching because “most pupils "
        "have never heard of it,” she said. “We owe them the history.”",
    )
    speakers = {q.speaker for q in result.quotes}
    assert speakers == {"Maria Ruiz"}


def test_a_section_heading_before_a_colon_is_no_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The Long Wait Ends: The council approved the new bridge on Tuesday after years of delay.",
    )
    assert all(q.speaker != "The Long Wait Ends" for q in result.quotes)


def test_a_day_before_saying_is_not_who_says_it(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Moreno sent a series of messages early Friday saying that the council had shown bad "
        "judgment.",
    )
    saying = next(q for q in result.quotes if q.cue == "saying")
    assert saying.speaker == "Moreno"


def test_an_unnamed_role_is_a_speaker_a_pronoun_can_stand_for(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The mayor did not say that the bridge would close this winter. She declined to say "
        "whether repairs would cost more than four million pounds.\n\n"
        "“We will keep every road open,” the mayor said on Friday.",
    )
    assert {q.speaker for q in result.quotes} == {"The mayor"}
    assert len({q.speaker_key for q in result.quotes}) == 1


def test_the_senator_is_the_senator_named_before(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Sen. Rosa Alvarez said she would vote against the bill. Her aide, Tom Reilly, said "
        "the vote was close.\n\nThe truth, the senator said later, was that she had never "
        "liked the bill.",
    )
    later = next(q for q in result.quotes if "never liked" in words(text, q))
    assert later.speaker == "Rosa Alvarez"


def test_a_dateline_is_not_the_first_sentences_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "ASHWORTH FALLS, Ohio - The town council said on Tuesday that the road would reopen.\n\n"
        "BRUSSELS (AP) — European ministers said they would meet again in May.\n\n"
        "LOS ANGELES, Sept. 28 (UPI) — Studio executives said the strike was over.",
    )
    assert [q.speaker for q in result.quotes] == [
        "The town council",
        "European ministers",
        "Studio executives",
    ]


def test_a_colon_dateline_is_nobody_but_a_transcripts_turns_and_a_headline_speak(
    analysis_nlp: Language,
) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Rates on hold\n\nMUMBAI: The central bank held rates on Friday, saying prices were "
        "rising too fast.",
    )
    assert [q.speaker for q in result.quotes] == ["The central bank"]
    # an Indian paper's dateline in title case is a place too, not a speaker
    _, result = run_with_text(
        analysis_nlp,
        "Relief for growers\n\nNew Delhi: The state government on Monday announced a package "
        "for farmers, saying no village would be left out.",
    )
    assert "New Delhi" not in [q.speaker for q in result.quotes]
    text, result = run_with_text(
        analysis_nlp, "Fares frozen\n\nRuth Okafor: We will not raise the fares this year."
    )
    assert spoken_by(result, text, "raise the fares") == "Ruth Okafor"
    text, result = run_with_text(
        analysis_nlp,
        "HALE: We will not raise the fares this year.\n\nDUNN: That is not what you said in May.",
    )
    assert spoken_by(result, text, "raise the fares") == "HALE"
    text, result = run_with_text(
        analysis_nlp, "OKORO: Losses are significant\n\nThe minister spoke on Friday."
    )
    assert spoken_by(result, text, "Losses are") == "OKORO"


def test_the_story_starts_a_sentence_after_its_dateline(analysis_nlp: Language) -> None:
    for dateline in ("BRUSSELS - ", "WASHINGTON (AP) — ", "LOS ANGELES, Sept. 28 (UPI) — "):
        doc = analysis_nlp(dateline + "The studio said the show would air in May.")
        starts = [s.start_char for s in doc.sents]
        assert len(dateline) in starts, dateline


def test_capitals_opening_a_sentence_are_no_dateline(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "NATO officials said the drills would go ahead - as planned."
    )
    assert [q.speaker for q in result.quotes] == ["NATO officials"]
    _, result = run_with_text(
        analysis_nlp, "NATO’S officials said the drills would go ahead - as planned."
    )
    assert [q.speaker for q in result.quotes] == ["NATO’S officials"]


def test_a_subheading_in_capitals_before_a_dash_is_nobodys_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Harbour plans\n\nThe council met on Monday.\n\nEVEN THE MAYOR’S DEPUTY THINKS HE’S "
        "WRONG — The deputy mayor and the mayor’s own boss said the plan was flawed.\n",
    )
    assert [(q.speaker, words(text, q)) for q in result.quotes] == [
        ("The deputy mayor and the mayor’s own boss", "the plan was flawed")
    ]


def test_a_named_passive_subject_is_who_she_is(analysis_nlp: Language) -> None:
    # Nobody is said to speak before the quote; "she" is the woman the passage is about.
    _, result = run_with_text(
        analysis_nlp,
        "“I have lived here all my life,” Joan Petrie said.\n\n"
        "Further along the street, Deepa Sharma was woken by a call from the alarm company. "
        "By the time she arrived, the river was running through the front door.\n\n"
        "“You could hear the chairs knocking against the ceiling,” she said.\n\n"
        "Sharma said takings were down by a third.",
    )
    assert [q.speaker for q in result.quotes] == ["Joan Petrie", "Deepa Sharma", "Deepa Sharma"]


def test_a_name_in_a_passive_reported_clause_is_no_antecedent(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "“We were there under legitimate pretenses,” Maria Lopez said. The blog claimed that "
        "Judge Tom Baker may have been poisoned. “Here comes the mayor,” she said.",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [q.speaker for q in direct] == ["Maria Lopez", "Maria Lopez"]


def test_who_is_asked_is_not_who_asks(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Asked to put a date on it, the minister said he would “not make promises that I "
        "can’t keep”.",
    )
    assert not any(q.cue == "Asked" for q in result.quotes)  # the asker is nobody named
    said = next(q for q in result.quotes if q.cue == "said")
    assert said.speaker == "the minister"


def test_how_often_is_not_who(analysis_nlp: Language) -> None:
    # In the long read "had written to the government three times asking for …" once made
    # "three times" a speaker.
    seed = Path(__file__).parents[2] / "seeds" / "aldermouth-flood-defences-long-read.txt"
    result = analyze(Article(text=seed.read_text("utf-8")), nlp=analysis_nlp)
    assert "three times" not in {s.name for s in result.speakers}


def test_a_quote_before_a_sentence_reporting_its_own_words(analysis_nlp: Language) -> None:
    # "The authority said it would …" reports its own clause: the quote before it goes on
    # with Ruth Okafor's.
    _, result = run_with_text(
        analysis_nlp,
        "“We’ve been told the storage will balance it out,” said Ruth Okafor, who chairs the "
        "parish meeting. “I believe the engineers. I just want them to show us the numbers.” "
        "The authority said it would publish its modelling before the summer.",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [q.speaker for q in direct] == ["Ruth Okafor"]
    assert len(direct[0].parts) == 2


def test_the_authority_is_the_authority_named_before(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The National Flood Authority said the river peaked at 5.84 metres.\n\n"
        "Residents said the warning came too late. The authority said its forecast had been "
        "based on the rain expected upstream.",
    )
    authority = [q for q in result.quotes if "Authority" in (q.speaker or "")]
    assert len(authority) == 2
    assert {q.speaker_key for q in authority} == {authority[0].speaker_key}
    speaker = result.speaker(authority[0].speaker_key)
    assert speaker is not None and speaker.kind is SpeakerKind.ORGANISATION


def test_an_order_to_the_reader_reports_nothing(analysis_nlp: Language) -> None:
    for text in (
        "Now tell us this isn't a witch hunt of the highest order!",
        "Seriously, please ask yourself that question.",
    ):
        assert run_with_text(analysis_nlp, text)[1].quotes == (), text
    text, result = run_with_text(
        analysis_nlp, "You must go there and ask whether the bridge will close."
    )
    assert [words(text, q) for q in result.quotes] == ["whether the bridge will close"]


def test_a_british_article_quoting_with_single_marks(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Speaking on the radio, Lucy Fairbairn said the money would pay for new carriages. "
        "'Nobody likes paying more,' she said. 'But the alternative is a network that falls "
        "apart.'\n\nTransport Focus chief executive Anita Rowe said: 'Fares have risen faster "
        "than wages for a decade.'",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [(words(text, q), q.speaker) for q in direct] == [
        (
            "'Nobody likes paying more,' | 'But the alternative is a network that falls apart.'",
            "Lucy Fairbairn",
        ),
        ("'Fares have risen faster than wages for a decade.'", "Anita Rowe"),
    ]


def test_the_company_is_the_firm_named_before(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Crestline Motors said it would close two plants in Ohio.\n\n"
        "Union leaders said they had not been told. The company said talks would go on.",
    )
    firm = {q.speaker_key for q in result.quotes if q.speaker in ("Crestline Motors",)}
    assert len(firm) == 1
    assert [q.speaker for q in result.quotes].count("Crestline Motors") == 2
    speaker = result.speaker(firm.pop())
    assert speaker is not None and speaker.kind is SpeakerKind.ORGANISATION


def test_heard_yelling_is_who_yells(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Rosa Lind can be heard yelling to the officers that her husband was unarmed.",
    )
    yelling = next(q for q in result.quotes if q.cue == "yelling")
    assert yelling.speaker == "Rosa Lind"


def test_told_someone_on_a_call_that(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        'Chief Executive Laura Brenner told analysts on a call that demand had been "softer '
        'than we expected".',
    )
    quote = only(result)
    assert words(text, quote).startswith("that demand had been")
    assert quote.speaker == "Laura Brenner"


def test_a_name_given_an_age_is_a_person(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Students were divided. Jamal Price, 16, said he understood the reasons but thought the "
        'ban was "a bit much".',
    )
    assert {q.speaker for q in result.quotes} == {"Jamal Price"}
    speaker = result.speaker(result.quotes[0].speaker_key)
    assert speaker is not None and speaker.kind is SpeakerKind.PERSON


def test_a_plural_opening_a_sentence_is_nobody_she_can_be(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Board chair Angela Moore said teachers had asked for the ban.\n\n"
        "Moore dismissed that concern. Schools would keep a phone in every office, she said.",
    )
    assert {q.speaker for q in result.quotes if q.cue == "said"} == {"Angela Moore"}


def test_an_interview_transcript(analysis_nlp: Language) -> None:
    # "Q:" is the interviewer's label, not a speaker; "Okoro:" is the chief named before,
    # however the recogniser read "Chief Constable".
    _, result = run_with_text(
        analysis_nlp,
        "Chief Constable Nadia Okoro took charge of the county force in April.\n\n"
        "Q: Knife crime has risen for three years in a row. Why?\n\n"
        "Okoro: There is no single reason. Fear spreads faster than any gang.",
    )
    assert [q.speaker for q in result.quotes] == ["Nadia Okoro"]
    speaker = result.speaker(result.quotes[0].speaker_key)
    assert speaker is not None and speaker.kind is SpeakerKind.PERSON


def test_a_firm_whose_name_starts_like_a_title_keeps_its_name(analysis_nlp: Language) -> None:
    for text, name in (
        ("General Motors said it would cut 4,000 jobs.", "General Motors"),
        ("Major League Baseball said the season would start in April.", "Major League Baseball"),
    ):
        [speaker] = run_with_text(analysis_nlp, text)[1].speakers
        assert (speaker.name, speaker.kind) == (name, SpeakerKind.ORGANISATION), text


def test_scare_quotes_are_not_quotes(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "The so-called “reform” passed the senate on Tuesday.")
    assert result.quotes == ()


def test_a_stray_mark_does_not_spoil_the_article(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The new goalkeeper is 6'4\" tall.\n\n“We have finally found our wall,” the coach said.",
    )
    quote = only(result, QuoteKind.DIRECT)
    assert quote.speaker == "the coach"


def test_cue_stance_from_the_lexicon(analysis_nlp: Language) -> None:
    _, claimed = run_with_text(analysis_nlp, "The company claimed that the spill was harmless.")
    _, admitted = run_with_text(analysis_nlp, "The company admitted that the spill was harmful.")
    assert only(claimed).stance is Stance.DISTANCING
    assert only(admitted).stance is Stance.CONCESSIVE


def test_passive_agent_is_the_speaker_of_this(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The factory will close in June. This was revealed by the plant manager on Friday.\n\n"
        "“Nobody wanted this outcome for the town,” he said.",
    )
    direct = only(result, QuoteKind.DIRECT)
    assert direct.speaker == "the plant manager"
    indirect = only(result, QuoteKind.INDIRECT)
    assert "The factory will close in June" in words(text, indirect)


def test_dash_signature_names_the_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "“I will vote for the first time this year.” ― Carla Mendes\n"
    )
    assert only(result, QuoteKind.DIRECT).speaker == "Carla Mendes"


def test_speaker_phrase_between_quote_and_cue(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The hearing ran late.\n\n“We will appeal the ruling before the month is out,” "
        "Laura Kim, a lawyer for the families, said Thursday morning.",
    )
    quote = only(result, QuoteKind.DIRECT)
    assert quote.speaker == "Laura Kim"


def test_participle_nearer_the_quote_names_the_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The new ad shows footage of Senator Hal Brooks saying, “Taxes will never go up.”",
    )
    assert only(result, QuoteKind.DIRECT).speaker == "Hal Brooks"


def test_cue_in_the_sentence_after_a_question(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The senators pressed on.\n\n“Why is this bank still allowed to grow?” Vitter demanded.",
    )
    quote = only(result, QuoteKind.DIRECT)
    assert quote.speaker == "Vitter" and quote.cue == "demanded"


def test_a_line_opened_by_a_name_and_a_colon(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Pat Moore: Voters are tired of the old parties\n\nMore text."
    )
    quote = only(result)
    assert quote.speaker == "Pat Moore"
    assert words(text, quote) == "Voters are tired of the old parties"


def test_a_one_word_kicker_before_a_colon_is_no_speaker(analysis_nlp: Language) -> None:
    for text in (
        "Flood: residents told to leave their homes by Friday\n\nThe river burst its banks.",
        "Budget: council warns of deep cuts to libraries\n\nThe council met on Monday.",
    ):
        _, result = run_with_text(analysis_nlp, text)
        assert not [q for q in result.quotes if q.cue == ":"], text
    for text, speaker in (
        ("Peskov: “We have significant losses”\n\nThe spokesman spoke on Thursday.", "Peskov"),
        ("Poll: voters split evenly on the new stadium\n\nThe vote is in May.", "Poll"),
        (
            "Ruiz: We will not wait for the money any longer\n\nMayor Ana Ruiz spoke today.",
            "Ana Ruiz",
        ),
    ):
        _, result = run_with_text(analysis_nlp, text)
        assert [q.speaker for q in result.quotes if q.cue == ":"] == [speaker], text


def test_two_apostrophes_stand_in_for_quotation_marks(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "''The museum tells all of our story,'' said Ruth Adams, a visitor."
    )
    quote = only(result)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker == "Ruth Adams"
    assert words(text, quote) == "''The museum tells all of our story,''"


def test_relative_pronoun_is_the_mention_and_its_noun_the_speaker(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The plan was praised by Ann Wells, who argued that it would cut waiting times.",
    )
    quote = next(q for q in result.quotes if q.cue == "argued")
    assert quote.speaker == "Ann Wells"
    assert quote.speaker_span is not None and text[slice(*quote.speaker_span)] == "who"


def test_editorial_labels_name_no_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "Editor’s note: This story was updated with the new figures from the city."
    )
    assert result.quotes == ()


PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "’",
        "«",
        "»",
        " he said",
        " said Ana Ruiz",
        ", according to officials,",
        " The mayor said that",
        " the bridge will close",
        " we won",
        ".",
        ",",
        ":",
        "\n\n",
        " ― Tom Baker\n",
        " Ruiz:",
        "BRUSSELS",
        " (AP) — ",
        " - ",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_any_text_gives_quotes_with_ordered_parts_in_range(
    analysis_nlp: Language, text: str
) -> None:
    result = analyze(Article(text=text), nlp=analysis_nlp)
    for quote in result.quotes:
        previous_end = 0
        for start, end in quote.parts:
            assert previous_end <= start < end <= len(text)
            previous_end = end
        for span in (quote.speaker_span, quote.cue_span):
            assert span is None or 0 <= span[0] < span[1] <= len(text)


def test_parts_around_a_long_attribution_are_one_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The deal closed in May.\n\n"
        '"It was a good deal for the town," said Ron F. Miles, a lawyer who has worked on '
        'mining cases since the 1970s. "Nobody lost."',
    )
    quote = only(result, QuoteKind.DIRECT)
    assert words(text, quote) == '"It was a good deal for the town," | "Nobody lost."'
    assert quote.speaker == "Ron F. Miles"


def test_a_quote_with_its_own_cue_is_not_a_part_of_the_one_before(
    analysis_nlp: Language,
) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The debate was tense.\n\n“We will win this state,” Trump said. "
        "“You will lose it badly,” Clinton replied.",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [q.speaker for q in direct] == ["Trump", "Clinton"]


def test_cue_and_colon_then_an_unquoted_paragraph(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The host went further.\n\nLimbaugh added:\n\nThis reeks of fear and of desperation.\n",
    )
    quote = only(result)
    assert quote.speaker == "Limbaugh" and quote.kind is QuoteKind.INDIRECT
    assert words(text, quote) == "This reeks of fear and of desperation."


def test_he_never_stands_for_a_woman_named_by_her_role(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "“We want a fair deal,” said Karim Hadi, a driver.\n\n"
        "Hadi said his daughter had stopped asking when he would be home. "
        "“She thinks I live at the station now,” he said.",
    )
    last = [q for q in result.quotes if q.kind is QuoteKind.DIRECT][-1]
    assert last.speaker == "Karim Hadi"


def test_a_spokesman_is_someone_new(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "“We will not give in,” union leader Jonas Ebner said.\n\n"
        "The transport authority said it would not step in. "
        "“This is a dispute between an employer and its staff,” a spokesman said.",
    )
    last = [q for q in result.quotes if q.kind is QuoteKind.DIRECT][-1]
    assert last.speaker == "a spokesman"


def test_the_role_noun_finds_who_held_the_role(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Anke Rau, a nurse, was stuck at the station.\n\n"
        "In Brenzau, the mayor, Helga Marquardt, appealed to both sides. "
        "The mayor said that the city would ask for a mediator.",
    )
    quote = next(q for q in result.quotes if q.cue == "said")
    assert quote.speaker == "Helga Marquardt"


def test_hyphenated_name_after_a_title_is_one_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Aldermouth’s MP, Sian Lloyd-Evans, has raised the case twice.\n\n"
        "“The town cannot wait another winter,” Lloyd-Evans said.\n\n"
        "“We need the money now,” she said.",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert {q.speaker for q in direct} == {"Sian Lloyd-Evans"}
    assert [s.name for s in result.speakers] == ["Sian Lloyd-Evans"]


def test_a_named_apposition_is_the_speaker_and_her_son_is_a_he(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "“We are doing all we can,” said the ward manager, Fiona Calloway.\n\n"
        "Her son, Alan Farrow, said his mother had been treated kindly. "
        "“She kept saying not to make a fuss,” he said.",
    )
    last = [q for q in result.quotes if q.kind is QuoteKind.DIRECT][-1]
    assert last.speaker == "Alan Farrow"


def test_according_to_before_a_quote_makes_it_direct(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The host was blunt.\n\n"
        "According to Limbaugh, “If it were up to her, she would never say anything positive.”",
    )
    quote = only(result)
    assert quote.kind is QuoteKind.DIRECT and quote.speaker == "Limbaugh"


def test_quote_finishing_a_that_clause_is_not_direct(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The mayor said on Monday that if the council agreed, “the bridge would reopen by May.”",
    )
    assert not [q for q in result.quotes if q.kind is QuoteKind.DIRECT]


def test_lower_case_quote_after_the_reporters_clause_is_not_direct(
    analysis_nlp: Language,
) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "So when the buyer pulled out last week, the owner said, “we were stunned.”",
    )
    assert not [q for q in result.quotes if q.kind is QuoteKind.DIRECT]


def test_second_half_of_a_split_quote_in_lower_case_stays_direct(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "“The road to the coast,” the engineer said, “will need two more years of work.”",
    )
    quote = only(result, QuoteKind.DIRECT)
    assert len(quote.parts) == 2


def test_quote_carried_on_by_the_reporters_words_is_not_a_part(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "“This is not fair,” Ms. Okafor said. “You cut the wages to the bone” to raise "
        "the profits, she said.",
    )
    direct = only(result, QuoteKind.DIRECT)
    assert words(text, direct) == "“This is not fair,”"


def test_quote_after_reported_speech_carries_it_on(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The council may wait until the spring before it votes, Ms. Lindqvist said. "
        "“The other question is whether anyone will still want to pay for the bridge.”",
    )
    assert not [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    quote = only(result, QuoteKind.MIXED)
    assert "“The other question" in words(text, quote)
    assert quote.speaker is not None and "Lindqvist" in quote.speaker


def test_quote_inside_a_clause_the_reporter_holds_is_not_direct(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "It was the story of his uncle, who wrote, “Do not spend a cent more than you have to.”",
    )
    assert not [q for q in result.quotes if q.kind is QuoteKind.DIRECT]


def test_quote_after_a_colon_with_its_own_attribution_is_direct(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Senator Dunmore rounded on the witness: “Your company sold a cure that cures "
        "nothing at all,” she said.",
    )
    quote = only(result, QuoteKind.DIRECT)
    assert words(text, quote).startswith("“Your company sold")
    assert quote.speaker is not None and "Dunmore" in quote.speaker


def test_quote_reopened_over_paragraphs_is_one_direct_quote(analysis_nlp: Language) -> None:
    # Every paragraph of it is inside quotation marks: the press convention of reopening
    # without closing makes it one quote, and a direct one.
    text, result = run_with_text(
        analysis_nlp,
        "The county paper wrote:\n\n"
        "“The ferry will stop running in October, when the new bridge opens.\n\n"
        "“Tickets bought before then will be refunded in full.”\n\nNobody objected.",
    )
    quote = only(result)
    assert quote.kind is QuoteKind.DIRECT
    assert "Tickets bought" in words(text, quote)


def test_long_attribution_in_the_sentence_after_the_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        '"This is a big year for our next senator, Tom Ward!" his niece, state Del. '
        'Ann "Annie" Cole (D-Ridge), shouted to the crowd.',
    )
    quote = only(result, QuoteKind.DIRECT)
    assert words(text, quote).startswith('"This is a big year')
    assert quote.cue == "shouted"


def test_physical_attack_is_no_quote(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "Troops attacked the bridge at dawn.")
    assert result.quotes == ()


def test_attack_on_civilians_and_buildings_is_no_quote(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "The army attacked civilian buildings and civilians in the east."
    )
    assert result.quotes == ()


def test_attacking_a_plan_reports_a_position(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "The senator attacked the plan as reckless.")
    quote = only(result)
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.cue == "attacked"
    assert "the plan" in words(text, quote)


@pytest.mark.parametrize(
    "backing",
    [
        "The governor backed the bill on Tuesday.",
        "The council backed the plan to build 300 homes.",
        "Ministers backed proposals to cut the cap, which was set in 2019.",
        "Councillor Ann Hale supported the plan to build homes on the site.",
    ],
)
def test_backing_a_bill_is_no_quote_unless_it_reports_words(
    analysis_nlp: Language, backing: str
) -> None:
    _, result = run_with_text(analysis_nlp, backing)
    assert result.quotes == ()
    _, result = run_with_text(
        analysis_nlp, "The governor backed claims that the bill would cut costs."
    )
    assert only(result).cue == "backed"


def test_supporting_claims_reports_them(analysis_nlp: Language) -> None:
    text = "Councillor Jo Kim supported claims that the site was unsafe."
    text, result = run_with_text(analysis_nlp, text)
    assert words(text, only(result)) == "claims that the site was unsafe"


def test_defending_a_city_is_no_quote(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "The soldiers defended the city for three weeks.")
    assert result.quotes == ()


def test_talking_about_a_topic_is_no_quote(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "Anyone who talks about the strike can be fired.")
    assert result.quotes == ()


def test_talking_about_how_reports_the_clause(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "The coach talked about how the team had lost its nerve."
    )
    quote = only(result)
    assert quote.cue == "talked about"
    assert "the team had lost its nerve" in words(text, quote)


def test_participle_of_intent_describes_no_quote(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "The office received letters from voters seeking to end the tax."
    )
    assert result.quotes == ()


def test_denied_confirmation_reports_nothing(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "The ministry did not confirm the figures.")
    assert result.quotes == ()


def test_sample_article_reports_no_acts_as_speech(analysis_nlp: Language) -> None:
    seed = Path(__file__).parents[2] / "seeds" / "kremlin-admits-losses.txt"
    result = analyze(Article(text=seed.read_text("utf-8")), nlp=analysis_nlp)
    cues = {q.cue for q in result.quotes}
    assert not cues & {"attacked", "attack", "talks", "seeking", "confirm"}
    assert {"said", "claimed", "stressed"} <= cues


def test_attacking_a_position_as_untenable_reports_it(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "The minister attacked their position as untenable.")
    assert only(result).cue == "attacked"


def test_fragment_after_a_conjunction_joins_the_reported_speech(analysis_nlp: Language) -> None:
    text = 'The firm "lost the contract," Alvarez said, and still "got paid for the year."'
    quote = only(run_with_text(analysis_nlp, text)[1])
    assert quote.kind is QuoteKind.MIXED
    assert quote.speaker == "Alvarez"
    assert words(text, quote).endswith('"got paid for the year."')


def test_quote_after_reported_speech_with_a_fragment_goes_on_with_it(
    analysis_nlp: Language,
) -> None:
    text = (
        "Mayor Lena Ortiz spoke first. The ceasefire brought “nothing but delays,” she added on "
        "Friday. “Without new money, the city cannot rebuild its bridges.”"
    )
    quote = only(run_with_text(analysis_nlp, text)[1])
    assert quote.kind is QuoteKind.MIXED
    assert quote.speaker == "Lena Ortiz"
    assert words(text, quote).endswith("“Without new money, the city cannot rebuild its bridges.”")


def spoken_by(result: Analysis, text: str, quoted: str) -> str | None:
    """The speaker of the one quote whose words hold ``quoted``."""
    found = [q for q in result.quotes if quoted in words(text, q)]
    assert len(found) == 1, [words(text, q) for q in result.quotes]
    return found[0].speaker


def test_she_never_stands_for_a_man_named_before(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Independent councillor Tom Hebden said he wanted more detail.\n\n"
        "Residents who spoke included Margaret Ellison, 81, who has used the library since 1971."
        "\n\n“I learned to use a computer in that building,” she told councillors.",
    )
    assert spoken_by(result, text, "computer") == "Margaret Ellison"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dr Anna Pell said the unit would open soon. Professor Sir Tavesh Okonjo said the "
            "unit was overdue.\n\n“We waited a decade for this,” she said.",
            "Anna Pell",
        ),
        (
            "Dr Peter Pell said the unit would open soon. Dame Olwen Harcastle said the unit "
            "was overdue.\n\n“We waited a decade for this,” he said.",
            "Peter Pell",
        ),
        # near miss: the titled one is still the nearest of the sex the pronoun says
        (
            "Dr Anna Pell said the unit would open soon. Dame Olwen Harcastle said the unit "
            "was overdue.\n\n“We waited a decade for this,” she said.",
            "Olwen Harcastle",
        ),
    ],
)
def test_sir_or_dame_before_a_name_tells_the_sex_a_pronoun_needs(
    analysis_nlp: Language, text: str, speaker: str
) -> None:
    text, result = run_with_text(analysis_nlp, text)
    assert spoken_by(result, text, "a decade") == speaker


@pytest.mark.parametrize(
    ("told", "pronoun", "speaker"),
    [
        # the one told, whom the story has not named, is no one named: never the teller
        ("she recalled being told by a coach", "she", "she"),
        ("she was told by a coach", "she", "she"),
        # near miss: a pronoun the one told is not may go on with the one who told
        ("she was told by a coach", "he", "a coach"),
    ],
)
def test_a_pronoun_goes_on_with_the_one_told_not_the_teller(
    analysis_nlp: Language, told: str, pronoun: str, speaker: str
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Hockey news\n\n"
        f"In a 1999 interview, {told} that she would never play for Wales. "
        f"“I took that as fuel,” {pronoun} said.",
    )
    assert spoken_by(result, text, "fuel") == speaker


def test_a_pronoun_of_the_wrong_sex_stays_unresolved(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "Tom Smith said it rained. She said it was cold.")
    assert spoken_by(result, text, "cold") == "She"


def test_he_stands_for_the_reporter_of_a_clause_not_its_subject(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Martin Greaves, 58, had pleaded guilty to fraud.\n\n"
        "Prosecutor Neil Whitford told the court that Greaves had created false invoices. "
        "The money was then moved through two accounts, he said.",
    )
    assert spoken_by(result, text, "two accounts") == "Neil Whitford"


def test_one_asked_between_commas_is_not_the_asker_but_the_one_who_answers(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Environment Minister Clara Vogt spoke on Monday.\n\n"
        "Vogt, asked whether she would resign, said she would not.",
    )
    assert not any("whether she would resign" in words(text, q) for q in result.quotes)
    assert spoken_by(result, text, "she would not") == "Clara Vogt"


def test_he_skips_someone_named_only_in_an_aside(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Delaney, asked by an analyst whether the project could be cancelled, said no. "
        '"We intend to build there," he said.',
    )
    assert spoken_by(result, text, "build there") == "Delaney"
    text, result = run_with_text(
        analysis_nlp,
        "Bernard Quinlan is 79 now. He was 23 when he first went out, a farmer’s son who had "
        "answered an advertisement.\n\n“I owe her everything,” he adds.",
    )
    assert spoken_by(result, text, "I owe her") == "Bernard Quinlan"


def test_an_as_clause_with_its_own_object_reports_nothing_around_it(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp, "Harbour City beat Rovers 2-1 as unions reject pay offer."
    )
    assert all("Harbour City" not in words(text, q) for q in result.quotes)
    text, result = run_with_text(
        analysis_nlp, "The economy grew faster than expected, as his adviser pointed out."
    )
    assert words(text, only(result)) == "The economy grew faster than expected"


def test_its_spokeswoman_is_the_spokeswoman_of_the_body_named_before(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The National Piers Society warned that funding had dried up. Keith Morland, 72, told "
        "the Chronicle: “Piers are money pits.”\n\n"
        "Its spokeswoman said: “Too many piers have fallen into the sea.”",
    )
    assert spoken_by(result, text, "Too many piers") == "National Piers Society spokeswoman"


def test_according_to_a_rule_is_no_attribution(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "The meters are supposed to adjust prices according to demand."
    )
    assert result.quotes == ()
    _, result = run_with_text(analysis_nlp, "Prices rose sharply, according to officials.")
    assert only(result).speaker == "officials"


def test_cautioned_is_a_reporting_verb(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, "Holm cautioned that the study was observational.")
    assert words(text, only(result)) == "that the study was observational"


def test_a_quote_handed_on_to_its_cue_by_a_comma_is_direct_however_parsed(
    analysis_nlp: Language,
) -> None:
    # The parser reads "costs" as a noun: the quote has no verb, yet it is a sentence.
    _, result = run_with_text(
        analysis_nlp, "“Every day of disruption costs hotels,” said Marta Vieira."
    )
    quote = only(result)
    assert (quote.kind, quote.speaker) == (QuoteKind.DIRECT, "Marta Vieira")


def test_a_refusal_and_a_denying_subject_report_words_not_said(analysis_nlp: Language) -> None:
    for text, negated in (
        ("It declined to name potential buyers.", True),
        ("Neither side has said publicly whether it would sign.", True),
        ("No official has said that the bridge is safe.", True),
        ("Both sides have said they will sign.", False),
    ):
        assert only(run_with_text(analysis_nlp, text)[1]).negated is negated, text


def test_a_second_that_clause_is_said_too(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Dr. Samuel Adeyemi said the results fit with other evidence, and that there was "
        "“essentially no downside” to walking.",
    )
    quote = only(result)
    assert words(text, quote).endswith("“essentially no downside” to walking")
    assert quote.kind is QuoteKind.MIXED


def test_the_reporters_summing_up_is_not_the_speakers(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Veritas Micro said on Tuesday it would delay construction of a factory in Ohio, the "
        "latest sign that a slowdown in demand is forcing the industry to rethink plans.",
    )
    assert words(text, only(result)) == "it would delay construction of a factory in Ohio"


def test_the_judge_and_a_councillors_title_find_the_named_person(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Judge Alison Fairbairn said Greaves had lied. "
        "The judge said she would decide on repayment in the new year.",
    )
    assert spoken_by(result, text, "repayment") == "Alison Fairbairn"
    text, result = run_with_text(
        analysis_nlp,
        "Council leader Jim Prentice said the council had run out of options.\n\n"
        "Cllr Prentice said: “Nobody came into politics to close libraries.”",
    )
    assert spoken_by(result, text, "Nobody came") == "Jim Prentice"


def test_a_closing_participle_is_the_speakers_not_the_reported_subjects(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The Riders’ Alliance said the city should scrap dynamic pricing, calling it a "
        "“tax on workers.”",
    )
    assert spoken_by(result, text, "tax on workers") == "Alliance"
    said = next(q for q in result.quotes if q.cue == "said")
    assert words(text, said) == "the city should scrap dynamic pricing"


def test_a_quote_without_a_cue_follows_the_person_the_sentence_before_is_about(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "His daughter Niamh says the talks have given him a new purpose.\n\n"
        "“He lights up,” she says.\n\n"
        "Asked whether he would go back to the island, Quinlan is quiet for a moment.\n\n"
        "“Once more, maybe. But I wouldn’t stay.”",
    )
    assert spoken_by(result, text, "Once more") == "Quinlan"
    # he was asked, by someone unnamed: no one's words
    assert not any("go back" in words(text, q) for q in result.quotes)
    text, result = run_with_text(
        analysis_nlp,
        "“We will appeal,” Ruiz said. The council voted 5-2 against the plan.\n\n"
        "“This is not over.”",
    )
    assert spoken_by(result, text, "not over") == "Ruiz"


def test_a_quote_split_by_its_attribution_keeps_a_short_first_part(
    analysis_nlp: Language,
) -> None:
    for text, first, second in (
        (
            "Maria Lopez runs a clinic.\n\n“The problem,” she said, “is money.”",
            "The problem",
            "is money",
        ),
        (
            "Maria Lopez runs a clinic.\n\n“If someone returns five times with the same "
            "complaint,” she said, “that is data.”",
            "same complaint",
            "that is data",
        ),
    ):
        quote = only(run_with_text(analysis_nlp, text)[1])
        assert quote.kind is QuoteKind.DIRECT, text
        assert len(quote.parts) == 2, text
        assert first in text[slice(*quote.parts[0])] and second in text[slice(*quote.parts[1])]


def test_a_bare_surname_is_the_namesake_of_its_sex_named_before_it(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Arthur Kowalczyk opened a bakery. His wife, Teresa Kowalczyk, does the books.\n\n"
        "“I found out from the paperwork,” Mrs. Kowalczyk said.",
    )
    assert spoken_by(result, text, "paperwork") == "Teresa Kowalczyk"
    text, result = run_with_text(
        analysis_nlp,
        "Vasant Patil was injured in the collapse.\n\nPatil recalled that he had heard a loud "
        "crack. His daughter-in-law, Meera Patil, said the family had received no help.",
    )
    assert spoken_by(result, text, "loud crack") == "Vasant Patil"


def test_a_hyphenated_dateline_and_a_q_label_are_nobody(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Sailing venue faces questions\n\nMARSEILLE-ST-CLAIR — Organisers of next summer's "
        "regatta have insisted the harbour will be safe.",
    )
    assert "Organisers" in (only(result).speaker or "")
    text, result = run_with_text(
        analysis_nlp,
        "Q: Your opponent, Gerald Whitcombe, said during the campaign that you had "
        '"no idea how a budget works." Was he wrong?\n\nA: He was right, actually.',
    )
    assert spoken_by(result, text, "budget works") == "Gerald Whitcombe"


def test_rubrics_before_a_colon_are_no_speakers(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Live: Northgate transit strike enters second day\n\n"
        "Breaking: both sides have agreed to meet at a neutral venue.",
    )
    assert {q.speaker for q in result.quotes} <= {"both sides"}


def test_said_in_a_statement_is_cued_by_the_verb_and_keeps_the_closing_mark(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        'Nadia Fenwick acknowledged in a statement that the memo "was not acted upon." She left.',
    )
    quote = only(result)
    assert (quote.cue, quote.kind) == ("acknowledged", QuoteKind.MIXED)
    assert words(text, quote) == 'that the memo "was not acted upon."'


def test_who_is_quoted_as_saying_and_who_said_in_an_aside(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The city's mayor, Bernard Coste, has been quoted as saying that he would swim in the "
        "harbour.",
    )
    assert only(result).speaker == "Bernard Coste"
    _, result = run_with_text(
        analysis_nlp,
        "The post drew a reply from Felix Underwood, a security researcher who said he had "
        "flagged a similar problem in September.",
    )
    assert only(result).speaker == "Felix Underwood"
    _, result = run_with_text(
        analysis_nlp,
        'Strand has put out a fresh statement saying he is "willing to meet today."',
    )
    assert only(result).speaker == "Strand"


def test_but_insisted_is_the_speakers_second_report(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Hélène Duvivier spoke on Monday. She acknowledged that two test events had been "
        "disrupted but insisted that the problem was understood.",
    )
    assert spoken_by(result, text, "problem was understood") == "Hélène Duvivier"
    acknowledged = next(q for q in result.quotes if q.cue == "acknowledged")
    assert words(text, acknowledged) == "that two test events had been disrupted"


def test_a_name_given_a_persons_role_is_a_person_whatever_the_recogniser_said(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        'Union organiser Kezia Marlowe spoke to the crowd. "Funny how that works," she said.'
        "\n\nAt the stop, nurse Obi Adeyemi told us she had been waiting for forty minutes. "
        '"I support the drivers," she said.',
    )
    assert spoken_by(result, text, "support the drivers") == "Obi Adeyemi"


def test_someone_elses_words_in_an_apposition_end_the_reported_clause(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "It was later announced that a $300,000 water-carting program would begin in February, "
        'a figure the shire described as "a drop in a very dry bucket."',
    )
    announced = next(q for q in result.quotes if q.cue == "announced")
    assert words(text, announced) == (
        "that a $300,000 water-carting program would begin in February"
    )


def test_a_quote_introduced_by_a_colon_is_the_introduced_persons(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        'Yvonne Leclerc said she did not recall the memo. "I have no memory of it," she told '
        "the BBC.\n\nMaddox, now retired, agreed to speak. He gave a long account, which is "
        'reproduced here in full:\n\n"I sent it on a Thursday. Nobody replied."',
    )
    assert spoken_by(result, text, "Thursday") == "Maddox"


def test_asking_not_to_be_named_and_calling_911_report_no_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "A neighbour who asked not to be named said the house had been empty for months.",
    )
    assert words(text, only(result)) == "the house had been empty for months"
    assert run_with_text(analysis_nlp, "Residents called 911 at about 2 a.m.")[1].quotes == ()


def test_a_one_word_quote_handed_to_its_cue_is_a_quote(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, '"No," Cole said. "Never."')
    quote = only(result)
    assert (quote.speaker, len(quote.parts)) == ("Cole", 2)


def test_people_called_by_a_given_name_or_a_family_word_keep_their_sex(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        'Jim and Corinne Tally sat on cots. "We grabbed the dogs," Corinne said. '
        '"That\'s it?" Jim asked. "That\'s it," she said.',
    )
    assert spoken_by(result, text, "That's it,") != "Jim"
    text, result = run_with_text(
        analysis_nlp,
        "Pruitt's sister said her brother had struggled with depression. "
        "“He’s not a monster,” she said.",
    )
    assert spoken_by(result, text, "monster") == "Pruitt's sister"


def test_a_refusal_is_cued_by_the_whole_refusal(analysis_nlp: Language) -> None:
    quote = only(run_with_text(analysis_nlp, "It declined to name potential buyers.")[1])
    assert (quote.cue, quote.negated) == ("declined to name", True)


def test_a_question_quoted_before_a_full_name_and_asked(analysis_nlp: Language) -> None:
    for text in (
        '"Are we done?" Ann Cole asked reporters.',
        '"Where were you?" Ann Cole asked her son.',
    ):
        quote = only(run_with_text(analysis_nlp, text)[1])
        assert (quote.kind, quote.speaker, quote.cue) == (QuoteKind.DIRECT, "Ann Cole", "asked")


def test_a_quote_asked_according_to_a_document_is_the_askers(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, '"Did you hit a deer?" she asked him, according to the affidavit.'
    )
    direct = only(result, QuoteKind.DIRECT)
    assert (direct.cue, text[slice(*direct.speaker_span)]) == ("asked", "she")


def test_the_analyst_and_the_defense_attorney_find_who_was_called_so(
    analysis_nlp: Language,
) -> None:
    for text, quoted, who in (
        (
            "Jo Kim, an analyst at Barclays, said the stock was cheap. "
            "The analyst said it could fall further.",
            "fall further",
            "Jo Kim",
        ),
        (
            'Defense attorney Philip Garrow spoke first. "It is a stack of lies," the defense '
            "attorney said.",
            "stack of lies",
            "Philip Garrow",
        ),
        (
            'Police Chief Marcus Hale said the officers did well. "Nobody got hurt," Hale said.',
            "Nobody got hurt",
            "Marcus Hale",
        ),
    ):
        assert spoken_by(run_with_text(analysis_nlp, text)[1], text, quoted) == who, text
    # Nobody was called a witness: "the witness" is someone of their own.
    text = 'Denise Okafor spoke to police. "I never touched a dime," the witness said.'
    assert spoken_by(run_with_text(analysis_nlp, text)[1], text, "dime") == "the witness"


def test_one_noun_before_a_mid_sentence_cue_and_a_refusal_after_a_clause(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(analysis_nlp, "Sales, Cole said, are up.")
    assert words(text, only(result)) == "Sales | are up"
    text, result = run_with_text(
        analysis_nlp,
        "Rosa and Daniel Etcitty, both 67, voted together. She voted for Navarro; he would not "
        "say.",
    )
    assert all("Navarro" not in words(text, q) or q.cue == "voted" for q in result.quotes)
    text, result = run_with_text(
        analysis_nlp,
        "Retired accountant Felix Amare said the figures left out transfers, which he said "
        "would make the routes look busier.",
    )
    assert {q.speaker for q in result.quotes} == {"Felix Amare"}


def test_requests_expectations_and_bare_participles_report_no_words(
    analysis_nlp: Language,
) -> None:
    _, result = run_with_text(analysis_nlp, "Ferreira is expected to testify later in the trial.")
    assert result.quotes == ()
    text, result = run_with_text(
        analysis_nlp, '"That is a lie," Morrow said when told of his remarks.'
    )
    assert words(text, only(result)) == '"That is a lie,"'


def test_a_cue_the_parse_hangs_on_the_first_noun_still_reports_around_it(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp, "Business, Marchetti admits, is better than it has been in years."
    )
    quote = only(result)
    assert (quote.speaker, words(text, quote)) == (
        "Marchetti",
        "Business | is better than it has been in years",
    )


def test_a_name_whose_verb_the_tagger_took_for_a_noun_is_still_who_she_is(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Celeste does not hesitate. “I’m not going anywhere,” she says.\n\n"
        "Marchetti waves at the driver.\n\n“Good people,” she says. “That’s the whole secret.”",
    )
    assert spoken_by(result, text, "Good people") == "Marchetti"


def test_a_that_clause_the_parse_hung_on_the_one_told_is_what_was_told(
    analysis_nlp: Language,
) -> None:
    for text, said in (
        (
            "Ann Cole told detectives that Keel had five beers and left.",
            "that Keel had five beers and left",
        ),
        (
            'Kim wrote in a note to clients that Harlow had "lost the aisle" to rivals.',
            'that Harlow had "lost the aisle" to rivals',
        ),
        (
            "The woman dismissed the idea that she needed to be in hospital.",
            "the idea that she needed to be in hospital",
        ),
    ):
        assert words(text, only(run_with_text(analysis_nlp, text)[1])) == said, text


def test_reported_words_that_are_all_quoted_are_quoted_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        'His grandmother was safe, and, he said, "mad that everyone was making a fuss."',
    )
    quote = only(result)
    assert (quote.kind, words(text, quote)) == (
        QuoteKind.MIXED,
        '"mad that everyone was making a fuss."',
    )


def test_bodies_and_roles_named_before_and_a_word_that_names_nobody(
    analysis_nlp: Language,
) -> None:
    for text, quoted, who in (
        (
            "Dr. Raymond Tsai said tests would take days. Norovirus was a possibility, he said.",
            "possibility",
            "Raymond Tsai",
        ),
        (
            "Northwind Air said on Tuesday that it would merge with Bluecrest. The company said "
            "it expected the deal to close next spring.",
            "close next spring",
            "Northwind Air",
        ),
        (
            "The National Weather Service issued a heat warning on Monday. The agency said "
            "temperatures could reach 116 degrees.",
            "116 degrees",
            "National Weather Service",
        ),
        (
            "Kelsey Arbogast, a meteorologist, said the ridge was strong. The meteorologist said "
            "relief was unlikely.",
            "relief was unlikely",
            "Kelsey Arbogast",
        ),
        (
            "Northwind's chief executive, Paul Renner, will lead the airline. "
            '"This gives us the network we need," the chief executive said.',
            "network we need",
            "Paul Renner",
        ),
    ):
        result = run_with_text(analysis_nlp, text)[1]
        said = [q for q in result.quotes if quoted in words(text, q) and q.cue != "expected"]
        assert [q.speaker for q in said] == [who], text


def test_a_colon_quotes_words_that_open_in_lower_case(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, 'Quinn tweeted Monday: "grateful for every one of you. more soon."'
    )
    quote = only(result)
    assert (quote.kind, quote.speaker) == (QuoteKind.DIRECT, "Quinn")


def test_manner_verbs_right_after_a_quote_attribute_it(analysis_nlp: Language) -> None:
    for text, speaker in (
        ("“We were all terrified,” Quinn remembers.", "Quinn"),
        ("“It was chaos,” she laughed.", None),  # a speaker, if nobody to stand for
        ("“We lost everything,” Anna Quinn jokes.", "Anna Quinn"),  # tagged as a noun
    ):
        _, result = run_with_text(analysis_nlp, text)
        quote = only(result)
        assert quote.kind is QuoteKind.DIRECT, text
        if speaker:
            assert quote.speaker == speaker, text
        assert quote.cue in ("remembers", "laughed", "jokes")


def test_manner_verbs_elsewhere_report_nothing(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp, "She laughed at the idea. Quinn remembers the war well. Kim sighed deeply."
    )
    assert result.quotes == ()


def test_a_manner_verb_opening_the_paragraph_after_a_quote_reports_nothing(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Stage\n\n"
        '"I told people it was not true," Rahman says, sitting in the cafe. "That was a lie."'
        "\n\nShe laughs, then stops. \"My dad used to say, 'Leave me out.' So I wrote it.\"\n",
    )
    quoted = said_in(text, result)
    assert not any(cue == "laughs" or "stops" in w for _, cue, w in quoted)


def test_a_manner_verb_right_after_a_quote_still_attributes_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, 'Stage\n\n"That was a lie," Rahman laughs. "I wrote it all."\n'
    )
    assert [(who, cue) for who, cue, _ in said_in(text, result)] == [("Rahman", "laughs")]


def test_quoted_as_saying_is_the_one_quoted(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Reuters quoted Finance Minister Lars Berg as saying the budget would be balanced.",
    )
    quote = only(result)
    assert quote.speaker == "Lars Berg"
    assert words(text, quote) == "the budget would be balanced"


def test_according_to_with_a_quoted_fragment_is_mixed(analysis_nlp: Language) -> None:
    for text in (
        "Pasteurized milk is “completely safe,” according to the FDA.",
        "According to Ramokgopa, the gains came from “disciplined maintenance” rather than luck.",
    ):
        _, result = run_with_text(analysis_nlp, text)
        assert only(result).kind is QuoteKind.MIXED, text
    _, result = run_with_text(analysis_nlp, "According to the FDA, pasteurized milk is safe.")
    assert only(result).kind is QuoteKind.INDIRECT


def test_according_to_a_long_description_parsed_as_one_phrase(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "According to conservative talk radio host Dale Whitcombe, the move reeks of "
        "“fear” and desperation.",
    )
    quote = only(result)
    assert (quote.speaker, quote.kind) == ("Dale Whitcombe", QuoteKind.MIXED)
    assert words(text, quote) == "the move reeks of “fear” and desperation"


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "By Dale Whitcombe’s own admission, his returns are thick.",
            "Dale Whitcombe",
            "his returns are thick",
        ),
        ("In Mira Osei’s view, the plan has no funding.", "Mira Osei", "the plan has no funding"),
        ("The plan, in the opinion of Mira Osei, has no funding.", "Mira Osei", "has no funding"),
    ],
)
def test_an_aside_naming_someones_view_or_admission_is_theirs(
    analysis_nlp: Language, text: str, speaker: str, said: str
) -> None:
    quote = only(run_with_text(analysis_nlp, text)[1])
    assert quote.speaker == speaker
    assert text[quote.parts[-1][0] : quote.parts[-1][1]] == said


def test_a_view_that_is_a_place_is_no_source(analysis_nlp: Language) -> None:
    assert not run_with_text(analysis_nlp, "The harbour stays in my view all day.")[1].quotes


def test_an_office_is_not_someone_named_with_another(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Tom Briggs, a local councillor, said prices rose 10%. "
        "The mayor said: “We will help.” Later the mayor added: “Soon.”",
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [q.speaker for q in direct] == ["The mayor", "The mayor"]
    _, result = run_with_text(
        analysis_nlp, "Tom Briggs, the town's mayor, spoke first. The mayor said: “We will help.”"
    )
    assert only(result).speaker == "Tom Briggs"


def test_fact_check_and_review_labels_name_no_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Review: The film is a triumph of style.\n\nRating: 4 out of 5 stars\n\n"
        "Our rating: False\n\nCLAIM: “Violent crime has doubled since 2019.”",
    )
    assert [q.speaker for q in result.quotes] == [None]


def test_she_is_the_speaker_not_someone_in_her_words(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Dana Whitfield said Anna Cho planned to retire next year. “We will miss her,” she said.",
    )
    [direct] = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert direct.speaker == "Dana Whitfield"


def test_an_epithet_with_an_adjective_is_the_named_person(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Blues coach Vern Cotter said the team was tired. “We need a rest,” the veteran coach said.",
    )
    assert {q.speaker for q in result.quotes} == {"Vern Cotter"}


def test_an_office_of_something_names_its_holder(analysis_nlp: Language) -> None:
    for text, name in (
        ("“We must cut spending,” said Minister of Finance Enoch Godongwana.", "Enoch Godongwana"),
        ("“We must cut spending,” said the Minister for Finance, Jack Chambers.", "Jack Chambers"),
    ):
        _, result = run_with_text(analysis_nlp, text)
        assert only(result).speaker == name, text


def test_an_opening_phrase_is_not_the_speaker(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "Outside court, Smith's lawyer said: “We will appeal.”")
    assert only(result).speaker == "Smith's lawyer"


def test_ms_and_a_surname_is_the_woman_named_before(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "“We cannot wait,” said council leader Margaret Hale.\n\n"
        "Ms Hale admitted that the timetable was “ambitious”.",
    )
    assert {q.speaker for q in result.quotes} == {"Margaret Hale"}
    [hale] = result.speakers
    assert hale.kind is SpeakerKind.PERSON


def test_a_description_lends_no_surname_to_a_word_in_the_headline(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Council approves flood plan\n\n"
        "A spokeswoman for the council said the scheme would be finished by March.",
    )
    [speaker] = result.speakers
    assert [text[a:b] for a, b in speaker.mentions] == ["A spokeswoman for the council"]


def test_names_joined_by_and_speak_together(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Mayor Lisa Brown and Councillor Tom Hale said in a joint statement that the road "
        "would close. “We are sorry,” they added.",
    )
    assert {q.speaker for q in result.quotes} == {"Lisa Brown and Tom Hale"}
    [pair] = result.speakers
    assert pair.kind is SpeakerKind.GROUP
    assert text[slice(*pair.mentions[0])] == "Mayor Lisa Brown and Councillor Tom Hale"


def test_a_surname_after_a_pair_is_the_one_named_in_it(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Sens. Jon Tester and Ron Wyden wrote to the bank. "
        "“Every time you say that,” Tester said, “you lose.”",
    )
    assert only(result, QuoteKind.DIRECT).speaker == "Jon Tester"


def test_a_headline_quotes_with_single_marks_above_a_double_quoted_story(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Ramaphosa: 'We will not allow criminals to hold our country hostage'\n\n"
        "Godongwana defends VAT increase as 'necessary evil'\n\n"
        'The minister described it as a "necessary evil". "We had no choice," he said.',
    )
    spans = {words(text, q): q.kind for q in result.quotes}
    assert spans["'We will not allow criminals to hold our country hostage'"] is QuoteKind.DIRECT
    assert spans["VAT increase as 'necessary evil'"] is QuoteKind.MIXED


def test_a_transcript_quoted_whole_is_not_a_direct_quote_per_line(
    analysis_nlp: Language,
) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "The exchange went as follows:\n\n"
        '"WALLACE: Do you really see those two as equivalent?\n\n'
        'PENCE: Well, look, the question really should be about the campaign."',
    )
    labelled = [q for q in result.quotes if q.cue == ":"]
    assert labelled and all(q.kind is not QuoteKind.DIRECT for q in labelled)


def test_participles_that_report_no_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "In a victim impact statement read to the court, the children's mother said: "
        "“We are broken.”\n\n"
        "The director keeps the camera still. The result is a film that feels observed.",
    )
    assert [words(text, q) for q in result.quotes] == ["“We are broken.”"]


def test_a_speaker_at_a_line_end_is_the_word_without_the_line_break(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Kogi govt relocates 2,000 residents, says commissioner\n\n"
        "The state has moved families to safer ground.\n",
    )
    quote = only(result)
    assert quote.speaker == "commissioner"
    assert quote.speaker_span is not None and text[slice(*quote.speaker_span)] == "commissioner"


def test_in_his_words_is_his_quote(analysis_nlp: Language) -> None:
    for text in (
        "Governor Ade Bello spoke at the rally. In his words, “We are not taking chances.”",
        "Governor Ade Bello spoke at the rally. In his words: “We are not taking chances.”",
    ):
        _, result = run_with_text(analysis_nlp, text)
        quote = only(result)
        assert (quote.kind, quote.speaker) == (QuoteKind.DIRECT, "Ade Bello"), text
    _, result = run_with_text(analysis_nlp, "The law, in other words, is dead.")
    assert result.quotes == ()


def test_in_the_words_of_mid_sentence_is_their_quote(analysis_nlp: Language) -> None:
    for text, speaker in (
        (
            "The port reopened on Friday after strikes that were, in the words of harbour"
            " master Kwame Mensah, “the worst this coast has seen.”",
            "Kwame Mensah",
        ),
        (
            "Ana Ruiz defended the budget on Monday. The cuts were needed, in her words,"
            " “to stop the bleeding before winter.”",
            "Ana Ruiz",
        ),
    ):
        quote = only(run_with_text(analysis_nlp, text)[1], QuoteKind.DIRECT)
        assert quote.speaker == speaker, text
        assert text[slice(*quote.parts[0])].startswith("“"), text


def test_a_reply_described_before_a_colon_is_its_owners_quote(analysis_nlp: Language) -> None:
    for text, speaker in (
        (
            "Reporters asked about the delay. Ruiz's response was blunt: “Nobody in this"
            " building is to blame for it.”",
            "Ruiz",
        ),
        (
            "Ana Ruiz took questions after the vote. Her answer was brief and blunt: “Not"
            " while my children are still at school.”",
            "Ana Ruiz",
        ),
    ):
        quote = only(run_with_text(analysis_nlp, text)[1], QuoteKind.DIRECT)
        assert quote.speaker == speaker, text
    _, result = run_with_text(
        analysis_nlp, "The weather was cold: “Nobody could feel their fingers,” a marcher said."
    )
    assert only(result).speaker == "a marcher"


INTERVIEW = (
    "{heading}\n\n"
    "The city's new housing chief has been in the job for a month. {intro}\n\n"
    "Q: How long is the waiting list now?\n\n"
    "A: About nine thousand families, and it grows every week we do nothing.\n\n"
    "Q: What will you do first?\n\n"
    "A: Fix the empty flats. I told the council in my first week that they cost us dearly.\n"
)


def test_the_answers_of_a_q_and_a_are_the_interviewees(analysis_nlp: Language) -> None:
    for heading, intro in (
        ("Jane Doe, Q&A", "Our reporter asked her about rents and repairs."),
        ("Fixing the list", "The Courier spoke to housing chief Jane Doe about rents."),
    ):
        text, result = run_with_text(analysis_nlp, INTERVIEW.format(heading=heading, intro=intro))
        said = {words(text, q): q.speaker for q in result.quotes}
        assert said["About nine thousand families, and it grows every week we do nothing."] == (
            "Jane Doe"
        ), said
        assert said["that they cost us dearly"] == "Jane Doe", said
        assert not any(w.startswith(("How long", "What will")) for w in said), said
        assert {s.name for s in result.speakers}.isdisjoint({"A", "Q"}), result.speakers


def test_a_surname_read_as_an_adverb_is_the_speaker(analysis_nlp: Language) -> None:
    # The tagger reads "Kiely" and "Connolly" as adverbs like "likely" and "only".
    for text, speaker in (
        ("Kiely said the council would meet again next month.", "Kiely"),
        ("The council will meet again next month, said Connolly.", "Connolly"),
        ("“The council must meet again next month,” said Connolly.", "Connolly"),
        ("Connolly, 54, said the repairs were years late.", "Connolly"),
    ):
        _, result = run_with_text(analysis_nlp, text)
        assert only(result).speaker == speaker, text
        (person,) = result.speakers
        assert person.kind is SpeakerKind.PERSON, text
    quote = only(run_with_text(analysis_nlp, "Clearly, the mayor said the plan was dead.")[1])
    assert quote.speaker == "the mayor"


def test_a_name_after_a_description_at_a_place_is_the_speaker(analysis_nlp: Language) -> None:
    # The parse hangs the name on the school or the bank, and may make the description the
    # object of "speaking".
    for text, speaker in (
        (
            "Also speaking, an economist at a Lagos bank, Chidi Okafor, said inflation would"
            " ease by the end of the year.",
            "Chidi Okafor",
        ),
        (
            "Also speaking, a senior economist at the University of Ibadan, Tunde Bakare, said"
            " prices would keep rising.",
            "Tunde Bakare",
        ),
        (
            "Speaking at the launch, the head of research at Zenith Securities, Amaka Obi, said"
            " the rally would not last.",
            "Amaka Obi",
        ),
    ):
        quote = only(run_with_text(analysis_nlp, text)[1])
        assert quote.speaker == speaker, text


DATELINE = "HALDEN, Ore., March 3, 2026 /PRNewswire/ -- "


def test_a_press_release_dateline_is_nobodys_and_no_part_of_the_words(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        DATELINE + "Brightwater Foods, a maker of frozen meals, today announced that it will"
        " open a second plant in the spring.",
    )
    assert only(result).speaker == "Brightwater Foods"
    text, result = run_with_text(
        analysis_nlp, DATELINE + "Frozen meal sales will double by 2030, Brightwater Foods said."
    )
    quote = only(result)
    assert words(text, quote) == "Frozen meal sales will double by 2030"
    text, result = run_with_text(
        analysis_nlp, DATELINE + "“Frozen meal sales will double by 2030,” Brightwater Foods said."
    )
    quote = only(result)
    assert (quote.kind, quote.speaker) == (QuoteKind.DIRECT, "Brightwater Foods")
    assert words(text, quote) == "“Frozen meal sales will double by 2030,”"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        # the parse reads what the package is worth as the cue's clause
        (
            "Frederiksen announced a new package of military aid worth 1.3 billion kroner.",
            "a new package of military aid worth 1.3 billion kroner",
        ),
        ("Hale said the scheme was worth the wait.", "the scheme was worth the wait"),
    ],
)
def test_what_an_announced_thing_is_worth_is_part_of_it(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, sentence)
    assert words(text, only(result)) == reported


@pytest.mark.parametrize(
    "aside",
    [
        # the parse hangs the name on the verb as if it said when, after a long aside
        " (Nasdaq: CRVN), a clinical-stage biotechnology company developing oral therapies for"
        " skin diseases,",
        ", a clinical-stage biotechnology company,",
    ],
)
def test_a_release_names_who_announces_however_long_its_aside(
    analysis_nlp: Language, aside: str
) -> None:
    text = f"Corvane Therapeutics, Inc.{aside} today announced positive results from its trial."
    assert only(run_with_text(analysis_nlp, text)[1]).speaker == "Corvane Therapeutics, Inc."


@pytest.mark.parametrize("mark", ['"', "'"])
def test_gerund_before_colon_introduces_quote(analysis_nlp: Language, mark: str) -> None:
    # "with one writing:" is tagged as a noun; the colon still hands the quote to "one", one
    # of the fans named before it.
    text, result = run_with_text(
        analysis_nlp,
        f"Fans flooded social media, with one writing: {mark}Stacey deserves better!{mark}",
    )
    quote = only(result)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker == "one of the fans"
    assert words(text, quote) == f"{mark}Stacey deserves better!{mark}"


def test_put_it_this_way_introduces_quote(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        'Dr Tom Bayliss put it this way: "Once you\'ve been on a bike, you drive differently."',
    )
    quote = only(result)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker == "Tom Bayliss"


def test_qa_answers_are_the_only_person_of_the_intro(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Leila Hassan was elected mayor.\n\nQ: Are they right?\n\n"
        "A: No. We've costed it at £42m over four years.",
    )
    quote = only(result)
    assert quote.speaker == "Leila Hassan"
    assert "costed it at £42m" in words(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of three towns have been told it is too late to leave.",
        "Jury told carer stole £47,000 from pensioner",
        "Driver 'was looking at phone' before fatal crash, court told",
        # an audience told in a headline, however the parse reads the clause after it
        "Jury told carer stole from pensioners",
        "Inquest told driver was speeding\n\nThe hearing continues.\n",
    ],
)
def test_the_one_told_is_no_speaker(analysis_nlp: Language, text: str) -> None:
    _, result = run_with_text(analysis_nlp, text)
    quote = only(result)
    assert quote.cue == "told"
    assert quote.speaker is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("MPs told taxes will rise\n\nThe budget is next week.\n", "taxes will rise"),
        ("Jurors told victim was afraid\n\nThe trial goes on.\n", "victim was afraid"),
    ],
)
def test_what_an_audience_is_told_keeps_its_subject(
    analysis_nlp: Language, text: str, said: str
) -> None:
    quote = only(run_with_text(analysis_nlp, text)[1])
    assert (quote.speaker, words(text, quote)) == (None, said)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Jury told by prosecutor that carer stole from pensioners", "prosecutor"),
        # near misses: an audience that tells someone speaks
        ("Jurors told the judge they could not agree", "Jurors"),
        ("Verdict\n\nThe jury told the judge it could not agree.\n", "The jury"),
        ("Budget\n\nMPs told the minister taxes would rise.\n", "MPs"),
    ],
)
def test_an_audience_told_by_someone_or_telling_someone(
    analysis_nlp: Language, text: str, speaker: str
) -> None:
    assert only(run_with_text(analysis_nlp, text)[1]).speaker == speaker


def test_told_story_keeps_its_teller(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "Tom Hale told reporters he would resign.")
    assert only(result).speaker == "Tom Hale"


def test_called_off_is_no_report(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, "Jade Kinsella has called off her wedding.")
    assert result.quotes == ()


def test_subject_of_clause_read_as_time_phrase(analysis_nlp: Language) -> None:
    # "after replays suggested …": what the replays suggested, not the speaker's words.
    _, result = run_with_text(
        analysis_nlp,
        "Asked whether the goal should have stood, after replays suggested Wrona was offside,"
        ' Marsh said: "I\'ve seen it once."',
    )
    suggested = next(q for q in result.quotes if q.cue == "suggested")
    assert suggested.speaker != "Marsh"


def test_counted_subject_of_reported_clause(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Fernandes said between 200 and 300 people were still waiting to be rescued."
    )
    assert words(text, only(result)) == (
        "between 200 and 300 people were still waiting to be rescued"
    )


def test_told_on_a_call_reports_the_clause(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Kelso told reporters on a call that he expected volumes to recover."
    )
    assert words(text, only(result)) == "that he expected volumes to recover"


def test_quote_paragraph_after_one_person_introduced(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Donald MacRae, 66, is retiring.\n\n\"People think it's romantic. It isn't, mostly.\n\n"
        "\"I'll miss the mornings. I won't miss the lorry drivers.\"",
    )
    quote = only(result)
    assert quote.kind is QuoteKind.DIRECT
    assert quote.speaker == "Donald MacRae"
    assert "lorry drivers" in words(text, quote)


def test_quote_paragraph_after_two_people_is_nobodys(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Donald MacRae, 66, is retiring. His friend Ann Cole is not.\n\n"
        '"People think it is romantic. It is not, mostly."',
    )
    assert result.quotes == ()


def test_questions_and_answers_alternate_speakers(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        '"Your evidence is that the phone was in his hand?" asked the barrister.\n\n'
        '"My evidence is that it was being used," the witness replied.\n\n'
        '"So it could have been in a cradle?"\n\n"It could."',
    )
    speakers = {words(text, q): q.speaker for q in result.quotes}
    assert speakers['"So it could have been in a cradle?"'] == "the barrister"
    assert speakers['"It could."'] == "the witness"


def test_paragraphs_after_an_answer_carry_on_its_speaker(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        '"We will reopen the bridge in May," said Mayor Ana Ruiz.\n\n'
        '"It will cost less than we feared," said the engineer, Tom Hale.\n\n'
        '"The steel is sound and the piers need only paint."',
    )
    last = result.quotes[-1]
    assert "piers" in words(text, last)
    assert last.speaker == "Tom Hale"


@pytest.mark.parametrize("marks", [("«", "»"), ("„", "“")])
def test_a_guillemet_quote_after_reported_speech_is_not_part_of_it(
    analysis_nlp: Language, marks: tuple[str, str]
) -> None:
    opening, closing = marks
    text, result = run_with_text(
        analysis_nlp,
        "Shop owners say takings have fallen. Marc Dubois, who runs a bakery on Rue "
        "Oberkampf, said deliveries now took twice as long. "
        f"{opening} Mes clients ne viennent plus en voiture, {closing} he said.",
    )
    reported = [
        q for q in result.quotes if q.speaker == "Marc Dubois" and q.kind is QuoteKind.INDIRECT
    ]
    assert [words(text, q) for q in reported] == ["deliveries now took twice as long"]
    direct = only(result, QuoteKind.DIRECT)
    assert direct.speaker == "Marc Dubois"


@pytest.mark.parametrize(
    ("words_said", "quoted"),
    [
        # a comma after the closing mark, as French and British styles write it, after words
        # the parse cannot read as a clause
        ("« On nous a menti », Jean Morel said.", ["« On nous a menti »"]),
        ("« Nous sommes fatigués », Jean Morel told reporters.", ["« Nous sommes fatigués »"]),
        ('"Absolutely not", Jean Morel said.', ['"Absolutely not"']),
        # near miss: quoted words woven into the reporter's sentence stay no quote
        ("Farmers call the deal « un scandale », Jean Morel said.", []),
    ],
)
def test_a_quote_opening_its_sentence_before_a_comma_is_a_quote(
    analysis_nlp: Language, words_said: str, quoted: list[str]
) -> None:
    text, result = run_with_text(
        analysis_nlp, f"Farmers protest\n\nFarmers blocked roads near Lyon.\n\n{words_said}\n"
    )
    direct = [q for q in result.quotes if q.kind is QuoteKind.DIRECT]
    assert [words(text, q) for q in direct] == quoted
    assert all(q.speaker == "Jean Morel" for q in direct)


WRAPPED = """Council approves flood barrier

The city council voted on Tuesday to build a flood barrier along the
river, after three winters of flooding in the old town. Mayor Ana Ruiz
said the barrier would cost about 12 million euros and would be finished
by 2027. "We cannot ask people to bail out their kitchens every winter,"
she told reporters after the vote.
"""


def test_text_wrapped_by_hand_is_read_across_its_line_ends(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, WRAPPED)
    said = next(q for q in result.quotes if q.cue == "said")
    assert said.speaker == "Ana Ruiz"
    assert words(text, said).replace("\n", " ") == (
        "the barrier would cost about 12 million euros and would be finished by 2027"
    )
    told = only(result, QuoteKind.DIRECT)
    assert told.speaker == "Ana Ruiz"
    assert told.cue == "told"


def test_thanks_opening_a_post_report_nothing(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "Crowds gathered at the station on Friday.\n\nThank you Cardiff Central. What a night.\n",
    )
    assert result.quotes == ()
