"""An interview longer than one chunk of analysis (a feature's 5,000-word Q&A) is one
interview: every answer, the last as the first, is the words of whom the intro names, with
"Q:" and "A:" labels or without. A long column that puts questions to "you" and answers them
in the first person, with no intro saying whom the writer spoke to, is no interview, in
chunks as in one piece."""

from __future__ import annotations

from itertools import cycle

import pytest
from spacy.language import Language

from newslens.analysis import pipeline
from newslens.analysis.chunks import CHUNK_CHARS, chunk_spans
from newslens.analysis.model import Analysis, QuoteKind
from tests.analysis.helpers import run

HEADTEACHER = (
    "'Children notice everything': the head who turned round Marsh Lane\n\n"
    "Grace Adeyemi took over Marsh Lane primary school in 2019, when it had just been rated "
    "inadequate. This summer it was rated outstanding. We spoke to her in her office, between "
    "a fire drill and a governors' meeting.\n\n"
)

HEADTEACHER_EXCHANGES = [
    (
        "What did you find when you arrived?",
        "A school that had stopped believing in itself. The teachers were working hard, but "
        "nobody had told them what good looked like for years.\n\n"
        "I spent the first month in classrooms, not in meetings. You learn more from one wet "
        "Tuesday afternoon in Year 4 than from any report.",
    ),
    (
        "Where did you start?",
        "With reading. A third of our children left at eleven unable to read well enough to "
        "cope at secondary school, and everything else depends on it.\n\n"
        "We bought new books, trained every adult in the building in phonics, and put a "
        "reading corner in each classroom. It was not glamorous, and it worked.",
    ),
    (
        "How did the staff react?",
        "Some were relieved and some were angry. Two teachers left in my first year, and I "
        "understood why, because I was asking them to change habits of twenty years.\n\n"
        "The ones who stayed became the backbone of the school. Most of my leadership team "
        "were classroom teachers here when I arrived.",
    ),
    (
        "Your critics say the school teaches to the test.",
        "I hear that often, and I think it is wrong. We teach children to read, write and "
        "count properly, and the tests happen to measure those things.\n\n"
        "We also have a choir, a gardening club and a chess team that beat three private "
        "schools last spring. Nobody teaches chess to a test.",
    ),
    (
        "What part do parents play?",
        "A bigger one than they used to. We open the school hall every Friday morning for "
        "coffee, and parents can walk into any classroom and watch a lesson.\n\n"
        "At first only a handful came. Now it is standing room only, and the parents tell us "
        "things about their children that we would never have known.",
    ),
    (
        "How has the cost of living changed the school?",
        "It has made us a food bank as well as a school. About forty families collect "
        "parcels from the back gate every week, and we run a uniform swap each term.\n\n"
        "I did not train to run a food bank. But a hungry child cannot learn, so we do it, "
        "and the local supermarket helps more than people know.",
    ),
    (
        "Do you still teach?",
        "Every Thursday, Year 6 mathematics. It keeps me honest, and the children are far "
        "better judges of a lesson than any inspector.\n\n"
        "It also means I know every child in the top year by name, and they know that I "
        "will ask them about their homework in the corridor.",
    ),
    (
        "What is the hardest part of the job?",
        "The children we cannot help enough. Some come to us carrying things no child should "
        "carry, and the services that should support them have been cut to the bone.\n\n"
        "We do what we can. Some nights I go home and cannot stop thinking about one of them, "
        "and I have learned that this is part of the job.",
    ),
]
HEADTEACHER_LAST = (
    "Finally, would you do it all again?",
    "Tomorrow. It is the best job in the world, and I say that on the worst days too.\n\n"
    "When a child who could not read at seven stands up at eleven and reads to the whole "
    "school, nothing else matters.",
)

FIRE_CHIEF = (
    "Q&A: Alan Fraser on wildfires, pay and the busiest summer on record\n\n"
    "Alan Fraser became chief fire officer for Hollins county two years ago, after thirty "
    "years on the engines. This summer his crews fought more grass and moorland fires than "
    "in any year since records began. He talked to us at the headquarters in Dunford.\n\n"
)

FIRE_CHIEF_EXCHANGES = [
    (
        "How bad was this summer?",
        "The worst I have known. We attended 640 grass and moorland fires between June and "
        "August, nearly three times the average, and some of them burned for days.",
    ),
    (
        "Were the crews ready for it?",
        "Mostly, yes. We had bought lighter kit and trained for wildfire after the dry "
        "summer of 2022, and that paid off, though people were exhausted by August.",
    ),
    (
        "Your union says the service is short of 150 firefighters. Is it?",
        "I would put it closer to 120, but the point stands. We have kept engines off the run "
        "on quiet nights because there was nobody to crew them.",
    ),
    (
        "What would more money buy?",
        "People first, then vehicles that can reach a moorland fire without getting stuck. "
        "Half our fleet was designed for towns, and it shows when the road runs out.",
    ),
    (
        "How do you keep volunteers when employers will not release them?",
        "By talking to the employers ourselves. We have written to every business in the "
        "county that employs an on-call firefighter, and most of them have been generous.",
    ),
    (
        "Are landowners doing enough to prevent fires?",
        "Some are, and some are not. Controlled burning in the winter makes a huge "
        "difference, and we now plan it with the estates rather than leaving it to chance.",
    ),
    (
        "What do you say to people who leave disposable barbecues on the moor?",
        "Please do not. A single barbecue started the fire at Crag Edge that took eleven days "
        "to put out and destroyed a nesting ground that will take decades to recover.",
    ),
    (
        "Do you miss riding the engines?",
        "Every day. I still go out to the big incidents, but as the officer in charge now, "
        "which means standing back and letting the crews do what they do best.",
    ),
]
FIRE_CHIEF_LAST = (
    "Finally, what keeps you in the job?",
    "The people. I have seen firefighters walk into a wall of smoke for a stranger's dog, "
    "and I would not trade working beside them for anything.",
)


