#!/usr/bin/env python3
"""Build benchmarks/verdicts_blind6_dev.jsonl from the hand annotations in blind6_annotations.py.

The same procedure as build_extra.py (spans located by their exact text, offsets checked),
applied to the sixth blind set. Standard library only; reads only the data files.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from blind6_annotations import STORIES  # noqa: E402
from build_extra import main  # noqa: E402

OUT = HERE.parent / "verdicts_blind6_dev.jsonl"

if __name__ == "__main__":
    main(STORIES, OUT)
