"""MaskProblem: validation (each error names its argument), evaluation, copies, save/load."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

import smug
from smug.problem import FREE, Grid, MaskProblem

A = np.array([[2.0, -1.0, -1.0, 2.0], [0.0, 1.0, 0.5, 0.0]])
RHS = np.array([3.0, 0.25])


# --- validation ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "kwargs, error, match",
    [
        (dict(A=np.array([[1.0, np.nan]]), rhs=[0.0]), ValueError, r"A: coefficients must be finite; row 0, column 1"),
        (dict(A=np.array([[1.0, 0], [0, np.inf]]), rhs=[0.0, 0.0]), ValueError, r"A: .*row 1, column 1 is inf"),
        (dict(A=sp.csr_matrix(np.array([[-np.inf, 1.0]])), rhs=[0.0]), ValueError, r"A: .*finite"),
        (dict(A=np.array([1.0, 2.0]), rhs=[0.0]), ValueError, r"A: expected a 2-D"),
        (dict(A=np.array([["a", "b"]]), rhs=[0.0]), TypeError, r"A: expected a real numeric"),
        (dict(A=np.array([[1 + 1j, 0]]), rhs=[0.0]), TypeError, r"A: expected a real numeric"),
        (dict(A=A, rhs=[3.0]), ValueError, r"rhs: expected shape \(2,\), got \(1,\)"),
        (dict(A=A, rhs=[3.0, np.nan]), ValueError, r"rhs: values must be finite; entry 1"),
        (dict(A=A, rhs=[np.inf, 0]), ValueError, r"rhs: values must be finite; entry 0"),
        (dict(A=A, rhs=["x", "y"]), TypeError, r"rhs: expected real numbers"),
        (dict(A=A, rhs=[None, 1.0]), TypeError, r"rhs: expected real numbers"),
        (dict(A=A, rhs=RHS, strict="yes"), TypeError, r"strict: expected real numbers"),
        (dict(A=A, rhs=RHS, cost=["a", "b", "c", "d"]), TypeError, r"cost: expected real numbers"),
        (dict(A=A, rhs=RHS, fixed={"a": 1}), TypeError, r"fixed: variable indices must be integers"),
        (dict(A=A, rhs=RHS, strict=[True]), ValueError, r"strict: expected shape \(2,\)"),
        (dict(A=A, rhs=RHS, strict=[2, 0]), ValueError, r"strict: expected booleans"),
        (dict(A=A, rhs=RHS, cost=[1, 1, 1]), ValueError, r"cost: expected shape \(4,\)"),
        (dict(A=A, rhs=RHS, cost=[1, 1, np.nan, 1]), ValueError, r"cost: values must be finite"),
        (dict(A=A, rhs=RHS, cost=[1, 1, -1, 1]), ValueError, r"cost: must be non-negative"),
        (dict(A=A, rhs=RHS, fixed={0: 2}), ValueError, r"fixed: variable 0 must be fixed to 0 or 1, got 2"),
        (dict(A=A, rhs=RHS, fixed={0: 0.5}), ValueError, r"fixed: variable 0 must be fixed to 0 or 1"),
        (dict(A=A, rhs=RHS, fixed={7: 1}), ValueError, r"fixed: variable index 7 out of range"),
        (dict(A=A, rhs=RHS, fixed=[0, 1, 3, -1]), ValueError, r"fixed: entries must be 0, 1 or -1"),
        (dict(A=A, rhs=RHS, fixed=[0, 1]), ValueError, r"fixed: expected a mapping or an array of shape \(4,\)"),
        (dict(A=A, rhs=RHS, grid=(4, 4)), TypeError, r"grid: expected smug.Grid"),
        (dict(A=A, rhs=RHS, grid=Grid((4, 4), (2, 2))), ValueError, r"grid: has 4 cells"),
    ],
)
def test_validation_errors_name_the_argument(kwargs, error, match):
    if "grid" in kwargs and isinstance(kwargs["grid"], Grid):
        kwargs = dict(kwargs, grid=Grid((4, 6), (2, 2)))  # 2 x 3 = 6 cells for 4 variables
        match = r"grid: has 6 cells but the problem has 4 variables"
    with pytest.raises(error, match=match):
        MaskProblem(**kwargs)


def test_grid_validation():
    with pytest.raises(ValueError, match="grid: input_shape"):
        Grid((4, 4), (2,))
    with pytest.raises(ValueError, match="grid: shapes must be positive"):
        Grid((4, 0), (2, 2))


def test_accepted_inputs_and_normal_form():
    dense = MaskProblem(A.astype(np.float32), RHS.astype(np.float32), strict=np.array([1, 0]))
    sparse = MaskProblem(sp.coo_matrix(A), RHS, strict=[True, False])
    assert dense == sparse
    assert isinstance(dense.A, sp.csr_matrix) and dense.A.dtype == np.float64
    assert dense.nnz == 6  # zeros are not stored
    assert dense.strict.tolist() == [True, False]
    assert dense.cost.tolist() == [1, 1, 1, 1] and dense.has_unit_cost
    assert dense.fixed.tolist() == [FREE] * 4
    bool_matrix = MaskProblem(np.array([[True, False]]), [0.5])
    assert bool_matrix.A.toarray().tolist() == [[1.0, 0.0]]


def test_arrays_are_read_only_and_copied():
    source = A.copy()
    problem = MaskProblem(source, RHS)
    source[0, 0] = 100.0
    assert problem.A[0, 0] == 2.0
    with pytest.raises(ValueError):
        problem.rhs[0] = 1.0
    with pytest.raises(ValueError):
        problem.A.data[0] = 1.0


# --- evaluation and copies -------------------------------------------------------------
def test_objective_activity_and_check_mask():
    problem = MaskProblem(A, RHS, cost=[1, 2, 3, 4])
    assert problem.objective([1, 0, 0, 1]) == 5.0
    np.testing.assert_allclose(problem.activity([1, 0, 0, 1]), [4.0, 0.0])
    with pytest.raises(ValueError, match=r"mask: expected shape \(4,\)"):
        problem.objective([1, 0])
    with pytest.raises(ValueError, match="mask: entries must be 0/1"):
        problem.check_mask([0, 2, 0, 1])


def test_with_fixed_merges_and_overrides():
    problem = MaskProblem(A, RHS, fixed={0: 1})
    merged = problem.with_fixed({1: 0, 0: 0})
    assert merged.fixed.tolist() == [0, 0, FREE, FREE]
    assert problem.fixed.tolist() == [1, FREE, FREE, FREE]  # the original is unchanged
    assert "fixed=2" in repr(merged)


def test_equality_compares_everything():
    base = MaskProblem(A, RHS)
    assert base == MaskProblem(A, RHS)
    assert base != MaskProblem(A, RHS, strict=False)
    assert base != MaskProblem(A, RHS, cost=[1, 1, 1, 2])
    assert base != MaskProblem(A, RHS + [0, 1e-16])
    assert base != MaskProblem(A, RHS, fixed={3: 1})


def test_grid_maps_cells_to_pixels():
    grid = Grid((5, 4), (2, 2))  # cells of 2x2; the last row of cells is cut short
    assert grid.grid_shape == (3, 2) and grid.n_cells == 6
    index = grid.cell_index()
    assert index[0, 0] == 0 and index[1, 3] == 1 and index[4, 0] == 4 and index[4, 3] == 5
    pixels = grid.to_input([0, 1, 0, 0, 0, 1])
    assert pixels.shape == (5, 4) and pixels.sum() == 4 + 2
    with pytest.raises(ValueError, match="mask: expected 6 cells"):
        grid.to_input([1, 0])


# --- files -----------------------------------------------------------------------------
def test_save_load_round_trip_with_grid(tmp_path):
    problem = MaskProblem(
        np.array([[0.1, -1e-9, 3e4, 0, 0, 2.0**-1074]]), [0.30000000000000004], strict=False,
        cost=[1, 0.5, 2, 0, 1, 1], fixed={1: 0, 4: 1}, grid=Grid((4, 6), (2, 2)), name="photo",
    )
    path = problem.save(tmp_path / "p")
    assert path.suffix == ".npz"
    loaded = MaskProblem.load(path)
    assert loaded == problem
    assert loaded.name == "photo" and loaded.grid == Grid((4, 6), (2, 2))
    assert loaded.A.data.tobytes() == problem.A.data.tobytes()  # bit for bit


def test_save_load_round_trip_without_grid(tmp_path):
    problem = MaskProblem(A, RHS, strict=[True, False])
    loaded = MaskProblem.load(problem.save(tmp_path / "plain.npz"))
    assert loaded == problem and loaded.grid is None


def test_load_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="path: no such file"):
        MaskProblem.load(tmp_path / "missing.npz")
    other = tmp_path / "other.npz"
    np.savez(other, x=np.arange(3))
    with pytest.raises(ValueError, match="is not a smug MaskProblem file"):
        MaskProblem.load(other)


def test_write_and_presolve(tmp_path):
    from smug.export import write
    from smug.presolve import presolve

    problem = MaskProblem(A, RHS)
    assert write(problem, tmp_path / "p.smt2").read_text().startswith("; smug MaskProblem")
    # Row 0 forces [1, 0, 0, 1], which leaves row 1 (m1 + 0.5 m2 >= 0.25) impossible.
    assert presolve(problem).infeasible
    solved = presolve(MaskProblem(A, [3.0, -0.25]))
    assert solved.problem.n_vars == 0 and solved.problem.n_rows == 0
    assert solved.restore(np.zeros(0, bool)).tolist() == [True, False, False, True]


# --- extreme inputs (issue 17) --------------------------------------------------------
@pytest.mark.parametrize("kwargs, match", [
    (dict(A=np.array([[2**53 + 1]]), rhs=np.array([2**53])), r"^A: row 0, column 0 is the integer 9007199254740993"),
    (dict(A=sp.csr_matrix(np.array([[0, 2**62 + 1]])), rhs=[1]), r"^A: row 0, column 1 is the integer"),
    (dict(A=[[1]], rhs=np.array([-(2**53) - 1])), r"^rhs: entry 0 is the integer -9007199254740993"),
    (dict(A=[[1]], rhs=[1], cost=np.array([2**63 - 1], dtype=np.uint64)), r"^cost: entry 0 is the integer"),
])
def test_integers_float64_would_round_are_refused(kwargs, match):
    """Item 3: ``2**53 + 1`` silently became ``2**53`` and a feasible row infeasible."""
    with pytest.raises(ValueError, match=match):
        MaskProblem(strict=True, **kwargs)


def test_large_integers_that_are_floats_are_kept_exactly():
    problem = MaskProblem(np.array([[2**60, 3 * 2**55, 2**53]]), np.array([2**60]), strict=False)
    assert problem.A.data.tolist() == [2.0**60, 3 * 2.0**55, 2.0**53]


def _corruptions(raw: bytes, count: int):
    """Deterministic corruptions of a file: bit flips, truncations, overwritten bytes."""
    rng = np.random.default_rng(17)
    for trial in range(count):
        data = bytearray(raw)
        pos = int(rng.integers(len(data)))
        if trial % 3 == 0:
            data[pos] ^= 1 << int(rng.integers(8))
        elif trial % 3 == 1:
            data = data[:pos]
        else:
            data[pos] = int(rng.integers(256))
        yield bytes(data)


def test_any_corrupt_file_is_one_value_error(tmp_path):
    """Item 10: a bit-flipped member ended in ``zlib.error`` (and header damage in
    SyntaxError, MemoryError, ...): every corruption is one ValueError naming the file."""
    rng = np.random.default_rng(0)
    problem = MaskProblem(rng.integers(-3, 4, (20, 30)).astype(float), np.ones(20),
                          cost=np.linspace(1, 2, 30))
    raw = problem.save(tmp_path / "p.npz").read_bytes()
    bad = tmp_path / "bad.npz"
    for data in _corruptions(raw, 600):
        bad.write_bytes(data)
        try:
            loaded = MaskProblem.load(bad)
        except ValueError as exc:
            assert str(exc).startswith(f"path: {bad} is not a smug MaskProblem file")
            assert "\n" not in str(exc)
        else:  # a flip in a zip comment or padding may leave the problem intact
            assert loaded == problem


def test_bare_npy_array_is_refused(tmp_path):
    np.save(tmp_path / "a.npy", np.arange(3))
    (tmp_path / "a.npy").rename(tmp_path / "a.npz")
    with pytest.raises(ValueError, match="one .npy array, not an .npz archive"):
        MaskProblem.load(tmp_path / "a.npz")
