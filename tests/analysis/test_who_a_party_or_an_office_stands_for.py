"""Politics copy names parties in the plural ("The Greens said", "The Liberal Democrats
said") and offices with qualifiers ("shadow chancellor", "Prime Minister"): a party is no
person named before and is shown by its whole name, and a later "the chancellor" is neither
the shadow chancellor nor the prime minister nor an official quoted."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

_CAMPAIGN = (
    "Tax pledge splits parties\n\n"
    "Prime Minister Owen Pryce said the cut was affordable. "
    '"Families have waited long enough," he said.\n\n'
)


def test_a_party_named_in_the_plural_speaks_for_itself(analysis_nlp: Language) -> None:
    text = _CAMPAIGN + "The Greens said the cut would starve rail investment.\n"
    assert quote_speakers(analysis_nlp, text)[-1] == "Greens"


# A campaign story where the recogniser takes in "Democrats" alone.
_PLEDGE = (
    'Labour accuses Conservatives of "fantasy economics" as poll gap narrows\n\n'
    "The Conservatives said on Tuesday they would cut income tax by two pence within "
    'a year if they won the election, a pledge Labour dismissed as "fantasy '
    'economics" with borrowing already at record levels.\n\n'
    "Announcing the policy at a factory in Derby, Prime Minister Richard Hale said "
    'working families had "carried the burden for too long". "This is your money, and '
    'you should keep more of it," he told the audience.\n\n'
    "Labour's shadow chancellor, Priya Desai, said the party had yet to explain how "
    "it would pay for the cut, which economists estimate would cost £14 billion a "
    'year. "They have found the money down the back of the same sofa three times '
    'now," she said. "Voters are not stupid."\n\n'
    'The Liberal Democrats said the pledge was a "desperate gamble". Their leader, '
    "Tom Ashby, told the BBC that his party would rather spend the money on the NHS.\n"
)


def test_a_party_is_shown_by_its_whole_name(analysis_nlp: Language) -> None:
    assert "Liberal Democrats" in quote_speakers(analysis_nlp, _PLEDGE)


def test_the_chancellor_is_not_the_shadow_chancellor(analysis_nlp: Language) -> None:
    text = (
        _CAMPAIGN
        + "Labour's shadow chancellor, Ruth Akande, said the sums did not add up.\n\n"
        + "The chancellor said the Treasury had checked every figure.\n"
    )
    assert (quote_speakers(analysis_nlp, text)[-1] or "").lower() == "the chancellor"


def test_the_chancellor_is_not_the_prime_minister_nor_an_official(
    analysis_nlp: Language,
) -> None:
    text = (
        _CAMPAIGN
        + "A senior official said the chancellor had pressed for a smaller cut. "
        + '"It was a long night," the official said.\n\n'
        + "The chancellor said she backed the plan.\n"
    )
    assert (quote_speakers(analysis_nlp, text)[-1] or "").lower() == "the chancellor"


_PMQS = (
    "Pension cut row at PMQs\n\n"
    "Opposition leader Clare Dunmore accused the prime minister of betraying pensioners.\n\n"
    'The prime minister replied that the cut was "the right thing to do".\n\n'
)


def test_the_prime_minister_is_not_one_named_after_as_another_office(
    analysis_nlp: Language,
) -> None:
    text = (
        _PMQS
        + "Ian Corbett, the shadow chancellor, said the savings had been overstated.\n\n"
        + "Asked about the row, the prime minister said he would not change course.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] != "Ian Corbett"


def test_the_chancellor_is_the_one_named_the_chancellor(analysis_nlp: Language) -> None:
    text = (
        _PMQS
        + "Ian Corbett, the chancellor, said the savings had been counted twice over.\n\n"
        + "Asked about the row, the chancellor said he would not change course.\n"
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Ian Corbett"
