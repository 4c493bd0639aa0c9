#!/usr/bin/env python3
"""Writes data/digits.csv: the UCI optical-recognition handwritten digits, 1,797 images of 8x8 pixels.

The images are E. Alpaydin and C. Kaynak's test set of the UCI data set "Optical Recognition of
Handwritten Digits" (1998, https://doi.org/10.24432/C50P49, licence CC BY 4.0): 32x32 bitmaps of
digits written by 13 people, cut into 4x4 blocks, each pixel the count of set bits in its block (0..16).

The copy read here is the one Debian's python3-sklearn package ships
(sklearn/datasets/data/digits.csv.gz: 64 pixel columns row by row, then the digit; no header).
The rows are written unchanged, in the same order, under a '# source:' line and a header.
The library splits them (TeachingKit.Data.Digits.Split); nothing is shuffled here.

Install and run (Debian 12):
  apt-get install -y --no-install-recommends python3-sklearn
  /usr/bin/python3 data/make_digits.py > data/digits.csv
"""
import csv
import gzip
import os
import platform
import sys

SOURCE = "/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz"
ROWS, SIDE, CLASSES = 1797, 8, 10


def package_version():
    try:
        import sklearn
        return sklearn.__version__
    except ImportError:
        return "unknown"


def main():
    with gzip.open(SOURCE, "rt", newline="") as f:
        rows = [[int(v) for v in row] for row in csv.reader(f) if row]
    assert len(rows) == ROWS, f"expected {ROWS} rows, found {len(rows)}"
    for n, row in enumerate(rows, start=1):
        assert len(row) == SIDE * SIDE + 1, f"row {n} has {len(row)} fields"
        assert all(0 <= v <= 16 for v in row[:-1]), f"row {n} has a pixel outside 0..16"
        assert 0 <= row[-1] < CLASSES, f"row {n} has digit {row[-1]}"

    out = sys.stdout
    out.write(f"# source: data/make_digits.py from {SOURCE} (python3-sklearn {package_version()}, Debian), "
              f"Python {platform.python_version()}; UCI Optical Recognition of Handwritten Digits "
              "(E. Alpaydin, C. Kaynak 1998, https://doi.org/10.24432/C50P49), test set of 1,797 8x8 images, "
              "licence CC BY 4.0; rows unchanged, in the package's order\n")
    out.write("# columns: pixel_r_c = ink count 0..16 of the 4x4 block in row r, column c; digit = the class 0..9\n")
    header = [f"pixel_{r}_{c}" for r in range(SIDE) for c in range(SIDE)] + ["digit"]
    out.write(",".join(header) + "\n")
    for row in rows:
        out.write(",".join(str(v) for v in row) + "\n")


if __name__ == "__main__":
    if not os.path.exists(SOURCE):
        sys.exit(f"{SOURCE} not found: apt-get install -y --no-install-recommends python3-sklearn")
    main()
