#!/bin/sh
# Makes the OCR copies of the three seed reports used by ImportHeldOutTest: each text rendered to
# page images (RenderText.java, DejaVu Serif 12 pt at 200 dpi) and read back by Tesseract, once
# with Vietnamese language data (-l vie) and once without it (-l eng: diacritics mangled).
# Needs a JDK 17+ and Debian's tesseract-ocr tesseract-ocr-vie. Run from the project root:
#   sh src/test/resources/ocr/make-ocr-copies.sh
set -eu
here=src/test/resources/ocr
tmp=$(mktemp -d)
for seed in sources/hai-phong/chi-minh/chi-minh_2025-07_ubnd.txt \
            sources/hai-phong/hung-thang/hung-thang_2025-12-05_dang-uy.txt \
            sources/quang-ngai/minh-long/minh-long_2025-10_ubnd.txt; do
  stem=$(basename "$seed" .txt)
  java "$here/RenderText.java" "$seed" "$tmp/$stem"
  for lang in vie eng; do
    : > "$here/$stem.$lang.txt"
    for png in $(ls "$tmp/$stem"-*.png | sort -t- -k2 -V); do
      tesseract "$png" - -l "$lang" --psm 6 2>/dev/null >> "$here/$stem.$lang.txt"
    done
  done
done
rm -rf "$tmp"
