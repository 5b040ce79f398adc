#!/bin/sh
# Make the OCR copies of one held-out report (#23): split into 50-line pages, render each at
# 300 dpi in DejaVu Serif 10.5 pt, make it look scanned (degrade.py, seed = page number), read it
# back with Tesseract -l vie and -l eng (default page segmentation), pages joined in order.
#
# usage: src/test/ocr/make-copies.sh REPORT.txt [PAGES_DIR]
# writes ocr/STEM.vie.txt and ocr/STEM.eng.txt beside REPORT.txt; keeps the page images in
# PAGES_DIR (default: a temporary folder, removed) so other readings can be made from them.
# Needs Debian's pango1.0-tools, fonts-dejavu-core, python3-pil, tesseract-ocr, tesseract-ocr-vie.
set -eu
report=$1
here=$(cd "$(dirname "$0")" && pwd)
stem=$(basename "$report" .txt)
out=$(dirname "$report")/ocr
keep=${2:-}
pages=${keep:-$(mktemp -d)}
mkdir -p "$out" "$pages"
split -l 50 -d -a 2 "$report" "$pages/$stem.p"
: > "$out/$stem.vie.txt"
: > "$out/$stem.eng.txt"
n=0
for page in "$pages/$stem".p[0-9][0-9]; do
  n=$((n + 1))
  pango-view --font="DejaVu Serif 10.5" --dpi=300 --margin=180 -q -o "$page.png" "$page"
  /usr/bin/python3 "$here/degrade.py" "$page.png" "$page.jpg" "$n"
  OMP_THREAD_LIMIT=1 nice -n 10 tesseract "$page.jpg" - -l vie 2>/dev/null >> "$out/$stem.vie.txt"
  OMP_THREAD_LIMIT=1 nice -n 10 tesseract "$page.jpg" - -l eng 2>/dev/null >> "$out/$stem.eng.txt"
done
[ -n "$keep" ] || rm -r "$pages"
