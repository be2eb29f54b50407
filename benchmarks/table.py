#!/usr/bin/env python3
"""The RESULTS.md table from the harness's raw tables, with ratios taken within one run.

    python benchmarks/table.py benchmarks/results/N1000.<stamp>.tsv [more.tsv ...]

For each row: docs/s (median of the run's repetitions), peak RSS, and two ratios
against rows of the SAME file (same run, same corpus, same machine load): the Translate
Toolkit's comparable step (extract <-> html2po, build/update <-> po2html) and the lxml
floor (a parse and serialise of every file).  A ratio above 1 means faster than it.
"""

from __future__ import annotations

import csv
import sys

# communique step -> the Translate Toolkit step doing the same job
TTK_PEER = {"extract": "extract", "build": "merge", "update": "merge"}


def rows(path: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def ratio(mine: dict[str, str], other: dict[str, str] | None) -> str:
    if other is None or mine["status"] != "ok" or other["status"] != "ok":
        return ""
    return f"{float(mine['docs_per_s']) / float(other['docs_per_s']):.2f}x"


def main() -> None:
    print("| tool | step | N | reps | median s | docs/s | peak RSS MB | vs ttk | vs floor "
          "| status |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for path in sys.argv[1:]:
        table = rows(path)
        by = {(r["tool"], r["step"]): r for r in table}
        floor = by.get(("floor", "lxml-roundtrip"))
        for r in table:
            if r["tool"] == "floor" and r["step"] != "lxml-roundtrip":
                continue
            peer = by.get(("ttk", TTK_PEER[r["step"]])) if r["tool"] == "communique" \
                and r["step"] in TTK_PEER else None
            dps = float(r["docs_per_s"])
            print(f"| {r['tool']} | {r['step']} | {int(r['N']):,} | {r['reps']} | "
                  f"{r['median_s']} | {dps:,.0f} | {float(r['peak_rss_mb']):.0f} | "
                  f"{ratio(r, peer)} | {ratio(r, floor) if r['tool'] != 'floor' else ''} | "
                  f"{r['status']} |")


if __name__ == "__main__":
    main()
