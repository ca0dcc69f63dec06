#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora from the shared corpora and the project's own test data.

    fuzz/make_seeds.py SHARED_DIR REPO_DIR OUT_DIR

OUT_DIR/extract/: one file per text (fuzz_extract's format: an options byte, then the text;
long texts cut into 4 KB pieces at line breaks). OUT_DIR/json/: input documents as JSON (one
document, arrays, {"documents": [...]}), the shapes documents_from_json reads.
"""
import glob
import hashlib
import json
import os
import sys

shared, repo, out = sys.argv[1:4]
MAX = 4096


def texts():
    """(text, dct, lang) from every corpus, in a fixed order."""
    for name in ("timebank", "aquaint"):
        with open(os.path.join(shared, "corpus/te3", name + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                yield d["text"], d.get("dct"), "en"
    for lang in ("ar", "en", "fr", "es", "de"):
        with open(os.path.join(shared, "corpus/duckling", f"duckling_{lang}.jsonl"), encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                yield d["text"], d["reftime"][:19], lang
    golds = [os.path.join(shared, "corpus/seed/seed.gold.json")]
    golds += sorted(glob.glob(os.path.join(repo, "tests/gold/articles/*.gold.json")))
    for gold in golds:
        with open(gold, encoding="utf-8") as f:
            for d in json.load(f):
                yield d["text"], d.get("dct"), d.get("lang")
    for lang in ("ar", "en", "fr"):
        path = os.path.join(repo, "core/lang", lang, "corpus.jsonl")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        d = json.loads(line)
                        yield d["text"], d.get("dct"), lang


def pieces(text):
    data = text.encode("utf-8")
    while data:
        cut = len(data) if len(data) <= MAX else data.rfind(b"\n", 0, MAX) + 1 or MAX
        piece, data = data[:cut], data[cut:]
        yield piece


def write(folder, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


LANG_BITS = {"ar": 1, "en": 2, "fr": 3}
batch = []
for i, (text, dct, lang) in enumerate(texts()):
    # Options byte: the language when known, a given dct or detection, one or several documents.
    flags = LANG_BITS.get(lang, 0) if i % 3 else 0
    flags |= (4 if dct and i % 2 else 0)
    for piece in pieces(text):
        write(os.path.join(out, "extract"), bytes([flags]) + piece)
    doc = {"id": f"d{i}", "text": text[:MAX], "dct": dct, "lang": lang if i % 2 else "auto"}
    write(os.path.join(out, "json"), json.dumps(doc, ensure_ascii=bool(i % 2)).encode("utf-8"))
    batch.append(doc)
    if len(batch) == 4:
        form = {"documents": batch} if i % 8 == 3 else batch
        write(os.path.join(out, "json"), json.dumps(form, ensure_ascii=False).encode("utf-8"))
        batch = []
print(f"seeds: {len(os.listdir(os.path.join(out, 'extract')))} extract, {len(os.listdir(os.path.join(out, 'json')))} json")
