"""Who-said-what accuracy of newslens on a file in the eval format (e.g. polnear-dev.jsonl).

    python benchmarks/accuracy.py PATH/polnear-dev.jsonl [--out predictions.jsonl]
    python benchmarks/accuracy.py PATH/seed-gold.json

Analyses every article's text with ``analyze_many`` (the path ``newslens extract`` takes),
writes the predictions in the same shape, and prints the metrics of
``score_attributions.py``. The data stays where it is: nothing of it enters the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from newslens.analysis.pipeline import analyze_many
from newslens.article import Article
from newslens.report import quote_record
from score_attributions import load, metrics, render, score


def predict(gold_path: Path, out: Path) -> None:
    docs = load(gold_path)  # JSON lines, a list, or one article (seed-gold.json)
    articles = [Article(text=doc["text"], source=doc_id) for doc_id, doc in docs.items()]
    with out.open("w", encoding="utf-8") as handle:
        for doc_id, analysis in zip(docs, analyze_many(articles), strict=True):
            quotes = [quote_record(q) for q in analysis.quotes]
            handle.write(json.dumps({"id": doc_id, "quotes": quotes}) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path, help="keep the predictions in this file")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkstemp(suffix=".jsonl")[1])
    predict(args.gold, out)
    print(render(metrics(score(load(args.gold), load(out)))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
