#!/usr/bin/env python3
"""Score an extractor on Microsoft Recognizers-Text DateTime specs (../corpus/recognizers/<Language>/).

Usage: score_recognizers.py [--verbose] SPEC_DIR -- CMD...
Every case of every *.json file is sent to CMD as one document of the JSON-lines contract, with
the case's ReferenceDateTime as its dct. Figures:
  detected   share of expected results overlapped by a system timex
  value      share of expected results with a resolution whose overlapping timex has one of its
             values (the Timex, a past/future resolution, or any listed value; a time "T07:15"
             matches a system value ending in "T07:15")
  negatives  share of cases expecting nothing that yield no timex
Cases whose resolution the specs mark IgnoreResolution count for detection only.
The last line is "SCORE detected=.. value=.. negatives=..".
"""
import glob, json, os, sys

import extractor

LANGS = {"Arabic": "ar", "English": "en", "French": "fr", "Spanish": "es", "German": "de"}


def accepted(result):
    v = result.get("Value") or result.get("Resolution") or {}
    out = set()
    if v.get("Timex"):
        out.add(v["Timex"])
        if v["Timex"].startswith("("):  # a range "(start,end,duration)": its start
            out.add(v["Timex"][1:].split(",")[0])
    for key in ("FutureResolution", "PastResolution"):
        for x in (v.get(key) or {}).values():
            out.add(x)
    for item in v.get("values", []):
        for key in ("timex", "value", "start"):
            if item.get(key):
                out.add(item[key])
    return {a for a in out if isinstance(a, str)}


def matches(value, wanted):
    for w in wanted:
        w2 = w[:-3] if w.endswith(":00") and len(w) > 8 else w
        if value == w or value == w2 or (w.startswith("T") and value.endswith(w2)) or value.replace(" ", "T") == w:
            return True
    return False


def main():
    opts, spec_dir, cmd = extractor.parse_args(sys.argv[1:], __doc__)
    lang = LANGS.get(os.path.basename(os.path.normpath(spec_dir)), "auto")
    cases = []
    for path in sorted(glob.glob(os.path.join(spec_dir, "*.json"))):
        for case in json.load(open(path, encoding="utf-8-sig")):
            case["_file"] = os.path.basename(path)
            cases.append(case)
    out = extractor.run(cmd, [{"id": str(i), "text": c["Input"], "lang": lang,
                               "dct": (c.get("Context") or {}).get("ReferenceDateTime", "2016-11-07T00:00:00")[:19]}
                              for i, c in enumerate(cases)])
    pos = det = nval = val = neg = negok = 0
    for i, c in enumerate(cases):
        tx = out.get(str(i), {}).get("timexes", [])
        results = c.get("Results") or []
        if not results:
            neg += 1
            negok += not tx
            continue
        for r in results:
            pos += 1
            b = r.get("Start", c["Input"].find(r["Text"]))
            e = b + r.get("Length", len(r["Text"]))
            cover = extractor.overlapping(tx, b, e)
            det += bool(cover)
            wanted = accepted(r)
            if wanted and c.get("IgnoreResolution") != "true":
                nval += 1
                ok = any(matches(t["value"], wanted) for t in cover)
                val += ok
                if not ok and "--verbose" in opts:
                    print(f"  {c['_file']} {c['Input']!r} [{r['Text']}]: want {sorted(wanted)[:3]}, got {[(t['text'], t['value']) for t in cover]}")
    f = extractor.ratio
    print(f"cases={len(cases)} results={pos} with_resolution={nval} negative_cases={neg}")
    print(f"SCORE detected={f(det, pos):.3f} value={f(val, nval):.3f} negatives={f(negok, neg):.3f}")


if __name__ == "__main__":
    main()