def _long(
    intro: str, exchanges: list[tuple[str, str]], last: tuple[str, str], qa: bool
) -> tuple[str, list[int]]:
    """An interview of ``intro``, then ``exchanges`` over and over until it runs past the first
    chunk, then ``last``: each a question and the paragraphs answering it, or with ``qa`` a
    line "Q:" and a line "A:"; and where each answer starts."""
    text, answers = intro, []

    def add(question: str, answer: str) -> None:
        nonlocal text
        text += f"Q: {question}\nA: " if qa else f"{question}\n\n"
        answers.append(len(text))
        text += f"{answer}\n\n"

    for exchange in cycle(exchanges):
        if len(text) > CHUNK_CHARS + 2_000:
            break
        add(*exchange)
    add(*last)
    return text, answers


def _said_at(
    result: Analysis, starts: list[int]
) -> list[tuple[str | None, str | None, QuoteKind] | None]:
    """(speaker, cue, kind) of the quote that starts at each of ``starts``; None where none does."""
    said = {q.start: (q.speaker, q.cue, q.kind) for q in result.quotes}
    return [said.get(start) for start in starts]


def test_every_answer_of_a_long_interview_printed_without_labels_is_the_interviewees(
    analysis_nlp: Language,
) -> None:
    text, answers = _long(HEADTEACHER, HEADTEACHER_EXCHANGES, HEADTEACHER_LAST, qa=False)
    assert answers[-1] > chunk_spans(text, CHUNK_CHARS)[1][0]
    result = run(analysis_nlp, text)
    by_her = ("Grace Adeyemi", None, QuoteKind.DIRECT)
    assert _said_at(result, answers) == [by_her] * len(answers)
    [last] = [q for q in result.quotes if q.start == answers[-1]]
    assert text[last.start : last.end].endswith("reads to the whole school, nothing else matters.")


def test_every_answer_of_a_long_q_and_a_is_the_interviewees(analysis_nlp: Language) -> None:
    text, answers = _long(FIRE_CHIEF, FIRE_CHIEF_EXCHANGES, FIRE_CHIEF_LAST, qa=True)
    assert answers[-1] > chunk_spans(text, CHUNK_CHARS)[1][0]
    result = run(analysis_nlp, text)
    by_him = ("Alan Fraser", None, QuoteKind.DIRECT)
    assert _said_at(result, answers) == [by_him] * len(answers)


COLUMN = (
    "The high street is not dead yet\n\n"
    "By Helen Price\n\n"
    "Every few months somebody declares the death of the British high street. The shops "
    "close, the charity stores and betting shops move in, and the pundits write the "
    "obituary. Walk down the main street of almost any market town this week and you will "
    "see why they keep writing it.\n\n"
)
COLUMN_MIDDLE = (
    "Rents in the centre of town have risen faster than takings for a decade, and business "
    "rates are set on values that bear no relation to what a shop can earn. The council "
    "said in March that it would review the charges, and the review has not yet begun.\n\n"
    "Parking, too, has become a sore point. The car park behind the market square now "
    "charges by the half hour, and traders said the change had cost them a fifth of their "
    "Saturday custom within a month.\n\n"
)
COLUMN_QUESTIONS = (
    "So what can you do about it?\n\n"
    "I think the answer is simpler than it looks. I buy my bread from the baker on Bridge "
    "Street, and my paper from the newsagent next to the bank, because I want them to be "
    "there next year.\n\n"
    "Does it cost you more?\n\n"
    "Sometimes, a little. But I would rather pay it than watch another shutter come down.\n\n"
)
COLUMN_MORE_QUESTIONS = (
    "Is it too late for your town?\n\n"
    "I doubt it. I told my neighbours last week that the extra pound is the cheapest "
    "insurance we will ever buy against a town of boarded windows.\n\n"
    "Will the council listen?\n\n"
    "We will find out in the spring. I have written to every councillor, and I said in my "
    "letter that the market square deserves better than another empty summer.\n"
)


def test_a_long_column_asking_you_and_answering_in_the_first_person_is_no_interview(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = COLUMN + COLUMN_QUESTIONS + COLUMN_MIDDLE * 40 + COLUMN_MORE_QUESTIONS
    spans = chunk_spans(text, CHUNK_CHARS)
    assert len(spans) == 2 and text.index(COLUMN_MORE_QUESTIONS) > spans[1][0]
    chunked = run(analysis_nlp, text)
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", len(text))
    whole = run(analysis_nlp, text)
    assert chunked.quotes == whole.quotes
    assert chunked.claims == whole.claims
    told = text.index("that the extra pound")
    assert [(q.speaker, q.cue) for q in chunked.quotes if q.start == told] == [("I", "told")]
