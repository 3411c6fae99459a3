"""Transcripts and interviews: the lines a label opens, and the answers of a Q&A.

Works on one parsed ``Doc`` and its text, and gives back plain data, each speaker's words as a
:class:`Turn` that :mod:`newslens.analysis.attribution` makes a quote of:

- a line a name and a colon open ("PENCE: …", "Pat Moore: Voters are tired …") is its
  speaker's; a role's ("Counsel: …", "THE JUDGE: …") among the other turns of a transcript,
  or a headline's ("Witness: 'I saw it'", "Rovers boss: '…'") when it quotes; a kicker
  ("Flood: …"), a newsroom's label ("Update: …"), a dateline opening a story ("MUMBAI: …")
  and a heading that ends with a date ("Morning Report: Interview with the Mayor, 2 December
  2026") name no one; a label in initials ("MO: …") is the person named before whom they write;
- in a Q&A transcript the "A:" lines, or the paragraphs under each question when no label
  is printed, are the answers of whom the intro says was interviewed; in a chunk of a long
  text that the Q&A began before (:func:`interview_start`), of whom an earlier chunk's intro
  names;
- on a letters page, a letter greeting the editor ("Sir, …") and signed under it ("Peter
  Hollis, Kennington") is its signer's;
- in a vox pop, a quotation after a name, who they are and a colon ("Ellen Marsh, 34, a nurse:
  “…”") is that person's.

The modules, lowest first: ``turns`` holds :class:`Turn` and the marks a chunk carries when its
Q&A began before it; ``initials`` finds whom a label in initials stands for; ``labels`` reads
the lines a label opens; ``interviewees`` finds whom an intro says was interviewed;
``interviews`` gives a Q&A's answers to them, each running on over the paragraphs under it up to
the writer's own prose again; ``running`` runs a transcript's labelled turns on so too;
``letters`` finds a letters page's letters, ``vox_pops`` a vox pop's answers. A name with a
leading underscore is the package's own: its modules share it, and only they and their tests
use it.
"""
