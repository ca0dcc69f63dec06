#!/usr/bin/env python3
"""Score publication-date (DCT) detection on article heads (tests/dct/datelines.jsonl).

Usage: score_dct.py [--verbose] DATELINES.jsonl -- CMD...
Each line {"id", "lang", "text", "dct"} is sent to CMD without a dct; the output's "dct" must
equal the expected date, or be null (with dct_source "none") where the expected dct is null.
The last line is "SCORE exact=.. found=.. negatives=..".
"""
import json, sys

import extractor


def main():
    opts, path, cmd = extractor.parse_args(sys.argv[1:], __doc__)
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    out = extractor.run(cmd, [{"id": r["id"], "text": r["text"], "lang": r["lang"]} for r in rows])
    ok = pos = found = neg = neg_ok = 0
    for r in rows:
        got = out.get(r["id"], {})
        want = r["dct"]
        right = got.get("dct") == want and (want is not None or got.get("dct_source") == "none")
        ok += right
        if want is None:
            neg += 1
            neg_ok += right
        else:
            pos += 1
            found += right
        if not right and "--verbose" in opts:
            print(f"  [{r['id']}] want {want}, got {got.get('dct')} ({got.get('dct_source')}): {r['text'][:80]!r}")
    f = extractor.ratio
    print(f"cases={len(rows)} with_date={pos} without={neg}")
    print(f"SCORE exact={f(ok, len(rows)):.3f} found={f(found, pos):.3f} negatives={f(neg_ok, neg):.3f}")


if __name__ == "__main__":
    main()
