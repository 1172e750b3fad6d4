#!/usr/bin/env python3
"""Build samples/starter-memory.tmx from samples/starter-memory.tools/translations.tsv.

The table has a header row and three tab-separated columns:

    segment_id    source    target

segment_id is "<sample prefix>:<segment id>", e.g. "000:b2.s1" for segment b2.s1 of
samples/000_*.txt. source must be exactly the segment text that the product's
segmenter produces (publish segment ... --format json); the script checks this
and fails otherwise. No quoting: fields must not contain tabs or line breaks.

Usage (from the repository root, after `dotnet build src/Publish.Cli -v q`):

    python3 samples/starter-memory.tools/build_tmx.py
    python3 samples/starter-memory.tools/build_tmx.py --json 000=/tmp/000.json --json 002=/tmp/002.json

Without --json for a sample, the segmenter is run through the CLI
(dotnet src/Publish.Cli/bin/Debug/net10.0/publish.dll segment <sample> --format json).
Python 3 standard library only.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DEFAULT_TABLE = os.path.join(HERE, "translations.tsv")
DEFAULT_OUT = os.path.join(ROOT, "samples", "starter-memory.tmx")
DEFAULT_DLL = os.path.join(ROOT, "src", "Publish.Cli", "bin", "Debug", "net10.0", "publish.dll")

SRC_LANG = "nl-NL"
TGT_LANG = "en-GB"

# Characters not allowed in XML 1.0 documents.
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def fail(msg):
    sys.stderr.write("build_tmx: error: " + msg + "\n")
    sys.exit(1)


def esc_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_attr(s):
    return esc_text(s).replace('"', "&quot;")


def read_table(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        fail(f"{path}: empty table")
    header = lines[0].lstrip("\ufeff").split("\t")
    if header != ["segment_id", "source", "target"]:
        fail(f"{path}: header must be 'segment_id<TAB>source<TAB>target', got {header!r}")
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        if line.endswith("\r"):
            fail(f"{path}:{n}: CRLF line ending")
        cols = line.split("\t")
        if len(cols) != 3:
            fail(f"{path}:{n}: expected 3 tab-separated columns, got {len(cols)}")
        sid, src, tgt = cols
        m = re.fullmatch(r"(\d{3}):(\S+)", sid)
        if not m:
            fail(f"{path}:{n}: bad segment_id {sid!r} (want e.g. 000:b2.s1)")
        if sid in seen:
            fail(f"{path}:{n}: duplicate segment_id {sid}")
        seen.add(sid)
        if not tgt.strip():
            fail(f"{path}:{n}: empty target for {sid}")
        if tgt != tgt.strip():
            fail(f"{path}:{n}: leading/trailing whitespace in target for {sid}")
        for col, val in (("source", src), ("target", tgt)):
            if INVALID_XML.search(val):
                fail(f"{path}:{n}: character not allowed in XML in {col} of {sid}")
        rows.append({"line": n, "sample": m.group(1), "seg": m.group(2), "sid": sid,
                     "source": src, "target": tgt})
    return rows


def sample_file(prefix):
    hits = sorted(glob.glob(os.path.join(ROOT, "samples", prefix + "_*.txt")))
    if len(hits) != 1:
        fail(f"sample {prefix}: expected exactly one samples/{prefix}_*.txt, found {len(hits)}")
    return hits[0]


def load_segments(prefix, json_path, dll):
    if json_path:
        with open(json_path, encoding="utf-8") as f:
            doc = json.load(f)
    else:
        rel = os.path.relpath(sample_file(prefix), ROOT)
        if not os.path.exists(dll):
            fail(f"{dll} not found: run 'dotnet build src/Publish.Cli -v q' or pass --json")
        proc = subprocess.run(["dotnet", dll, "segment", rel, "--format", "json"], cwd=ROOT,
                              capture_output=True, text=True, encoding="utf-8")
        if proc.returncode != 0:
            fail(f"segmenting {rel} failed ({proc.returncode}): {proc.stderr.strip()}")
        doc = json.loads(proc.stdout)
    order = []
    texts = {}
    for block in doc["blocks"]:
        for seg in block["segments"]:
            texts[seg["id"]] = seg["text"]
            order.append(seg["id"])
    return order, texts, set(texts.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--table", default=DEFAULT_TABLE)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--dll", default=DEFAULT_DLL)
    ap.add_argument("--json", action="append", default=[], metavar="PREFIX=PATH",
                    help="use this segmenter JSON for a sample instead of running the CLI")
    args = ap.parse_args()

    json_paths = {}
    for item in args.json:
        if "=" not in item:
            fail(f"--json expects PREFIX=PATH, got {item!r}")
        k, v = item.split("=", 1)
        json_paths[k] = v

    rows = read_table(args.table)
    samples = sorted({r["sample"] for r in rows})
    docs = {}
    errors = []
    for prefix in samples:
        order, texts, alltexts = load_segments(prefix, json_paths.get(prefix), args.dll)
        docs[prefix] = (os.path.basename(sample_file(prefix)), order)
        for r in (r for r in rows if r["sample"] == prefix):
            if r["source"] not in alltexts:
                errors.append(f"line {r['line']}: source of {r['sid']} is not a segment text of sample {prefix}")
            elif texts.get(r["seg"]) != r["source"]:
                errors.append(f"line {r['line']}: source of {r['sid']} does not match the text of segment {r['seg']}")
    if errors:
        fail("source check failed:\n  " + "\n  ".join(errors))

    # Units in document order.
    by_sid = {r["sid"]: r for r in rows}
    units = []
    for prefix in samples:
        name, order = docs[prefix]
        for seg in order:
            r = by_sid.get(f"{prefix}:{seg}")
            if r:
                units.append((name, r))

    out = []
    out.append('<?xml version="1.0" encoding="UTF-8"?>')
    out.append('<tmx version="1.4">')
    out.append('  <header creationtool="Publish starter memory" creationtoolversion="1" '
               'segtype="sentence" o-tmf="publish" adminlang="en" '
               f'srclang="{SRC_LANG}" datatype="plaintext"/>')
    out.append("  <body>")
    for name, r in units:
        out.append("    <tu>")
        out.append(f'      <prop type="x-document">{esc_text(name)}</prop>')
        out.append(f'      <prop type="x-segment-id">{esc_text(r["seg"])}</prop>')
        out.append(f'      <tuv xml:lang="{SRC_LANG}"><seg>{esc_text(r["source"])}</seg></tuv>')
        out.append(f'      <tuv xml:lang="{TGT_LANG}"><seg>{esc_text(r["target"])}</seg></tuv>')
        out.append("    </tu>")
    out.append("  </body>")
    out.append("</tmx>")
    data = ("\n".join(out) + "\n").encode("utf-8")  # UTF-8, no BOM
    with open(args.out, "wb") as f:
        f.write(data)

    counts = {}
    for name, _ in units:
        counts[name] = counts.get(name, 0) + 1
    for name in sorted(counts):
        print(f"{name}: {counts[name]} translation units")
    print(f"wrote {os.path.relpath(args.out, ROOT)} ({len(units)} translation units)")


if __name__ == "__main__":
    main()
