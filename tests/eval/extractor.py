"""What the project's own scorers share: their command line and running the extractor.

parse_args(argv, doc) -> (options, path, command) for "score_x.py [--verbose] PATH -- CMD...";
run(command, documents) -> {id: result} sends the documents as JSON lines and reads the results;
ratio(a, b) is a share that is 0 when there is nothing to share;
overlapping(timexes, begin, end) the system timexes that overlap a gold span.
"""
import json, subprocess, sys


def parse_args(argv, doc):
    if "--" not in argv:
        sys.exit(doc)
    cut = argv.index("--")
    opts, cmd = argv[:cut], argv[cut + 1:]
    paths = [a for a in opts if not a.startswith("--")]
    if not paths or not cmd:
        sys.exit(doc)
    return opts, paths[0], cmd


def run(cmd, documents, timeout=600):
    feed = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents)
    done = subprocess.run(cmd, input=feed.encode(), capture_output=True, timeout=timeout)
    if done.returncode != 0:
        sys.exit(f"extractor failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")
    out = {}
    for line in done.stdout.decode().splitlines():
        if line.strip():
            r = json.loads(line)
            out[r.get("id")] = r
    return out


def ratio(a, b):
    return a / b if b else 0.0


def overlapping(timexes, begin, end):
    return [t for t in timexes if min(t["end"], end) > max(t["begin"], begin)]
