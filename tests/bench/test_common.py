"""smug.bench.common.in_forked_child: a study's solve in a forked child; a crash is a row."""

from __future__ import annotations

import os

from smug.bench.common import in_forked_child


def _answer(x: int, queue) -> None:
    queue.put({"status": "optimal", "objective": x * 2, "pid": os.getpid()})


def _die(x: int, queue) -> None:
    os._exit(3)  # a solver that takes the process down sends nothing


def test_the_childs_answer_comes_back_from_another_process():
    result = in_forked_child(_answer, (21,), timeout=30)
    assert result["status"] == "optimal" and result["objective"] == 42
    assert result["pid"] != os.getpid()


def test_a_child_that_dies_gives_the_crashed_row():
    assert in_forked_child(_die, (1,), timeout=2) == {"status": "crashed"}
    row = {"status": "crashed", "objective": None, "bound": None}
    result = in_forked_child(_die, (1,), timeout=2, crashed=row)
    assert result == row and result is not row
