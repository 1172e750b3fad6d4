#!/usr/bin/env bash
# Regenerates nl-words.txt.gz, the Dutch full-form word list embedded in Publish.
# Provenance only: the product reads the embedded file and never needs Hunspell at run time.
#
# Requires (Debian): apt-get install -y hunspell hunspell-nl hunspell-tools python3
# Built with hunspell-nl 2:2.20.19-2 (OpenTaal), hunspell and hunspell-tools 1.7.1-1 (unmunch).
# Usage: ./build-lexicon.sh [path/to/nl.dic] [path/to/nl.aff]
set -euo pipefail

dic="${1:-/usr/share/hunspell/nl.dic}"
aff="${2:-/usr/share/hunspell/nl.aff}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. unmunch 1.7.1 silently skips every affix rule that carries a morphological field ("ts:NN2"), which
#    loses most plurals and inflections (mogelijkheden, besprekingen, militaire). Keep the five fields
#    of each SFX/PFX rule only.
awk '($1 == "SFX" || $1 == "PFX") && NF > 5 { print $1, $2, $3, $4, $5; next } { print }' "$aff" > "$work/plain.aff"

# 2. Expand every stem with its affixes into candidate full forms (unmunch does not compose compounds).
#    unmunch ignores affix conditions and applies separable-verb prefixes to names, so two thirds of its
#    output is junk ("websiteen", "aanDorleĳn"); keep the word part of each line ("/flags" follows).
unmunch "$dic" "$work/plain.aff" 2>/dev/null \
    | sed 's,/.*,,; s/[[:space:]].*//' | grep -v -e '^$' -e '\\$' | LC_ALL=C sort -u > "$work/candidates.txt"

# 3. Keep only the candidates Hunspell itself accepts with the original dictionary (-G prints correct
#    words). This applies the affix conditions and drops the forms OpenTaal marks forbidden ("Fw").
hunspell -d "${dic%.dic}" -G < "$work/candidates.txt" > "$work/forms.txt"

# 4. Drop the compound fragments that begin or end with '-' ("defensie-", "-jarig": the compound check
#    derives them); spell the ligature U+0133 that OpenTaal uses as the two letters "ij" of running
#    text; lowercase, NFC, dedupe, sort by code point (= UTF-8 byte order, which the loader's binary
#    search relies on). Words Hunspell knows only with an initial capital ("Oekraïne", "Yamal") also go
#    to nl-proper-nouns.txt.gz: a capitalised first part of a compound keeps its hyphen (Oekraïne-crisis).
# 5. Front-code: each line is one character giving how many leading characters the word shares with
#    the previous one ('0'-'9', 'A'-'Z' for 0-35), then the rest of the word. Halves the gzip size.
python3 - "$work/forms.txt" "$work/words.txt" "$work/proper-nouns.txt" <<'NORMALISE'
import sys, unicodedata
def normalise(word):
    return unicodedata.normalize("NFC", word.replace("\u0133", "ij").replace("\u0132", "IJ"))
forms = set()
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        word = line.strip()
        if word and not word.startswith("-") and not word.endswith("-"):
            forms.add(normalise(word))
words = {form.lower() for form in forms}
lower_forms = {form for form in forms if form == form.lower()}
capitalised = {form.lower() for form in forms if form[:1].isupper() and not form[1:].isupper()}
proper_nouns = capitalised - lower_forms
def write_front_coded(path, entries):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    previous = ""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for word in sorted(entries):
            shared = 0
            limit = min(len(word), len(previous), len(digits) - 1)
            while shared < limit and word[shared] == previous[shared]:
                shared += 1
            out.write(digits[shared] + word[shared:] + "\n")
            previous = word
write_front_coded(sys.argv[2], words)
write_front_coded(sys.argv[3], proper_nouns)
NORMALISE

# 6. Compress reproducibly (-n: no name or timestamp in the header).
gzip -9 -n -c "$work/words.txt" > "$here/nl-words.txt.gz"
gzip -9 -n -c "$work/proper-nouns.txt" > "$here/nl-proper-nouns.txt.gz"
echo "words: $(wc -l < "$work/words.txt") entries, $(wc -c < "$here/nl-words.txt.gz") bytes"
echo "proper nouns: $(wc -l < "$work/proper-nouns.txt") entries, $(wc -c < "$here/nl-proper-nouns.txt.gz") bytes"
