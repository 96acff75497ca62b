"""Run one z3 ``Optimize.check()`` in a child process that can be killed: a *hard* limit.

z3's own ``timeout`` and ``interrupt`` are soft (some phases of ``Optimize`` poll for
cancellation only every few tens of seconds; see ``docs/backends/z3.md``). With the z3
backend's native option ``isolate=True`` the built model is handed as SMT-LIB 2 text
(``Optimize.sexpr()``) to ``python -m smug.backends.z3_child``, which parses it, runs the
check and writes the outcome as one JSON object on standard output. The parent kills the
child if it has not answered ``INTERRUPT_GRACE`` seconds after the deadline.

A plain subprocess (not :mod:`multiprocessing`) is used on purpose: a spawned
multiprocessing child re-imports the caller's ``__main__`` script, which would re-run an
unguarded user script.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from smug.backends.z3_read import (describe_status, has_model, numeric_value, read_mask,
                                   timeout_ms)

#: Longest single timed wait for the child: ``communicate`` polls with a C int of
#: milliseconds (``OverflowError: timeout is too large`` beyond 2**31 ms, 24.8 days), so a
#: longer limit is waited for in pieces.
MAX_WAIT_SECONDS = 1e6

__all__ = ["ChildOutcome", "check_in_child"]


@dataclass(frozen=True)
class ChildOutcome:
    """What the child reported, or ``killed`` when it was stopped at the deadline."""

    result: str  # "sat", "unsat", "unknown" or "killed"
    raw: str
    mask: list[bool] | None
    lower: float | None
    upper: float | None
    z3_lower: str
    z3_upper: str
    seconds: float


def check_in_child(text: str, names: list[str], boolean: bool, params: dict[str, Any],
                   deadline: float | None, grace: float) -> ChildOutcome:
    """Solve ``text`` in a fresh Python process; kill it ``grace`` s after ``deadline``.

    ``names`` are the mask variables in order (``Bool`` when ``boolean``, else ``Int``);
    ``params`` are set on the child's ``Optimize`` before the text is parsed. ``deadline``
    is a ``time.time()`` instant (None: no limit); the child gives z3 the time left when it
    starts checking, so that z3 can stop by itself and report its best model first.
    """
    request = json.dumps({"text": text, "names": names, "boolean": boolean, "params": params,
                          "deadline": deadline})
    wait = None if deadline is None else max(0.0, deadline - time.time()) + grace
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "smug.backends.z3_child"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    try:
        out, err = _communicate(proc, request.encode(), wait)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        seconds = time.perf_counter() - start
        return ChildOutcome("killed", f"unknown (killed at the time limit after {seconds:.1f} s)",
                            None, None, None, "", "", seconds)
    except BaseException:  # never leave the child running (KeyboardInterrupt, errors)
        proc.kill()
        proc.communicate()
        raise
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        tail = err.decode(errors="replace").strip().splitlines()[-1:] or ["no message"]
        raise RuntimeError(f"z3 child process failed (exit {proc.returncode}): {tail[0]}")
    answer = json.loads(out.decode())
    return ChildOutcome(answer["result"], answer["raw"], answer["mask"], answer["lower"],
                        answer["upper"], answer["z3_lower"], answer["z3_upper"], seconds)


def _communicate(proc: subprocess.Popen, data: bytes, wait: float | None) -> tuple[bytes, bytes]:
    """``proc.communicate(data, timeout=wait)``, waiting in pieces of at most
    :data:`MAX_WAIT_SECONDS` (raises ``TimeoutExpired`` once ``wait`` has passed)."""
    if wait is None:
        return proc.communicate(data)
    end = time.monotonic() + wait
    first = True
    while True:
        piece = min(MAX_WAIT_SECONDS, max(0.0, end - time.monotonic()))
        try:
            return proc.communicate(data if first else None, timeout=piece)
        except subprocess.TimeoutExpired:
            first = False
            if time.monotonic() >= end:
                raise


def _solve(request: dict[str, Any]) -> dict[str, Any]:
    """The child's side: parse, check, and report the result, the mask and the bounds."""
    import z3


    opt = z3.Optimize()
    for key, value in request["params"].items():
        opt.set(key, value)
    opt.from_string(request["text"])
    if request["deadline"] is not None:
        opt.set("timeout", timeout_ms(request["deadline"] - time.time()))
    make = z3.Bool if request["boolean"] else z3.Int
    variables = [make(name) for name in request["names"]]
    handle = z3.OptimizeObjective(opt, 0, False)  # the model has exactly one objective
    result = opt.check()
    mask = None
    if result == z3.sat or (result == z3.unknown and has_model(opt)):
        mask = read_mask(z3, opt.model(), variables, request["boolean"]).tolist()
    return {
        "result": str(result), "raw": describe_status(result, opt), "mask": mask,
        "lower": numeric_value(z3, handle.lower()), "upper": numeric_value(z3, handle.upper()),
        "z3_lower": str(handle.lower()), "z3_upper": str(handle.upper()),
    }


def main() -> int:
    request = json.loads(sys.stdin.buffer.read().decode())
    sys.stdout.write(json.dumps(_solve(request)))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
