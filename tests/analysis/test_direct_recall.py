"""Direct quotes the parse makes hard to see: one pattern of real news text per test."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newslens.analysis.attribution import attribute
from newslens.analysis.model import Analysis, Quote, QuoteKind
from newslens.analysis.quotes import pair_quotes
from tests.analysis.helpers import run, words


def direct(text: str, analysis: Analysis) -> list[Quote]:
    return [q for q in analysis.quotes if q.kind is QuoteKind.DIRECT]


def test_cue_after_a_dash_starts_its_own_clause(analysis_nlp: Language) -> None:
    # The parser hangs "boasted" inside the clause before the dash; a reader does not.
    text = (
        "When the reporter pointed out that the company had not paid any rent ― as had been "
        "the case for several years of the lease ― Moreno boasted, “That makes me clever.”"
    )
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ["“That makes me clever.”"]
    assert quotes[0].speaker == "Moreno"
    assert quotes[0].cue == "boasted"


def test_chanted_utterance_then_the_reporter_goes_on(analysis_nlp: Language) -> None:
    text = 'Strikers walking along the harbour chanted "What deal?" and kept going until dawn.'
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ['"What deal?"']
    assert quotes[0].speaker == "Strikers"


def test_utterance_right_after_its_cue_despite_words_after(analysis_nlp: Language) -> None:
    text = 'Fans leaving the stadium chanted "Sack the coach!" as police watched from the gates.'
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ['"Sack the coach!"']
    assert quotes[0].cue == "chanted"


def test_bracketed_insertion_and_age_do_not_break_a_quote(analysis_nlp: Language) -> None:
    text = (
        '"They want us to stay home [by closing the stations], hoping we will give up," '
        "Dana Park, 31, said as she walked to the square."
    )
    quotes = direct(text, run(analysis_nlp, text))
    assert len(quotes) == 1
    assert words(text, quotes[0]).startswith('"They want us to stay home')
    assert quotes[0].speaker == "Dana Park"


def test_according_to_then_a_whole_quoted_passage(analysis_nlp: Language) -> None:
    # "[T]he": the editor's capital, so the quote is a sentence of its own, and all of the
    # quoted passage is what "according to" attributes, not the first sentence only.
    text = (
        "According to Okafor, “[T]he council never read the report. It sat on a desk for a "
        "year, and nobody asked about it.”"
    )
    result = run(analysis_nlp, text)
    assert len(result.quotes) == 1
    quote = result.quotes[0]
    assert quote.kind is QuoteKind.DIRECT
    assert words(text, quote) == text[text.index("“") :]
    assert quote.speaker == "Okafor"


def test_colon_after_a_noun_of_words(analysis_nlp: Language) -> None:
    text = (
        "Facing a tight race, Governor Lena Ortiz unveiled a blunter campaign message: "
        '"Finish the job."'
    )
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ['"Finish the job."']
    assert quotes[0].speaker == "Lena Ortiz"
    assert quotes[0].cue == "message"


def test_headline_after_a_colon_is_whoever_ran_it(analysis_nlp: Language) -> None:
    text = (
        "The magazine printed one of the farmer's remarks as its headline: "
        "“Nobody asked us. Nobody ever does.”"
    )
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ["“Nobody asked us. Nobody ever does.”"]
    assert quotes[0].speaker == "The magazine"


def test_the_phrase_then_its_quoted_words(analysis_nlp: Language) -> None:
    text = "Councillor Baptiste has used the phrase “a city for sale” often in his campaign."
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ["“a city for sale”"]
    assert quotes[0].speaker is not None and "Baptiste" in quotes[0].speaker


def test_the_term_then_its_quoted_words(analysis_nlp: Language) -> None:
    # "term" is also a naming verb ("termed it …"): the lexicon lists it as both.
    text = "Ruiz used the term “a betrayal of every family on this street” to describe the vote."
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ["“a betrayal of every family on this street”"]
    assert quotes[0].speaker == "Ruiz"


def test_words_someone_refuses_to_use_are_not_their_quote(analysis_nlp: Language) -> None:
    text = "The mayor defended her refusal to use the words “managed decline” on Wednesday."
    assert direct(text, run(analysis_nlp, text)) == []


def test_a_possessive_before_named_words_makes_them_the_reporters_phrase(
    analysis_nlp: Language,
) -> None:
    # "… what he called Machado’s “sex tape.”", as the parser read it: "’s" a noun.
    rows = [  # word, space after, pos, tag, lemma, head, dep
        ("Voters", True, "NOUN", "NNS", "voter", 2, "nsubj"),
        ("should", True, "AUX", "MD", "should", 2, "aux"),
        ("see", True, "VERB", "VB", "see", 2, "ROOT"),
        ("what", True, "PRON", "WP", "what", 5, "dobj"),
        ("he", True, "PRON", "PRP", "he", 5, "nsubj"),
        ("called", True, "VERB", "VBD", "call", 2, "ccomp"),
        ("Machado", False, "PROPN", "NNP", "Machado", 5, "oprd"),
        ("’s", True, "NOUN", "NN", "’s", 6, "case"),
        ("“", False, "PUNCT", "``", "“", 10, "punct"),
        ("sex", True, "NOUN", "NN", "sex", 10, "compound"),
        ("tape", False, "NOUN", "NN", "tape", 5, "oprd"),
        (".", False, "PUNCT", ".", ".", 2, "punct"),
        ("”", False, "PUNCT", "''", "”", 2, "punct"),
    ]
    word, space, pos, tag, lemma, head, dep = (list(column) for column in zip(*rows, strict=True))
    doc = Doc(
        analysis_nlp.vocab,
        words=word,
        spaces=space,
        pos=pos,
        tags=tag,
        lemmas=lemma,
        heads=head,
        deps=dep,
    )
    quotes, _, _ = attribute(doc, pair_quotes(doc.text))
    assert [q.kind for q in quotes if q.kind is QuoteKind.DIRECT] == []


def test_an_example_the_reporter_gives_is_mixed_speech(analysis_nlp: Language) -> None:
    text = 'Even now at 86 she still says things such as, "We are not all meant to be equal."'
    result = run(analysis_nlp, text)
    assert direct(text, result) == []
    [quote] = result.quotes
    assert quote.kind is QuoteKind.MIXED
    assert words(text, quote) == '"We are not all meant to be equal."'
    assert quote.speaker == "she"


def test_a_noun_of_words_as_subject_names_no_quotation(analysis_nlp: Language) -> None:
    # The quoted word is the verb here, and "the words" is nobody's quotation of it.
    text = "Critics say the words “divide” the town."
    assert direct(text, run(analysis_nlp, text)) == []


def test_a_word_mentioned_is_not_a_word_quoted(analysis_nlp: Language) -> None:
    text = "The league banned the word “strike” from its broadcasts."
    assert direct(text, run(analysis_nlp, text)) == []


def test_likened_to_quoted_words(analysis_nlp: Language) -> None:
    text = 'The union\'s lawyer likened the new contract to "signing away the pensions."'
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ['"signing away the pensions."']
    assert quotes[0].cue == "likened"


def test_call_them_a_quoted_name_is_the_quoted_words_only(analysis_nlp: Language) -> None:
    text = 'Both mayors call them "weekend tourists" and move on to other business.'
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ['"weekend tourists"']
    assert quotes[0].speaker == "Both mayors"


def test_two_quoted_names_are_one_quote_in_parts(analysis_nlp: Language) -> None:
    text = 'He mocks rivals and calls people "cowards" and "frauds."'
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ['"cowards" | "frauds."']
    assert quotes[0].speaker == "He"


def test_a_name_inside_the_reporters_phrase_stays_mixed(analysis_nlp: Language) -> None:
    # "a", then the quoted words, then more of the reporter's sentence: woven in, not quoted.
    text = 'The coach called the referees "a disgrace" after the match.'
    result = run(analysis_nlp, text)
    assert direct(text, result) == []
    assert [q.kind for q in result.quotes] == [QuoteKind.MIXED]


def test_called_on_someone_to_do_something_names_nothing(analysis_nlp: Language) -> None:
    text = 'The senator called on the agency to "finally stop the leaks" and act within a month.'
    assert direct(text, run(analysis_nlp, text)) == []


def test_as_someone_put_it_then_the_quoted_words(analysis_nlp: Language) -> None:
    text = "Critics saw him, as the magazine put it in a long profile, “the fixer.”"
    result = run(analysis_nlp, text)
    quotes = direct(text, result)
    assert [words(text, q) for q in quotes] == ["“the fixer.”"]
    assert quotes[0].speaker == "the magazine"
    assert quotes[0].cue == "put"
    assert len(result.quotes) == 1  # "saw" reports nothing of its own here


def test_as_someone_put_it_after_a_relative_clause(analysis_nlp: Language) -> None:
    text = (
        "Few people still trusted the board, which many saw, as one investor put it, "
        "“a club for friends.”"
    )
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ["“a club for friends.”"]
    assert quotes[0].speaker == "one investor"


def test_to_her_then_a_quote_is_her_view_in_her_words(analysis_nlp: Language) -> None:
    text = (
        "She keeps writing about the flood because to her, “there is nothing more important "
        "than telling the story of the people who lost everything.”"
    )
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == [text[text.index("“") :]]
    assert quotes[0].cue == "to"


def test_to_a_name_opening_the_sentence(analysis_nlp: Language) -> None:
    text = "To Mendes, “the vote was never about money. It was about respect.”"
    quotes = direct(text, run(analysis_nlp, text))
    assert len(quotes) == 1
    assert quotes[0].speaker == "Mendes"


def test_spoke_to_her_is_not_her_quote(analysis_nlp: Language) -> None:
    text = "The mayor spoke to her, “and she listened,” an aide said."
    assert all(q.speaker != "her" for q in run(analysis_nlp, text).quotes)


def test_reported_speech_ending_in_a_quoted_fragment_keeps_its_closing_mark(
    analysis_nlp: Language,
) -> None:
    # The sentence's full stop sits inside the marks: the part must not stop before them.
    text = 'The senator said the new budget was "a gift to the banks."'
    result = run(analysis_nlp, text)
    assert len(result.quotes) == 1
    quote = result.quotes[0]
    assert quote.kind is QuoteKind.MIXED
    assert words(text, quote) == 'the new budget was "a gift to the banks."'


def test_short_question_then_she_asked(analysis_nlp: Language) -> None:
    text = "The game was on in the kitchen. “Still tied?” she asked, but nobody answered her."
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ["“Still tied?”"]
    assert quotes[0].cue == "asked"


def test_short_exclamation_then_shouted_name(analysis_nlp: Language) -> None:
    text = "“Not again!” shouted Okafor from the back of the room."
    quotes = direct(text, run(analysis_nlp, text))
    assert [words(text, q) for q in quotes] == ["“Not again!”"]
    assert quotes[0].speaker == "Okafor"


def test_quote_after_a_conjunction_carries_on_the_cue(analysis_nlp: Language) -> None:
    text = (
        '"I like the governor," the mayor said, but "when it comes to bridges, he has never '
        'kept a promise."'
    )
    quotes = run(analysis_nlp, text).quotes
    assert len(quotes) == 1
    assert quotes[0].kind is QuoteKind.DIRECT
    assert words(text, quotes[0]) == (
        '"I like the governor," | "when it comes to bridges, he has never kept a promise."'
    )
    assert quotes[0].speaker == "the mayor"


def test_an_object_and_a_quoted_name_are_not_two_utterances(analysis_nlp: Language) -> None:
    text = "Rivera is promising lower rents and “homes, homes, homes,” but her rivals laugh."
    for quote in run(analysis_nlp, text).quotes:
        assert len(quote.parts) == len(set(quote.parts))
        assert "homes, homes" not in " ".join(text[a:b] for a, b in quote.parts[1:])
