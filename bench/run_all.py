"""Run every benchmark and print one markdown table (what `make bench` runs).

Each benchmark runs in its own process (so one's loaded model or memory never skews
another) and hands its rows back as JSON.

    python bench/run_all.py                 # the default repeats of each benchmark
    python bench/run_all.py --repeats 1 --quick --out bench-results.md
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, Row, load_note, log, parser, table

BENCH = Path(__file__).resolve().parent
SCRIPTS = {
    "index": "bench_index.py",
    "ask": "bench_ask.py",
    "cold_start": "bench_cold_start.py",
    "memory": "bench_memory.py",
    "load": "bench_load.py",
}


def run_one(name: str, repeats: int | None, quick: bool) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "rows.json"
        cmd = [sys.executable, str(BENCH / SCRIPTS[name]), "--json", str(out)]
        if repeats is not None:
            cmd += ["--repeats", str(repeats)]
        if quick and name == "index":
            cmd += ["--sizes", "0.1"]
        log(f"== {name}: {' '.join(cmd[1:])}")
        t0 = time.perf_counter()
        # stdout (the script's own table) is not needed: the rows come back as JSON.
        proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
        if proc.returncode != 0:
            sys.exit(f"error: {SCRIPTS[name]} failed (exit {proc.returncode}); see above.")
        log(f"== {name} took {time.perf_counter() - t0:.0f} s")
        rows = json.loads(out.read_text(encoding="utf-8"))
    for r in rows:
        r.pop("ratio", None)
    return [Row(**r) for r in rows]


def main() -> None:
    p = parser(__doc__.splitlines()[0], repeats=None)
    p.add_argument("--quick", action="store_true", help="index only the 0.1 MB size")
    p.add_argument(
        "--only", nargs="+", choices=list(SCRIPTS), metavar="NAME",
        help=f"run only these ({', '.join(SCRIPTS)})",
    )  # fmt: skip
    p.add_argument("--out", type=Path, metavar="FILE", help="also write the table to FILE")
    args = p.parse_args()
    if args.repeats is not None and args.repeats < 1:
        sys.exit("error: --repeats must be at least 1")

    before = load_note()
    rows: list[Row] = []
    for name in args.only or SCRIPTS:
        rows.extend(run_one(name, args.repeats, args.quick))
    header = (
        f"Benchmarks, {time.strftime('%Y-%m-%d %H:%M')}, {platform.python_implementation()} "
        f"{platform.python_version()} on {os.cpu_count()} cores ({before} before, "
        f"{load_note()} after). Ratio = assistant / bare floor; medians over repeats."
    )
    text = f"{header}\n\n{table(rows)}\n"
    print(text)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    if args.json is not None:
        args.json.write_text(json.dumps([r.to_dict() for r in rows], indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
