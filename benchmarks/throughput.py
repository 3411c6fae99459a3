"""Throughput of the `newslens extract` path against a bare `nlp.pipe` of the same model.

    python benchmarks/throughput.py PATH/polnear-dev.jsonl [--repeat 2]

Both sides get the same texts (the ``text`` of every line of the file) in one process, after
the model is loaded and warmed up on a few texts: the bare side is ``list(nlp.pipe(texts))``
with the model as installed; the newslens side is what `newslens extract --format jsonl`
does after loading the sources: ``analyze_many`` (the newslens components, figures, claims,
boilerplate, chunking) and the JSON rendering of every record. With ``--repeat N`` each side
runs N times, alternating, and the best time of each counts. Each run loads its model afresh,
so that no run finds what an earlier one remembered of these texts (the lemmatizer's lemmas,
the attribute rules' answers for each word): each is one `newslens extract` of the set.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import spacy
from spacy.language import Language

from newslens.analysis.pipeline import analysis_pipeline, analyze_many
from newslens.analysis.spacy_model import PYPI_MODEL, model_name
from newslens.article import Article
from newslens.report import render


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--bare-batch-size",
        type=int,
        default=None,
        help="batch size of the bare nlp.pipe (default: spaCy's; newslens uses BATCH_SIZE)",
    )
    args = parser.parse_args()
    lines = [json.loads(line) for line in args.path.read_text("utf-8").splitlines() if line]
    texts = [line["text"] for line in lines]
    words = sum(len(text.split()) for text in texts)
    name = model_name(args.model or PYPI_MODEL)

    articles = [
        Article(text=text, source=str(line.get("id", i)))
        for i, (line, text) in enumerate(zip(lines, texts, strict=True))
    ]

    def run_bare(nlp: Language) -> None:
        options = {} if args.bare_batch_size is None else {"batch_size": args.bare_batch_size}
        for _ in nlp.pipe(texts, **options):
            pass

    def run_newslens(nlp: Language) -> None:
        for article, analysis in zip(articles, analyze_many(articles, nlp=nlp), strict=True):
            render(article, analysis, "jsonl")

    def loaded(label: str) -> Language:
        """The side's model loaded afresh and warmed up on the first three texts."""
        if label == "bare":
            nlp = spacy.load(name)
            list(nlp.pipe(texts[:3]))
        else:
            nlp = analysis_pipeline(spacy.load(name))
            list(analyze_many(articles[:3], nlp=nlp))
        return nlp

    best = {"bare": float("inf"), "newslens": float("inf")}
    for _ in range(args.repeat):
        for label, run in (("bare", run_bare), ("newslens", run_newslens)):
            nlp = loaded(label)
            start = time.perf_counter()
            run(nlp)
            best[label] = min(best[label], time.perf_counter() - start)
    print(f"{len(texts)} texts, {words:,} words, model {name}")
    for label, seconds in best.items():
        print(f"{label:<9} {seconds:7.2f} s  {words / seconds:8,.0f} words/s")
    print(f"ratio newslens / bare: {best['newslens'] / best['bare']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
