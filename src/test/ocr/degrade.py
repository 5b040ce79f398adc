#!/usr/bin/python3
"""Make a rendered page look scanned, for the importer's OCR copies (#23).

usage: degrade.py PAGE.png OUT.jpg SEED

The page (rendered by pango-view at 300 dpi) is turned by a random angle of up to 0.8 degrees,
blurred (Gaussian, radius 0.9), specked with dust, scaled to 200 dpi and saved as a JPEG of
quality 55. The seed (the page's number) makes the same page give the same image.

Written again in December 2026 from the description the held-out sets' READMEs give of the first
script, which was never committed; copies made with it are not byte-identical to earlier ones.
Run with Debian's /usr/bin/python3 and python3-pil.
"""
import random
import sys

from PIL import Image, ImageDraw, ImageFilter

SKEW_DEGREES = 0.8
BLUR_RADIUS = 0.9
SPECKS_PER_MEGAPIXEL = 15
SOURCE_DPI, TARGET_DPI = 300, 200
JPEG_QUALITY = 55


def degrade(source, target, seed):
    rng = random.Random(seed)
    page = Image.open(source).convert("L")
    page = page.rotate(rng.uniform(-SKEW_DEGREES, SKEW_DEGREES), resample=Image.BICUBIC,
                       expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))
    draw = ImageDraw.Draw(page)
    width, height = page.size
    for _ in range(int(width * height / 1e6 * SPECKS_PER_MEGAPIXEL)):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.uniform(0.4, 1.5)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(40, 140))
    size = (width * TARGET_DPI // SOURCE_DPI, height * TARGET_DPI // SOURCE_DPI)
    page = page.resize(size, Image.LANCZOS)
    page.save(target, "JPEG", quality=JPEG_QUALITY, dpi=(TARGET_DPI, TARGET_DPI))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    degrade(sys.argv[1], sys.argv[2], int(sys.argv[3]))
