#!/usr/bin/env python3
"""Profile one communique command in-process, the way the benchmark runs it.

    python benchmarks/profile_step.py [--cwd PROJECT] [--sort tottime] [--top 30]
                                 [--pyinstrument] [--out FILE.prof] -- build --locale ja

The command runs in PROJECT (a project made by `benchmarks/run.sh`, for example
/tmp/l10nbench/N1000/communique) exactly as `communique ARGS` would, under cProfile
(or pyinstrument when asked and installed; it is not a dependency of communique).
Imports are timed separately: start-up is part of every timed step of the benchmark and
is best seen with `python -X importtime -m toolkit --help`.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cwd", default=".", help="project folder to run the command in")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key (tottime...)")
    parser.add_argument("--top", type=int, default=30, help="rows to print")
    parser.add_argument("--out", help="save the raw cProfile stats here (for snakeviz...)")
    parser.add_argument("--pyinstrument", action="store_true",
                        help="use pyinstrument instead of cProfile (pip install pyinstrument)")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="-- then the command's arguments")
    opts = parser.parse_args()
    args = opts.args[1:] if opts.args[:1] == ["--"] else opts.args
    if not args:
        parser.error("give the command to profile after --, e.g. -- extract")

    started = time.perf_counter()
    from toolkit.cli.app import app  # imported here: timed on purpose
    imported = time.perf_counter()
    os.chdir(opts.cwd)

    def run() -> int:
        try:
            # standalone_mode=False: click returns typer.Exit's code instead of exiting.
            code = app(args, prog_name="communique", standalone_mode=False)
        except SystemExit as exc:
            return int(exc.code or 0)
        return int(code or 0)

    if opts.pyinstrument:
        from pyinstrument import Profiler  # optional, local only

        profiler = Profiler(interval=0.0005)
        profiler.start()
        code = run()
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False), file=sys.stderr)
    else:
        profile = cProfile.Profile()
        profile.enable()
        code = run()
        profile.disable()
        if opts.out:
            profile.dump_stats(opts.out)
        stats = pstats.Stats(profile, stream=sys.stderr)
        stats.strip_dirs().sort_stats(opts.sort).print_stats(opts.top)
    done = time.perf_counter()
    print(f"import {imported - started:.3f}s, command {done - imported:.3f}s "
          f"(profiler overhead included), exit {code}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
