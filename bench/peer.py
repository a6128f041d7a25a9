"""
The benchmark's peer in another language: what a Python script would do to read a claim file —
decode cp932 (Shift_JIS with the Windows extensions) and split the records with the standard
library's csv.reader, streamed (a buffered text file, never the whole file at once). Every record is
a list of strings; nothing is typed. bench/run.ts times the whole process (interpreter start-up
included) and compares receden's CLI, also timed as a whole process.

    python3 bench/peer.py <file>      prints one JSON line: {"records": …, "si": …, "maxRssMB": …}
"""
import csv
import json
import resource
import sys


def main() -> None:
    records = 0
    si = 0
    with open(sys.argv[1], encoding="cp932", newline="") as f:
        for rec in csv.reader(f):
            records += 1
            if rec and rec[0] == "SI":
                si += 1
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"records": records, "si": si, "maxRssMB": rss_kb / 1024}))


if __name__ == "__main__":
    main()
