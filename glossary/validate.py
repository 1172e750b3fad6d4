#!/usr/bin/env python3
"""Validate the managed glossary (glossary/*.tsv) against the rules in glossary/README.md.

Usage:
    python3 glossary/validate.py [--strict] [PATH ...]

PATH may be a directory (all *.tsv files in it, in file-name order) or a .tsv file.
Default: the folder this script is in. Prints one line per problem as
``file:line: error|warning: message`` and exits 1 when there are errors
(with --strict, also when there are warnings). Python 3 standard library only.
"""
import os
import re
import sys
import unicodedata

COLUMNS = ["id", "nl", "variants", "en", "forbidden", "kind", "case",
           "compounds", "domain", "note", "source"]
REQUIRED = ["id", "nl", "en", "kind", "case", "compounds"]
KINDS = {"acronym", "name", "title", "term"}
CASES = {"sensitive", "insensitive"}
COMPOUNDS = {"none", "hyphen", "closed"}
DOMAINS = {"nato", "eu", "parliament", "government", "diplomacy", "defence",
           "security", "general"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
URL_RE = re.compile(r"^https?://[^\s/]+\.[^\s/]+(?:/\S*)?$")


class Report:
    def __init__(self):
        self.errors = 0
        self.warnings = 0

    def error(self, path, line, msg):
        self.errors += 1
        print(f"{path}:{line}: error: {msg}")

    def warn(self, path, line, msg):
        self.warnings += 1
        print(f"{path}:{line}: warning: {msg}")


def split_list(value):
    return [] if value == "" else value.split("|")


def fold(form):
    return unicodedata.normalize("NFC", form).casefold()


def collect_files(args):
    here = os.path.dirname(os.path.abspath(__file__))
    targets = args or [here]
    files = []
    for t in targets:
        if os.path.isdir(t):
            files.extend(sorted(os.path.join(t, f) for f in os.listdir(t)
                                if f.endswith(".tsv")))
        else:
            files.append(t)
    return files


def check_list_field(rep, path, ln, name, value):
    items = split_list(value)
    seen = set()
    for item in items:
        if item == "":
            rep.error(path, ln, f"{name}: empty item (stray or doubled '|')")
        elif item != item.strip():
            rep.error(path, ln, f"{name}: item {item!r} has leading/trailing spaces")
        elif item in seen:
            rep.error(path, ln, f"{name}: item {item!r} listed twice")
        seen.add(item)
    return [i for i in items if i.strip()]


def validate(files, rep):
    ids = {}            # id -> (path, line)
    forms = {}          # folded form -> list of (form, entry)
    entries = 0
    for path in files:
        shown = os.path.relpath(path)
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
        except OSError as exc:
            rep.error(shown, 0, f"cannot read: {exc}")
            continue
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            rep.error(shown, 0, f"not valid UTF-8: {exc}")
            continue
        header_seen = False
        for ln, line in enumerate(text.split("\n"), start=1):
            if line.endswith("\r"):
                rep.error(shown, ln, "CR line ending (use LF only)")
                line = line[:-1]
            if "\r" in line or "\v" in line or "\f" in line or "\u2028" in line:
                rep.error(shown, ln, "line break character inside a line")
            if line.strip() == "" or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not header_seen:
                header_seen = True
                if cols != COLUMNS:
                    rep.error(shown, ln, "header must be exactly: " + "\\t".join(COLUMNS)
                              + f" (got {len(cols)} column(s): {' | '.join(cols)})")
                continue
            if len(cols) != len(COLUMNS):
                rep.error(shown, ln, f"expected {len(COLUMNS)} tab-separated columns, got {len(cols)}")
                continue
            e = dict(zip(COLUMNS, cols))
            e["_path"], e["_line"] = shown, ln
            entries += 1
            for c in COLUMNS:
                v = e[c]
                if v != v.strip():
                    rep.error(shown, ln, f"{c}: leading/trailing whitespace")
                if "  " in v:
                    rep.error(shown, ln, f"{c}: double space")
            for c in REQUIRED:
                if e[c].strip() == "":
                    rep.error(shown, ln, f"{c}: required column is empty")
            # id
            eid = e["id"]
            if eid and not ID_RE.match(eid):
                rep.error(shown, ln, f"id {eid!r}: only lower-case ASCII letters, digits and single hyphens")
            if eid in ids:
                p, l = ids[eid]
                rep.error(shown, ln, f"id {eid!r} already used at {p}:{l}")
            elif eid:
                ids[eid] = (shown, ln)
            # enumerations
            if e["kind"] and e["kind"] not in KINDS:
                rep.error(shown, ln, f"kind {e['kind']!r}: must be one of {', '.join(sorted(KINDS))}")
            if e["case"] and e["case"] not in CASES:
                rep.error(shown, ln, f"case {e['case']!r}: must be sensitive or insensitive")
            if e["compounds"] and e["compounds"] not in COMPOUNDS:
                rep.error(shown, ln, f"compounds {e['compounds']!r}: must be none, hyphen or closed")
            if e["kind"] == "acronym" and e["case"] != "sensitive":
                rep.error(shown, ln, "acronyms must be case: sensitive")
            if e["domain"] and e["domain"] not in DOMAINS:
                rep.error(shown, ln, f"domain {e['domain']!r}: expected one of {', '.join(sorted(DOMAINS))}")
            # lists
            variants = check_list_field(rep, shown, ln, "variants", e["variants"])
            forbidden = check_list_field(rep, shown, ln, "forbidden", e["forbidden"])
            for c in ("nl", "en", "kind", "case", "compounds", "domain", "id"):
                if "|" in e[c]:
                    rep.error(shown, ln, f"{c}: '|' is only allowed in variants and forbidden")
            if e["nl"] in variants:
                rep.error(shown, ln, f"variants: {e['nl']!r} repeats the lemma")
            if e["case"] == "insensitive":
                seen = {fold(e["nl"]): e["nl"]}
                for v in variants:
                    if fold(v) in seen and seen[fold(v)] != v:
                        rep.warn(shown, ln, f"variants: {v!r} differs from {seen[fold(v)]!r} only in case, redundant in a case-insensitive entry")
                    seen.setdefault(fold(v), v)
            if e["en"] and e["en"] in forbidden:
                rep.error(shown, ln, f"forbidden lists the preferred rendering {e['en']!r}")
            # source
            src = e["source"]
            if src == "":
                rep.warn(shown, ln, "source is empty (a public URL is recommended)")
            elif not URL_RE.match(src):
                rep.warn(shown, ln, f"source {src!r} is not an http(s) URL")
            # Dutch forms across entries
            if e["nl"]:
                for form in [e["nl"]] + variants:
                    forms.setdefault(fold(form), []).append((form, e))
        if not header_seen:
            rep.error(shown, 1, "no header line")
    # duplicate Dutch forms
    for key, hits in forms.items():
        if len(hits) < 2:
            continue
        for i in range(1, len(hits)):
            form_b, b = hits[i]
            for form_a, a in hits[:i]:
                if a is b:
                    continue
                same_spelling = form_a == form_b
                both_sensitive = a["case"] == "sensitive" and b["case"] == "sensitive"
                if not same_spelling and both_sensitive:
                    continue  # e.g. "Kamer" vs "kamer" in two case-sensitive entries: distinct forms
                where = f"{a['_path']}:{a['_line']} ({a['id']})"
                if a["en"] == b["en"]:
                    rep.error(b["_path"], b["_line"], f"Dutch form {form_b!r} already in {where} with the same rendering; the later entry can never win")
                elif not a["note"] or not b["note"]:
                    rep.error(b["_path"], b["_line"], f"Dutch form {form_b!r} also in {where} with another rendering ({a['en']!r} vs {b['en']!r}); both entries need a note explaining the context")
    return entries


def main(argv):
    strict = "--strict" in argv
    args = [a for a in argv if a != "--strict"]
    rep = Report()
    files = collect_files(args)
    if not files:
        print("no .tsv files found", file=sys.stderr)
        return 1
    n = validate(files, rep)
    print(f"{n} entries in {len(files)} file(s): {rep.errors} error(s), {rep.warnings} warning(s)",
          file=sys.stderr)
    if rep.errors or (strict and rep.warnings):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
