"""A name the story gave a body ("Halden, the fashion retailer, has warned") is that body in
every later mention, whatever the recogniser takes it for: after "Halden's chief executive,
Lisa Moore, said", "The company added" is Halden, not a rival firm named in the paragraph
before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers

TEXT = (
    "Retailer Halden warns on profits as rival gains ground\n\n"
    "Halden, the fashion retailer, has warned that annual profits will fall short of forecasts "
    "after a wet summer hit sales.\n\n"
    "Rival chain Corvina, which reported record sales last week, has opened 20 stores this "
    "year. The firm said it planned another 15 by Christmas.\n\n"
    '"We are confident in our autumn ranges," Halden\'s chief executive, Lisa Moore, said. The '
    "company added that it would not cut its dividend.\n"
)


def test_the_company_is_the_firm_whose_chief_executive_spoke(analysis_nlp: Language) -> None:
    assert quote_speakers(analysis_nlp, TEXT)[-1] == "Halden"
