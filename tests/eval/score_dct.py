#!/usr/bin/env python3
"""Score publication-date (DCT) detection on article heads (tests/dct/datelines.jsonl).

Usage: score_dct.py [--verbose] DATELINES.jsonl -- CMD...
Each line {"id", "lang", "text", "dct"} is sent to CMD without a dct; the output's "dct" must
equal the expected date, or be null (with dct_source "none") where the expected dct is null.
The last line is "SCORE exact=.. found=.. negatives=..".
"""
import json, subprocess, sys


def main():
    args = sys.argv[1:]
    if "--" not in args:
        sys.exit(__doc__)
    cut = args.index("--")
    opts, cmd = args[:cut], args[cut + 1:]
    path = [a for a in opts if not a.startswith("--")][0]
    rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    feed = "".join(json.dumps({"id": r["id"], "text": r["text"], "lang": r["lang"]}, ensure_ascii=False) + "\n" for r in rows)
    run = subprocess.run(cmd, input=feed.encode(), capture_output=True, timeout=600)
    if run.returncode != 0:
        sys.exit(f"extractor failed ({run.returncode}): {run.stderr.decode(errors='replace')[-2000:]}")
    out = {json.loads(l)["id"]: json.loads(l) for l in run.stdout.decode().splitlines() if l.strip()}
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
    f = lambda a, b: a / b if b else 0.0
    print(f"cases={len(rows)} with_date={pos} without={neg}")
    print(f"SCORE exact={f(ok, len(rows)):.3f} found={f(found, pos):.3f} negatives={f(neg_ok, neg):.3f}")


if __name__ == "__main__":
    main()
