#!/usr/bin/env bash
# The peer benchmark (issue 7), run from the project: communique against the floor,
# the Translate Toolkit, itstool, po4a and GNU gettext on one generated corpus.
#
# Usage:   bash benchmarks/run.sh [N ...]          (default: 1000)
# Env:     TOOLS="floor ttk itstool po4a gettext communique"   rows to run (po4a_scripts too)
#          REPS=3, STEP_TIMEOUT, ONE_REP_OVER, WORK     passed to harness/peers.sh
#          RESDIR=benchmarks/results                   raw tables (gitignored): N<N>.tsv, .md
# Needs:   the peers installed once (`bash benchmarks/harness/setup_peers.sh`, as root)
#          and communique installed in the project's venv (.ci/run, or `pip install -e .`).
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)

# communique from the project's venv, called by its real path: a pyenv shim would add a
# shell script's startup (~50 ms) to every timed step.
if [ -x "$ROOT/.venv/bin/communique" ]; then
  BIN=$ROOT/.venv/bin
else
  BIN=$(python3 -c 'import os, sys; print(os.path.dirname(os.path.realpath(sys.executable)))')
fi
if [ ! -x "$BIN/communique" ]; then
  echo "run.sh: no communique in $BIN; run .ci/run or 'pip install -e .' first" >&2
  exit 2
fi
# An installed wheel carries compiled bytecode; an editable install compiles on first
# import, and not at all under PYTHONDONTWRITEBYTECODE.  Compile once, untimed, so every
# timed step starts like an installed communique does (__pycache__ is gitignored).
"$BIN/python" -m compileall -q "$ROOT/toolkit" >/dev/null

# Only communique is taken from BIN: a directory of its own on PATH, so BIN's other
# programs cannot shadow the peers'.
SHIM=$(mktemp -d)
trap 'rm -rf "$SHIM"' EXIT
ln -s "$BIN/communique" "$SHIM/communique"
export PATH="$SHIM:$PATH"

export TOOLS=${TOOLS:-"floor ttk itstool po4a gettext communique"}
export RESDIR=${RESDIR:-$ROOT/benchmarks/results}
mkdir -p "$RESDIR"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: nproc=$(nproc) arch=$(uname -m) $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-)"
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "communique: $("$BIN/communique" --version 2>&1) ($BIN), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet HEAD -- toolkit 2>/dev/null || echo ' + uncommitted changes in toolkit/')"
  "$BIN/python" -c 'import sys, lxml.etree as e, babel; print("python:", sys.version.split()[0], "| lxml:", e.__version__, "| babel:", babel.__version__)' 2>&1 || true
  "$BIN/python" -c 'import icu; print("PyICU:", icu.VERSION, "| ICU:", icu.ICU_VERSION)' 2>/dev/null || echo "PyICU: not installed (formatting with Babel)"
  echo "typer: $("$BIN/python" -c 'import importlib.metadata as m; print(m.version("typer"))' 2>&1)"
  echo "itstool: $(itstool --version 2>&1 | head -n1)"
  echo "po4a: $(po4a --version 2>&1 | head -n1)"
  echo "gettext: $(msgmerge --version 2>&1 | head -n1)"
  echo "translate-toolkit: $("${VENV:-$HOME/.cache/l10n-peers-venv}/bin/python" -c 'import translate.__version__ as v; print(v.sver)' 2>&1)"
  echo "TOOLS=$TOOLS REPS=${REPS:-3}"
} > "$RESDIR/versions.txt"
cat "$RESDIR/versions.txt" >&2

STAMP=$(date -u +%Y%m%dT%H%M%S)
for n in "${@:-1000}"; do
  bash "$ROOT/benchmarks/harness/peers.sh" "$n"
  # peers.sh rewrites N<N>.tsv/.md each run; keep this run's copy beside them.
  for ext in tsv md; do cp "$RESDIR/N$n.$ext" "$RESDIR/N$n.$STAMP.$ext"; done
  cp "$RESDIR/versions.txt" "$RESDIR/N$n.$STAMP.versions.txt"
done
