"""US political news calls whom it named with a title by a description built on that title ("Sen.
Rhea Calloway (R-Ohio)" … "the Ohio senator", "Republican nominee Carl Brandt" … "The
Republican nominee"): the person named so, when the words fit them and no one else named
holds the role; else the description stays a speaker of its own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_STORY = (
    "Farm bill stalls in Senate\n\n"
    "Sen. Rhea Calloway (R-Ohio) urged her colleagues on Tuesday to pass the farm bill before "
    "the recess. Calloway has pressed for the measure since the spring.\n\n"
)


def test_a_senator_described_by_her_state_is_the_senator_named(analysis_nlp: Language) -> None:
    text = _STORY + (
        "In March, the Ohio senator said the bill would lower feed prices for dairy farmers.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Rhea Calloway"


def test_a_description_of_her_party_is_the_senator_of_that_party(analysis_nlp: Language) -> None:
    text = _STORY + (
        "Rep. Dan Whitcomb (D-Ore.) opposed the bill. The Republican senator said the vote "
        "would come next week. The Democratic congressman said the bill favoured large "
        "growers.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-2:] == ["Rhea Calloway", "Dan Whitcomb"]


def test_a_party_the_story_never_gave_her_leaves_her_the_senator(analysis_nlp: Language) -> None:
    text = (
        "Bank chief grilled in Senate\n\n"
        "Oregon Sen. Rhea Calloway questioned the bank's chief executive on Tuesday.\n\n"
        "The Democratic senator said the bank had misled its customers for years.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Rhea Calloway"


def test_a_description_of_another_party_is_no_one_named(analysis_nlp: Language) -> None:
    text = _STORY + "The Democratic senator said the bill would fail without a subsidy cap.\n"
    assert quote_speakers(analysis_nlp, text)[-1] == "The Democratic senator"


def test_a_nominee_of_one_party_is_not_the_other_partys(analysis_nlp: Language) -> None:
    text = (
        "Candidates trade blows over trade\n\n"
        "Republican nominee Carl Brandt promised tariffs on steel on Monday. Democratic "
        "nominee Helen Marsh said tariffs would raise prices for families.\n\n"
        "The Republican nominee said the tariffs would bring factory jobs back to Ohio.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Carl Brandt"


def test_a_vice_presidential_nominee_is_not_the_nominee(analysis_nlp: Language) -> None:
    text = (
        "Candidates trade blows over trade\n\n"
        "Republican nominee Carl Brandt said tariffs would bring factory jobs back.\n\n"
        "The Republican vice presidential nominee said the party was united behind the plan.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Carl Brandt",
        "The Republican vice presidential nominee",
    ]


def test_a_captain_of_another_team_is_not_the_captain_named(analysis_nlp: Language) -> None:
    text = (
        "Rovers hold on for draw\n\n"
        "Rovers captain Sam Carter said his side had defended well.\n\n"
        "The Ashfield captain said the referee had missed a clear penalty.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Sam Carter", "The Ashfield captain"]


def test_a_captain_of_the_team_named_is_the_captain(analysis_nlp: Language) -> None:
    text = (
        "Rovers hold on for draw\n\n"
        "Sam Carter, the Rovers captain, said his side had defended well.\n\n"
        "The veteran Rovers captain said the draw was a fair result.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Sam Carter"


def test_a_congresswoman_is_the_representative_named(analysis_nlp: Language) -> None:
    text = _STORY + (
        "Rep. Ana Whitcomb (D-Ore.) opposed the bill. The Oregon congresswoman said it favoured "
        "large growers over family farms.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Ana Whitcomb"
