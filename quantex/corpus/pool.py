"""All cores: a generic process pool that keeps the input order and bounds the work in flight.

:func:`map_batches` cuts a stream of items into batches, runs a batch function on each in a pool of
processes and yields the results in input order, with at most a few batches in flight, so memory stays
flat however long the stream. It knows nothing of documents or facts:
:func:`quantex.corpus.run.extract_documents` and :mod:`quantex.write.stream` give it their batch functions.

Workers are started with ``spawn`` (a fresh interpreter: safe even when the caller runs threads, and a
child of the caller itself, unlike ``forkserver``'s server, which outlives a killed caller). Each worker
imports quantex and loads the exchange-rate tables once, about a second, so parallelism pays off
from a few hundred documents on.

Workers die with the process that started them: each runs a watchdog thread that ends the worker
when its parent changes or the caller no longer exists, so SIGTERM or ``kill -9`` of a ``-j 2`` run
leaves no process behind (a killed caller cannot shut its pool down itself).

A :class:`~quantex.errors.DocumentError` cannot cross a process boundary as it is (pickle rebuilds
an exception from its message alone), so documents that failed to read travel as
:class:`_Carried` records and a ``DocumentError`` raised in a worker is raised again, with the
same document and problem, in the caller.
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
import os
import pickle
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from quantex.errors import DocumentError

__all__ = ["cpu_count", "map_batches", "resolve_jobs", "running"]

T = TypeVar("T")
R = TypeVar("R")
_IN_FLIGHT = 2  # batches queued per worker: enough to keep workers busy, few enough to bound memory


def cpu_count() -> int:
    """The number of CPUs this process may run on (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def resolve_jobs(n_jobs: int) -> int:
    """Turn ``n_jobs`` into a process count: ``-1`` is every CPU, ``-2`` all but one, and so on.

    >>> resolve_jobs(3)
    3
    >>> resolve_jobs(-1) == cpu_count()
    True
    """
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs == 0:
        raise ValueError(f"n_jobs must be a non-zero integer (-1 for every CPU), not {n_jobs!r}")
    return n_jobs if n_jobs > 0 else max(1, cpu_count() + 1 + n_jobs)


def map_batches(
    func: Callable[[list[Any]], R],
    items: Iterable[Any],
    *,
    n_jobs: int = 1,
    batch_size: int = 1000,
    mp_context: str | None = None,
) -> Iterator[R]:
    """Yield ``func(batch)`` for consecutive batches of ``items``, in order, computed by ``n_jobs`` processes.

    With ``n_jobs=1`` everything runs in this process (no pool, no pickling). Otherwise ``func``
    and the items must be picklable (module-level functions, ``functools.partial`` of them);
    ``DocumentError`` items and a ``DocumentError`` raised by ``func`` are carried across.
    An exception raised by ``func`` stops the run and is raised here; queued batches are cancelled.

    Args:
        func: Called with one list of up to ``batch_size`` items.
        items: Any iterable; read lazily, at most ``2 * n_jobs`` batches ahead of the consumer.
        n_jobs: Worker processes; ``-1`` for every CPU (see :func:`resolve_jobs`).
        batch_size: Items per batch.
        mp_context: ``"forkserver"``, ``"spawn"`` or ``"fork"``; default forkserver where available.

    Yields:
        One result per batch, in the order of the batches.

    Examples:
        >>> list(map_batches(sum, range(7), batch_size=3))
        [3, 12, 6]

    """
    jobs = resolve_jobs(n_jobs)
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size!r}")
    stream = iter(items)
    batches = iter(lambda: list(itertools.islice(stream, batch_size)), [])
    if jobs == 1:
        yield from map(func, batches)
        return
    context = multiprocessing.get_context(mp_context or _default_start_method())
    pending: collections.deque[Future[_Outcome]] = collections.deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_watch_caller,
                             initargs=(os.getpid(),)) as pool:
        try:
            for batch in batches:
                pending.append(pool.submit(_run, func, [_pack(item) for item in batch]))
                if len(pending) >= _IN_FLIGHT * jobs:
                    yield _unwrap(pending.popleft().result())
            while pending:
                yield _unwrap(pending.popleft().result())
        except BaseException:
            _terminate(pool)  # an error, Ctrl-C, SIGTERM or an abandoned generator: nobody reads the rest
            raise
        finally:
            # On an error or an abandoned generator, do not wait for queued batches nobody will read.
            pool.shutdown(wait=True, cancel_futures=True)


# --- workers ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Carried:
    """A DocumentError as plain data, for the trip between processes."""

    document: str
    problem: str


@dataclass(frozen=True)
class _Raised:
    """A DocumentError raised in a worker, with its cause when that can be pickled."""

    document: str
    problem: str
    cause: BaseException | None


@dataclass(frozen=True)
class _Outcome:
    value: Any = None
    raised: _Raised | None = None


def _run(func: Callable[[list[Any]], Any], batch: list[Any]) -> _Outcome:
    try:
        return _Outcome(func([_unpack(item) for item in batch]))
    except DocumentError as exc:
        return _Outcome(raised=_Raised(exc.document, exc.problem, _portable(exc.__cause__)))


def _unwrap(outcome: _Outcome) -> Any:
    if outcome.raised is not None:
        raised = outcome.raised
        raise DocumentError(raised.document, raised.problem) from raised.cause
    return outcome.value


def _pack(item: Any) -> Any:
    return _Carried(item.document, item.problem) if isinstance(item, DocumentError) else item


def _unpack(item: Any) -> Any:
    return DocumentError(item.document, item.problem) if isinstance(item, _Carried) else item


def _portable(cause: BaseException | None) -> BaseException | None:
    """The cause itself if it survives pickling, else a RuntimeError that names it."""
    if cause is None:
        return None
    try:
        pickle.loads(pickle.dumps(cause))
    except Exception:  # any pickling failure: keep the cause's type and message as text instead
        return RuntimeError(f"{type(cause).__name__}: {cause}")
    return cause


def each(func: Callable[[T], R], batch: list[T]) -> R:
    (item,) = batch
    return func(item)


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the pool's workers now instead of letting them finish batches whose results are not wanted."""
    stop = getattr(pool, "terminate_workers", None)  # Python 3.14
    if stop is not None:
        stop()
        return
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}  # private before 3.14; None once shut down
    for process in list(processes.values()):
        process.terminate()


def _default_start_method() -> str:
    return "spawn"


#: seconds between a worker's checks that its caller still runs
WATCH_INTERVAL = 0.2


def _watch_caller(caller: int) -> None:
    """In a worker: end this process as soon as its parent changes or the caller no longer runs."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent and running(caller):
            time.sleep(WATCH_INTERVAL)
        os._exit(1)  # the caller is gone: nobody will read the results, and nobody else would end us

    threading.Thread(target=watch, name="quantex-watch-caller", daemon=True).start()


def running(pid: int) -> bool:
    """Whether process ``pid`` exists and is not a zombie (a killed caller its own parent has not reaped)."""
    if os.name != "posix":  # os.kill(pid, 0) would send Ctrl-C on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rpartition(b")")[2].split()[0] != b"Z"
    except OSError:  # no /proc (macOS, Windows): os.kill said it exists
        return True
