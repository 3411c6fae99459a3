"""Papers print many interviews as an intro naming the one interviewed, then each question as
a paragraph of its own and the answer as the plain paragraphs under it, with no "Q:" and "A:"
labels and no quotation marks. Each answer is the interviewee's words, as a labelled answer is;
a question is the interviewer's, no quote of anyone's, and whom its "you" and "your" speak of
is the interviewee. A story with a question or two as paragraphs is no interview."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import QuoteKind
from tests.analysis.helpers import run_with_text, said

COUNCIL_LEADER = (
    "'Nobody should wait two years for a flat': the council leader on her housing plan\n\n"
    "Priya Raman has led Dunmore council since March. We spoke to her at the town hall about "
    "housing, buses and her critics.\n\n"
    "How long is the waiting list now?\n\n"
    "About 6,000 households. It has doubled since 2019, and I think that is a disgrace.\n\n"
    "You promised 2,000 council homes by 2028. Where will they go?\n\n"
    "On land the council already owns. We have 40 hectares of old depots and car parks "
    "sitting idle.\n\n"
    "Your critics say the plan is unaffordable.\n\n"
    "They said the same about free school meals, and we found the money.\n\n"
    "Will you stand for re-election?\n\n"
    "That is for my party to decide, not me.\n"
)

GLACIOLOGIST = (
    "The glacier that is running out of time\n\n"
    "Dr Tomas Lindqvist has measured the Hardanger ice cap every summer for twenty years. He "
    "talked to us about what he has seen.\n\n"
    "What has changed since you started?\n\n"
    "Almost everything. The ice front has retreated by 1.2 kilometres since I first came "
    "here.\n\n"
    "The surface is darker too. Dust and soot settle on it, so it melts faster still.\n\n"
    'A minister called your findings "alarmist". Are they?\n\n'
    "No. We underestimated it badly, and I helped build the models.\n"
)

SPRINTER = (
    "The champion who still gets nervous\n\n"
    "Olympic 400m champion Kofi Mensah sat down with our athletics correspondent ahead of the "
    "world championships in Tokyo.\n\n"
    "How is the hamstring?\n\n"
    "Much better, thanks. I have been training fully for six weeks.\n\n"
    "Your coach says you are in the shape of your life.\n\n"
    "He would say that! But honestly, I feel stronger than I did in Paris.\n\n"
    "You never stop learning in this sport.\n\n"
    "Do you still get nervous?\n\n"
    "Before every single race. The day I stop feeling nervous is the day I retire.\n"
)


def test_each_answer_is_the_interviewees_direct_words_and_no_question_is_a_quote(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(analysis_nlp, COUNCIL_LEADER)
    answers = [
        (q.speaker, q.cue, q.kind, text[q.start : q.end])
        for q in result.quotes
        if q.speaker == "Priya Raman" and q.cue is None
    ]
    assert answers == [
        (
            "Priya Raman",
            None,
            QuoteKind.DIRECT,
            "About 6,000 households. It has doubled since 2019, and I think that is a disgrace.",
        ),
        (
            "Priya Raman",
            None,
            QuoteKind.DIRECT,
            "On land the council already owns. We have 40 hectares of old depots and car parks "
            "sitting idle.",
        ),
        (
            "Priya Raman",
            None,
            QuoteKind.DIRECT,
            "They said the same about free school meals, and we found the money.",
        ),
        ("Priya Raman", None, QuoteKind.DIRECT, "That is for my party to decide, not me."),
    ]
    questions = ("How long", "Where will", "Will you")
    assert not any(w.startswith(questions) or w.endswith("?") for _, _, w in said(text, result))


def test_an_answer_of_several_paragraphs_is_one_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, GLACIOLOGIST)
    answers = [w for s, cue, w in said(text, result) if cue is None]
    assert answers == [
        "Almost everything. The ice front has retreated by 1.2 kilometres since I first came "
        "here.\n\nThe surface is darker too. Dust and soot settle on it, so it melts faster "
        "still.",
        "No. We underestimated it badly, and I helped build the models.",
    ]
    assert {q.speaker for q in result.quotes if q.cue is None} == {"Tomas Lindqvist"}


def test_an_answer_saying_you_stays_an_answer_until_the_next_question(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(analysis_nlp, SPRINTER)
    answers = [(s, w) for s, cue, w in said(text, result) if cue is None]
    assert answers == [
        ("Kofi Mensah", "Much better, thanks. I have been training fully for six weeks."),
        (
            "Kofi Mensah",
            "He would say that! But honestly, I feel stronger than I did in Paris.\n\n"
            "You never stop learning in this sport.",
        ),
        (
            "Kofi Mensah",
            "Before every single race. The day I stop feeling nervous is the day I retire.",
        ),
    ]


def test_a_subheading_between_questions_ends_no_interview(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        SPRINTER.replace("Do you still", "Tokyo and beyond\n\nDo you still"),
    )
    assert [s for s, cue, w in said(text, result) if w.startswith("Before every")] == [
        "Kofi Mensah"
    ]
    assert not any(w.startswith("Tokyo") for _, _, w in said(text, result))


def test_a_note_on_the_interview_or_a_call_for_questions_is_no_answer(
    analysis_nlp: Language,
) -> None:
    for note in (
        "This interview has been edited for length and clarity.",
        "Have a question for the council leader? Email us at news@dunmore.example and we "
        "will put it to her.",
    ):
        text, result = run_with_text(analysis_nlp, f"{COUNCIL_LEADER}\n{note}\n")
        [last] = [w for s, cue, w in said(text, result) if cue is None][-1:]
        assert last == "That is for my party to decide, not me.", note


def test_what_a_question_says_you_did_is_the_interviewees_and_your_names_no_one(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(analysis_nlp, COUNCIL_LEADER)
    reported = {w: s for s, cue, w in said(text, result) if cue in ("promised", "say")}
    assert reported == {
        "2,000 council homes": "Priya Raman",
        "the plan is unaffordable": "critics",
    }
    _, sprint = run_with_text(analysis_nlp, SPRINTER)
    names = {s.name for r in (result, sprint) for s in r.speakers}
    assert not any(name.lower().startswith(("you", "your")) for name in names), names


def test_the_role_a_headline_quotes_is_the_interviewee(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, COUNCIL_LEADER)
    [headline] = [q for q in result.quotes if q.start < text.index("\n")]
    assert headline.speaker == "Priya Raman"


def test_a_labelled_questions_your_names_no_one(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "'I never wanted this job': an interview with Ruth Kemble\n\n"
        "Ruth Kemble became the youngest leader of Harfield council last year.\n\n"
        "Q: You promised a new library. When will it open?\n"
        "A: Next spring, on time and on budget.\n\n"
        "Q: Your critics say the housing plan is too slow.\n"
        "A: They said the same about the last plan.\n",
    )
    reported = {w: s for s, cue, w in said(text, result) if cue in ("promised", "say")}
    assert reported == {
        "a new library": "Ruth Kemble",
        "the housing plan is too slow": "critics",
    }


def test_a_story_with_questions_as_paragraphs_is_no_interview(analysis_nlp: Language) -> None:
    # Rhetorical questions answered by reporting, in the third person.
    text, result = run_with_text(
        analysis_nlp,
        "Rail fares to rise by 4.6% in March\n\n"
        "Rail fares in England will rise by 4.6% in March, the government announced on "
        "Wednesday. The transport secretary, Lisa Hart, spoke to reporters at Euston.\n\n"
        "So what happens next?\n\n"
        "Train companies will publish their new prices in February. Season tickets will rise "
        "by the same amount.\n\n"
        "Who will pay the most?\n\n"
        "Commuters into London. A season ticket from Reading will cost more than £6,000.\n\n"
        'Hart said the rise was "the lowest we could responsibly set".\n',
    )
    assert [(s, cue) for s, cue, _ in said(text, result)] == [
        ("the government", "announced"),
        ("Lisa Hart", "said"),
    ]


def test_a_feature_with_one_question_is_no_interview(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The last ferryman of Loch Aird\n\n"
        "Angus Reid has rowed passengers across Loch Aird for forty years. We spoke to him on "
        "the jetty.\n\n"
        "Why do you keep going?\n\n"
        "I have never wanted to do anything else. My father rowed this loch before me.\n\n"
        "Reid, 71, says the crossing takes twenty minutes in calm weather.\n",
    )
    assert not any(cue is None for _, cue, _ in said(text, result)), said(text, result)


READERS_QUESTIONS = (
    "Energy bills Q&A: your questions answered\n\n"
    "The energy analyst Helen Ward spoke to us about the new price cap.\n\n"
    "My fixed deal ends in November. Should I fix again?{mark}\n\n"
    "It depends on the price you are offered. For most of us the standard tariff is cheaper "
    "this winter.\n\n"
    "Can my landlord pass the rise on to me?{aisha}\n\n"
    "Only if your tenancy agreement allows it. We would check the clause on bills.\n\n"
    "Will you cover heat pumps next week?{tom}\n\n"
    "Yes, we will. Our guide to grants will be out on Friday.\n"
)


def test_a_readers_questions_column_is_no_interview(analysis_nlp: Language) -> None:
    # Several readers ask, in the first person, signing their questions or not.
    for signatures in (
        {"mark": "\nMark, Derby", "aisha": "\nAisha, Leeds", "tom": "\nTom, Hull"},
        {"mark": "", "aisha": "", "tom": ""},
    ):
        text, result = run_with_text(analysis_nlp, READERS_QUESTIONS.format(**signatures))
        assert not any(cue is None for _, cue, _ in said(text, result)), said(text, result)


def test_a_live_blog_with_questions_is_no_interview(analysis_nlp: Language) -> None:
    # Entries under times; the "we" of their answers is the writer's.
    text, result = run_with_text(
        analysis_nlp,
        "Storm Ellen live: trains cancelled across the north\n\n"
        "10.42am\n\n"
        "We spoke to Jane Moss, who has been stuck at Leeds station since dawn.\n\n"
        "What should you do if your train is cancelled?\n\n"
        "You can use your ticket on the next service, or claim a refund. We will update this "
        "page as we hear more.\n\n"
        "11.05am\n\n"
        "Will the roads reopen today?\n\n"
        "The Highways Agency says the A66 will stay closed until at least 6pm. We are still "
        "waiting for news of the M62.\n",
    )
    assert not any(cue is None for _, cue, _ in said(text, result)), said(text, result)


def test_a_word_in_lower_case_the_tagger_took_for_a_name_is_not_interviewed(
    analysis_nlp: Language,
) -> None:
    # "floodwater", a subject the tagger may read as a name, is no second person the intro
    # is about: "She spoke to us" is Ellen Marsh, the one person it names.
    text = (
        "'We were told the river would never flood': a farmer on losing everything\n\n"
        "Ellen Marsh has farmed 300 acres beside the River Wenn for 31 years. In January, "
        "floodwater covered two-thirds of her land for nine days. She spoke to us about the "
        "damage, the insurance and what comes next.\n\n"
        "How bad was it?\n\n"
        "We lost about 180 sheep. The water came up faster than anyone predicted.\n\n"
        "Were you insured?\n\n"
        "For the buildings, yes. For the animals, no. Nobody will insure my land this close to "
        "the river any more.\n"
    )
    text, result = run_with_text(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes if q.cue is None] == [
        ("Ellen Marsh", "We lost about 180 sheep. The water came up faster than anyone predicted."),
        (
            "Ellen Marsh",
            "For the buildings, yes. For the animals, no. Nobody will insure my land this close to "
            "the river any more.",
        ),
    ]
