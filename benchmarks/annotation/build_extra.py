#!/usr/bin/env python3
"""Build benchmarks/verdicts_extra_dev.jsonl from the hand annotations in extra_annotations.py.

The annotations name each span by its exact text (plus an occurrence index when the text repeats);
this script turns them into Python offsets into the story's and the release's `text`, checks
`story_text[start:end] == text` for every item, and writes one JSON object a line in the schema of
../shared/data/insciout/verdicts_dev.jsonl. Standard library only; reads only the data files.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from extra_annotations import STORIES  # noqa: E402

DATA = Path("/work/shared/data/insciout")
OUT = HERE.parent / "verdicts_extra_dev.jsonl"


def locate(hay, needle, occ=0, what=""):
    # no-break spaces are matched as spaces (same length, so offsets stay exact)
    hay, needle = hay.replace("\xa0", " "), needle.replace("\xa0", " ")
    pos = -1
    for _ in range(occ + 1):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            raise SystemExit(f"not found ({what}): {needle[:80]!r}")
    return pos, pos + len(needle)


def rel_span(rel_text, rel, sid):
    if rel is None:
        return None, None
    if isinstance(rel, tuple):  # (first words, last words) of a longer release passage
        s, _ = locate(rel_text, rel[0], what=sid + " release")
        _, e = locate(rel_text[s:], rel[1], what=sid + " release end")
        return s, s + e
    return locate(rel_text, rel, what=sid + " release")


def main(stories=STORIES, out_path=OUT):
    news = {}
    for line in (DATA / "news_dev.jsonl").read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        d = json.loads(line)
        news[d["id"]] = d
    rels = {}
    for line in (DATA / "press_releases.jsonl").read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        d = json.loads(line)
        rels[d["id"]] = d["text"]
    out = []
    for st in stories:
        story = news[st["story_id"]]
        text, rtext = story["text"], rels[story["true_source"]]
        rec = {
            "story_id": st["story_id"],
            "release_id": story["true_source"],
            "story_note": st.get("story_note"),
            "quotes": [],
            "claims": [],
        }
        for kind in ("quotes", "claims"):
            for it in st.get(kind, []):
                s, e = locate(text, it["text"], it.get("occ", 0), st["story_id"])
                assert text[s:e].replace("\xa0", " ") == it["text"].replace("\xa0", " ")
                rs, re_ = rel_span(rtext, it.get("rel"), st["story_id"])
                item = {
                    "start": s,
                    "end": e,
                    "text": text[s:e],
                    "speaker": it["speaker"],
                    "speaker_kind": it["kind"],
                    "truth": it["truth"],
                    "release_start": rs,
                    "release_end": re_,
                }
                if kind == "quotes":
                    item["edits"] = [
                        dict(kind=k, release_text=r, quote_text=q, significant=sig)
                        for k, r, q, sig in it.get("edits", [])
                    ]
                else:
                    item["how"] = it.get("how")
                item["note"] = it.get("note")
                if it["truth"] in ("not_in_release",):
                    assert rs is None, (st["story_id"], it["text"][:40])
                else:
                    assert rs is not None, (st["story_id"], it["text"][:40])
                if kind == "claims":
                    assert (item["how"] is not None) == (it["truth"] == "distorted"), it["text"][
                        :40
                    ]
                rec[kind].append(item)
            rec[kind].sort(key=lambda x: x["start"])
        out.append(rec)
    with open(out_path, "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} stories to {out_path}")


if __name__ == "__main__":
    main()
