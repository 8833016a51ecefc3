#!/usr/bin/env python3
"""check_queries.py - mechanical checks on bench/ranking/queries.tsv.

    check_queries.py UNITS.jsonl QUERIES.tsv

UNITS.jsonl is `evidex-index --dump --corpus corpus`.  Every answer id must
name a unit; no query may share three consecutive words (folded, split on
anything but letters and digits) with the text, title or section of any of
its answers, so the set measures a user's words, not the report's.  Exit 1
on any failure, listing each.
"""
import json, re, sys

def words(s):
    return re.findall(r"[a-z0-9]+", (s or "").lower())

def trigrams(ws):
    return {tuple(ws[i:i + 3]) for i in range(len(ws) - 2)}

def main(units_path, queries_path):
    text = {}
    for line in open(units_path, encoding="utf-8"):
        u = json.loads(line)
        text[u["id"]] = " ".join(str(u.get(k) or "") for k in ("text", "title", "section"))
    bad = 0
    for n, line in enumerate(open(queries_path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        query, rel, split = line.rstrip("\n").split("\t")
        if split not in ("tune", "heldout", "blind", "blind2"):
            print(f"{n}: split must be tune, heldout, blind or blind2: {split}"); bad += 1
        q3 = trigrams(words(query))
        for item in rel.split():
            uid, _, grade = item.rpartition(":")
            if uid not in text or grade not in ("1", "2"):
                print(f"{n}: bad answer {item}"); bad += 1; continue
            shared = q3 & trigrams(words(text[uid]))
            if shared:
                print(f"{n}: '{query}' shares '{' '.join(next(iter(shared)))}' with {uid}"); bad += 1
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
