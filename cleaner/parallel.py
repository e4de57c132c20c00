"""An ordered, bounded parallel map over worker processes.

Results come back in input order, so a run writes the same files and the
same change log whatever the number of jobs.  At most ``window`` items are
in flight, so a huge input (a 2 GB JSON Lines file) never piles up in memory.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple[Any, ...] = (),
    window: int | None = None,
) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` processes, in order, ``window`` items ahead.

    With one job everything runs in this process (``initializer`` too).
    ``fn`` and the items must pickle; workers start by forking where the
    platform allows, so they share what this process has already loaded.
    """
    if jobs <= 1:
        if initializer is not None:
            initializer(*initargs)
        yield from map(fn, items)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if context.get_start_method() == "fork" and initializer is not None:
        # Forked workers inherit what the initializer sets up here, so they
        # need not rebuild it (a pipeline takes about a second to build).
        initializer(*initargs)
        initializer, initargs = None, ()
    window = window or jobs * 4
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=initargs) as pool:
        # Start the workers before the first item is read: a forked worker
        # would otherwise hold a copy of whatever reading it took (a long file).
        pool.submit(_nothing).result()
        pending: deque[Future[R]] = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _nothing() -> None:
    """A task that does nothing, to have the workers started."""
