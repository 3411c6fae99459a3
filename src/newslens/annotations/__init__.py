"""Annotations: tags and notes on an article, kept in a local SQLite store.

Imports neither spaCy nor Textual. The reader calls the store synchronously:
each user action is one short transaction, committed before the call returns.

- ``model``: Annotation, Document, Tag, TagSet, TargetKind, NOT_A_CLAIM,
  hidden_claims() — plain frozen dataclasses.
- ``tags``: DEFAULT_TAGS (1 verified … 6 opinion), load_tagset(config.tags),
  clean_tag_name() for a tag typed in the picker.
- ``store``: open_store(config) / AnnotationStore.open(); open_document(article)
  → Opened(annotations, orphans, moved, fuzzy); tag / toggle_tag / untag /
  set_note / set_claimant / delete; undo / redo (persisted); search; documents;
  article(fingerprint) to reopen a stored article; notices and readonly_reason
  to show the user.
- ``anchoring``: TextQuote/TextPosition selectors and re-anchoring (used by the store).
- ``exports``: render_* functions per format (pure), ``exports.files.export`` for
  writing one; ``commands``: the ``newslens export|import|annotations`` commands.
"""
