#!/bin/sh
# Store what Tesseract returns for one report's page images as word boxes (#23, round 22): the input
# xaso's own reading of a scan lays out into lines (importer.OcrLayout), kept so that tests score
# what `xaso import scan.jpg` does without running Tesseract.
#
# usage: src/test/ocr/read-words.sh PAGES_DIR STEM OUT_DIR
# reads PAGES_DIR/STEM.pNN.jpg (made by make-copies.sh REPORT.txt PAGES_DIR), pages in order, with
# `tesseract PAGE stdout -l LANG --psm 6 tsv` (as importer.Ocr runs it; PSM=N to try another), and
# writes OUT_DIR/STEM.vie.words and OUT_DIR/STEM.eng.words. Format, one text line of the page after
# another: "@ page block par line" opens a line, then one word a row, "left top width height conf
# text" (pixels of the 200 dpi page, confidence rounded). Needs tesseract-ocr, tesseract-ocr-vie.
set -eu
pages=$1
stem=$2
out=$3
psm=${PSM:-6}
mkdir -p "$out"
for lang in vie eng; do
  words="$out/$stem.$lang.words"
  echo "# tesseract $(tesseract --version 2>/dev/null | head -1 | cut -d' ' -f2) -l $lang --psm $psm tsv" > "$words"
  n=0
  for page in "$pages/$stem".p[0-9][0-9].jpg; do
    n=$((n + 1))
    OMP_THREAD_LIMIT=1 nice -n 10 tesseract "$page" stdout -l "$lang" --psm "$psm" tsv 2>/dev/null \
      | awk -F'\t' -v page="$n" '
          $1 == 5 && $12 !~ /^[ \t]*$/ {
            key = page " " $3 " " $4 " " $5
            if (key != last) { print "@ " key; last = key }
            printf "%d %d %d %d %d %s\n", $7, $8, $9, $10, $11 + 0.5, $12
          }' >> "$words"
  done
done
