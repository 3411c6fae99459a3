"""The reader: a Textual app. Importing it never imports spaCy or trafilatura."""
