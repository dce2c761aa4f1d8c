#!/usr/bin/env python3
"""Write a verdict gold file in the prediction shape score_verdicts.py reads.

It checks that the gold loads and scores 1.0 against itself::

    python3 benchmarks/annotation/gold_as_pred.py benchmarks/verdicts_extra_dev.jsonl >/tmp/s.jsonl
    python3 ../shared/tools/score_verdicts.py benchmarks/verdicts_extra_dev.jsonl /tmp/s.jsonl
"""

import json
import sys
from pathlib import Path

for line in Path(sys.argv[1]).read_text(encoding="utf-8").split("\n"):
    if not line.strip():
        continue
    g = json.loads(line)
    nf = lambda t: "not_found" if t == "not_in_release" else t  # noqa: E731
    print(
        json.dumps(
            {
                "article": {"id": g["story_id"]},
                "quotes": [
                    {
                        "start": q["start"],
                        "end": q["end"],
                        "speaker": q["speaker"],
                        "verdict": nf(q["truth"]),
                        "edits": q["edits"],
                    }
                    for q in g["quotes"]
                ],
                "reported": [
                    {
                        "start": c["start"],
                        "end": c["end"],
                        "speaker": c["speaker"],
                        "verdict": nf(c["truth"]),
                    }
                    for c in g["claims"]
                ],
            },
            ensure_ascii=False,
        )
    )
