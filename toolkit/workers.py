"""What every pool of worker processes (build, extract, update, validate, normalize)
sets up in each worker."""

from __future__ import annotations

import signal


def leave_interrupts_to_the_parent() -> None:
    """Ignore SIGINT in this worker: the parent carries out a stop.

    Ctrl-C reaches every process of the terminal's group. A worker stopped by it in the
    middle of a write could leave a temp file behind; one waiting for its next task died
    with a traceback of the pool's internals on the user's terminal ("Process
    ForkProcess-1: Traceback ... KeyboardInterrupt"), one for each worker, after the
    command's own "interrupted". Instead a worker finishes its batch, and the parent,
    interrupted, records what is done and stops the pool. (SIGTERM is the parent's too:
    `toolkit.cli.common`'s handler, inherited by a forked worker, does nothing there.)
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
