#!/usr/bin/env python3
"""Run one of the shared scorers and fail when a figure is below its threshold.

Usage: check_score.py --min KEY=VALUE [--min KEY=VALUE ...] -- SCORER [SCORER ARGS...]

SCORER is run as given (e.g. `python3 ../shared/eval/score_gold.py GOLD -- tarikh extract
--jsonl`); its output is passed through, and its last line must be "SCORE key=value ...".
Exits 0 when every KEY named by --min is at least VALUE, 1 otherwise (or when the scorer fails).
"""
import argparse
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", action="append", default=[], metavar="KEY=VALUE",
                        help="fail when figure KEY is below VALUE")
    parser.add_argument("scorer", nargs=argparse.REMAINDER, help="-- SCORER ARGS...")
    args = parser.parse_args()
    scorer = args.scorer[1:] if args.scorer[:1] == ["--"] else args.scorer
    if not scorer or not args.min:
        parser.error("need at least one --min KEY=VALUE and a scorer command after --")
    thresholds = {}
    for item in args.min:
        key, sep, value = item.partition("=")
        if not sep:
            parser.error(f"--min expects KEY=VALUE, got {item!r}")
        thresholds[key] = float(value)

    run = subprocess.run(scorer, capture_output=True, text=True)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    if run.returncode != 0:
        sys.exit(f"check_score: scorer exited with {run.returncode}")
    lines = run.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("SCORE"):
        sys.exit("check_score: the scorer printed no SCORE line")
    figures = dict(field.split("=", 1) for field in lines[-1].split()[1:])

    failed = False
    for key, minimum in thresholds.items():
        if key not in figures:
            print(f"check_score: no figure {key!r} in: {lines[-1]}")
            failed = True
            continue
        ok = float(figures[key]) >= minimum
        print(f"check_score: {key} = {figures[key]} (min {minimum}) {'ok' if ok else 'BELOW THRESHOLD'}")
        failed |= not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
