"""Choose the tagger's training settings on a NewsFANE dev split, never on the held-out 20%
(nor on the dev articles of ../shared/gold):

    python scripts/ner_tune.py ../shared/ner/NewsFANE_Gold_2014_170K.txt \\
        '{"c1": 0.05, "c2": 0.05}' '{"c1": 0.1, "c2": 0.01}' --work /tmp/ner-tune

Each setting (JSON, over `ner_train.PARAMS`; `{"clusters": true}` adds the word clusters
of `kg/data/ner/clusters.tsv.gz`, `{"mask_names": true}` a masked copy of each sentence)
trains on 80% of the training runs (`ner_train.dev_split`) and is scored on the other 20%:
exact-span F1 per coarse class, with the in-document linking (and PER without it), plus
the model's size.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kg.pipeline.annotate.ner_train import PARAMS, dev_split, score_model, train_model
from kg.pipeline.annotate.newsfane import sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("settings", nargs="+", help="JSON objects over ner_train.PARAMS")
    parser.add_argument("--work", type=Path, default=Path("/tmp/ner-tune"))
    args = parser.parse_args()
    train, dev = dev_split(list(sentences(args.corpus)))
    args.work.mkdir(parents=True, exist_ok=True)
    for n, setting in enumerate(args.settings):
        params = {**PARAMS, **json.loads(setting)}
        started = time.process_time()
        model = train_model(train, args.work / f"dev{n}.crfsuite", params=params)
        seconds = time.process_time() - started
        linked, alone = score_model(model, dev), score_model(model, dev, link=False)
        per = linked.spans["PER"]
        others = " ".join(f"{k} {linked.spans[k].f1:.3f}" for k in ("ORG", "GPE", "LOC"))
        print(
            f"{setting}: PER P {per.precision:.3f} R {per.recall:.3f} F1 {per.f1:.3f}"
            f" (unlinked {alone.spans['PER'].f1:.3f}); {others};"
            f" {model.stat().st_size / 1e6:.1f} MB, {seconds:.0f} s",
            flush=True,
        )


if __name__ == "__main__":
    main()
