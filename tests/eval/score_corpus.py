#!/usr/bin/env python3
"""Score an extractor on a language folder's own corpus (core/lang/<code>/corpus.jsonl).

Usage: score_corpus.py [--verbose] CORPUS.jsonl -- CMD...
Each line {"text", "dct", "timexes": [{"text", "value", "prefix"?, "end"?}]} is sent to CMD as one
document of the JSON-lines contract (language from the folder name). Figures:
  detected   share of gold timexes overlapped by a system timex
  value      share of gold timexes whose overlapping system timex has the gold value
             (a finer value passes where the gold says "prefix": true)
  precision  share of system timexes that overlap a gold timex
  negatives  share of examples without gold timexes that yield none
The last line is "SCORE detected=.. value=.. precision=.. negatives=..".
"""
import json, os, sys

import extractor


def spans(text, timexes):
    out, pos = [], 0
    for t in timexes:
        at = text.find(t["text"], pos)
        if at < 0:
            at = text.find(t["text"])
        out.append((at, at + len(t["text"])))
        pos = at + 1
    return out


def main():
    opts, path, cmd = extractor.parse_args(sys.argv[1:], __doc__)
    verbose = "--verbose" in opts
    lang = os.path.basename(os.path.dirname(os.path.abspath(path)))
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    out = extractor.run(cmd, [{"id": str(i), "text": r["text"], "dct": r["dct"], "lang": lang} for i, r in enumerate(rows)])
    gold = det = val = sys_n = sys_ok = neg = neg_ok = 0
    for i, r in enumerate(rows):
        tx = out.get(str(i), {}).get("timexes", [])
        if not r["timexes"]:
            neg += 1
            neg_ok += not tx
            if tx and verbose:
                print(f"  FALSE {r['text']!r}: {[(t['text'], t['value']) for t in tx]}")
            continue
        gs = spans(r["text"], r["timexes"])
        sys_n += len(tx)
        sys_ok += sum(any(extractor.overlapping([t], b, e) for b, e in gs) for t in tx)
        for g, (b, e) in zip(r["timexes"], gs):
            gold += 1
            cover = extractor.overlapping(tx, b, e)
            det += bool(cover)
            ok = any(t["value"] == g["value"] or (g.get("prefix") and t["value"].startswith(g["value"])) for t in cover)
            val += ok
            if not ok and verbose:
                print(f"  {r['text']!r} [{g['text']}]: want {g['value']}, got {[(t['text'], t['value']) for t in cover] or 'nothing'}")
    f = extractor.ratio
    print(f"examples={len(rows)} gold_timexes={gold} system_timexes={sys_n} negatives={neg}")
    print(f"SCORE detected={f(det, gold):.3f} value={f(val, gold):.3f} precision={f(sys_ok, sys_n):.3f} negatives={f(neg_ok, neg):.3f}")


if __name__ == "__main__":
    main()
