"""Reading the dependency parse: cues, their subjects, their complements, speaker phrases.

All of it works on one parsed ``Doc`` and the token → quoted-span index of
:func:`newslens.analysis.syntax.cues.scan`, whose single pass over the tokens is the only full
walk of the document.

The modules, lowest first: ``text`` reads a doc's text; ``words`` holds the labels and word lists
the others share; ``contractions`` mends the parse of a "’s" that is "has" or "is"; ``names`` tells
names the tagger misread and gives the speaker phrase; ``datelines`` finds where a line's opening
ends and ``edges`` where reported words start and end; ``closing_cues`` finds the words before a
cue that closes its sentence; ``negation`` and ``writings`` each decide one question of a cue;
``cues`` finds the cues in one pass
(:func:`~newslens.analysis.syntax.cues.scan`); ``conjuncts`` tells whose act a joined verb is;
``told`` whether a cue's subject is the one told or bidden, ``misread`` a subject the parse read as
another word, ``openings`` one past a dateline or opening phrase, and ``inherited`` whose subject a
cue with none of its own takes; ``subjects`` finds who speaks; ``asides``, ``ends``, ``objects``,
``passives`` (the clause a passive report reports), ``misattached``, ``joined_words`` and
``relatives`` each decide one question of a cue's words; ``clause_words``, ``parsed_asides``
and ``object_words`` give the words of its clause, of the clause around a cue the parse read as
an aside, and of its object; and ``complements`` decides which of them a cue reports
(:func:`~newslens.analysis.syntax.complements.complement`). Each name is imported from the
module that holds it. A name with a leading underscore is the package's own: its modules share
it, and only they and their tests use it.
"""
