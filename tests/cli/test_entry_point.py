"""What the entry point (`communique`, `python -m toolkit`) sets up before a command."""

from __future__ import annotations

import subprocess
import sys


def test_commands_run_with_rare_garbage_collections():
    # A command's models are freed by their reference counts; at Python's default
    # threshold (700) the collector walked them every few segments.
    code = ("import gc, toolkit.cli, toolkit.cli.app as app\n"
            "app.main = lambda: print(gc.get_threshold()[0])\n"
            "toolkit.cli.main()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert int(result.stdout) == 100_000
