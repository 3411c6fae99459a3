"""Where a quoted span stands in the reporter's sentence.

The tests :mod:`newslens.analysis.attribution` puts to each pair of quotation marks: is
the span tied to a cue outside it ("X said", "said X", "X said:"), does it stand alone
as a sentence of its own or is it a fragment woven into the reporter's words ("said the
plan was “a disaster”"), does it name someone's words ("used the phrase “…”"), carry
on reported speech or a split quote ('"A," he said. "B."'). Each works on one parsed
``Doc``, a quote's token indices and the token → quoted-span index of
:func:`newslens.analysis.syntax.cues.scan`; none builds anything.

The modules, lowest first: ``marks`` gives a quote's tokens and what stands at its edges;
``cues`` finds the cue a quote hangs on; ``standing`` tells a quote that stands alone from a
fragment woven into the reporter's sentence; ``naming`` reads quoted words that name or are
named, and asides that hand a quote to someone; ``carrying_on`` finds the reported speech a
quote goes on with. A name with a leading underscore is the package's own: its modules share
it, and only they and their tests use it.
"""
