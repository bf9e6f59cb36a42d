"""The floor of issue 7 in Python: the csv module reads protocols CSV
files and int() sums every figure, checking nothing. Columns headed
precinct, region, okrug, abroad, machine or ballot (and tik, uik and url,
the text and key columns of the Russian commission's file) hold text and
are skipped; an empty cell is skipped. Prints the sum of all figures, the same
checksum as internal/benchcmd/naive.

    python3 naive.py list.csv okrug.csv
"""
import csv
import sys

TEXT = {"precinct", "region", "okrug", "abroad", "machine", "ballot", "tik", "uik", "url"}


def total(name):
    s = 0
    with open(name, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        header = next(r)
        cols = [i for i, h in enumerate(header) if h not in TEXT]
        for row in r:
            for i in cols:
                c = row[i]
                if c:
                    s += int(c)
    return s


print(sum(total(n) for n in sys.argv[1:]))
