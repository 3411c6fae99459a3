"""Anyone with a spaCy pipeline adds a newslens component by its name alone, as spaCy finds
it in a process that never imported newslens (``extract --jobs`` starts such processes): each
component the analysis runs is registered under spaCy's ``spacy_factories`` entry point."""

from importlib.metadata import entry_points

from spacy.language import Language


def test_every_component_the_analysis_runs_is_a_spacy_entry_point(
    analysis_nlp: Language,
) -> None:
    registered = {point.name for point in entry_points(group="spacy_factories")}
    ours = {name for name in analysis_nlp.pipe_names if name.startswith("newslens_")}
    assert len(ours) == 9
    assert ours <= registered
