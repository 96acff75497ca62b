"""The MaskProblem: smug's solver-independent intermediate representation.

A MaskProblem has ``n`` binary variables ``M_j`` (one per mask cell) and ``m`` linear rows::

    A[i] . M  >  rhs[i]      if strict[i]
    A[i] . M  >= rhs[i]      otherwise

and asks for ``min cost . M``. It is stored as arrays only (``A`` in CSR form), never as
solver objects, in the spirit of linopy's array model. The float64 numbers mean exactly the
rationals they denote: :func:`smug.verify` decides rows exactly, and every backend must keep
that meaning (see ``docs/backends.md``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

__all__ = ["Grid", "MaskProblem", "FREE", "as_mask"]

#: Value of ``MaskProblem.fixed`` for a variable that is not fixed.
FREE = -1


def as_mask(mask: Any, length: int, name: str = "mask") -> np.ndarray:
    """``mask`` as a bool array of ``length``, or a ValueError naming ``name``.

    Booleans pass as they are; 0/1 numbers are converted; any other shape or value is
    refused (a mask of 0.7 is an error, not a rounding).
    """
    arr = np.asarray(mask)
    if arr.shape != (length,):
        raise ValueError(f"{name}: expected shape ({length},), got {arr.shape}")
    if arr.dtype != bool:
        if not np.all(np.isin(arr, (0, 1))):
            raise ValueError(f"{name}: entries must be 0/1 or booleans")
        arr = arr.astype(bool)
    return arr


@dataclass(frozen=True)
class Grid:
    """How mask variables map back to input positions.

    Variable ``j`` is the cell at row-major position ``j`` of a grid of ``grid_shape`` cells,
    each covering ``cell_shape`` input positions of an input with spatial shape
    ``input_shape`` (``(H, W)`` for images, ``(L,)`` for token sequences). Cells at the
    border may be cut short when ``cell_shape`` does not divide ``input_shape``.
    """

    input_shape: tuple[int, ...]
    cell_shape: tuple[int, ...]

    def __post_init__(self) -> None:
        inp = tuple(int(s) for s in self.input_shape)
        cell = tuple(int(s) for s in self.cell_shape)
        if len(inp) != len(cell) or not inp:
            raise ValueError(
                f"grid: input_shape {inp} and cell_shape {cell} must have the same, non-zero length"
            )
        if min(inp) <= 0 or min(cell) <= 0:
            raise ValueError(f"grid: shapes must be positive, got input {inp}, cell {cell}")
        object.__setattr__(self, "input_shape", inp)
        object.__setattr__(self, "cell_shape", cell)

    @property
    def grid_shape(self) -> tuple[int, ...]:
        """Number of cells along each axis (ceil division: border cells may be partial)."""
        return tuple(-(-i // c) for i, c in zip(self.input_shape, self.cell_shape))

    @property
    def n_cells(self) -> int:
        return int(np.prod(self.grid_shape))

    def cell_index(self) -> np.ndarray:
        """Array of ``input_shape`` giving the variable index of every input position."""
        axes = [np.arange(i) // c for i, c in zip(self.input_shape, self.cell_shape)]
        grids = np.meshgrid(*axes, indexing="ij")
        return np.ravel_multi_index(tuple(grids), self.grid_shape)

    def to_input(self, mask: np.ndarray) -> np.ndarray:
        """Expand a cell mask (length ``n_cells``) to a bool array of ``input_shape``."""
        mask = np.asarray(mask).reshape(-1)
        if mask.size != self.n_cells:
            raise ValueError(f"mask: expected {self.n_cells} cells, got {mask.size}")
        return mask.astype(bool)[self.cell_index()]

    def to_dict(self) -> dict[str, list[int]]:
        return {"input_shape": list(self.input_shape), "cell_shape": list(self.cell_shape)}


_FILE_FIELDS = ("format", "shape", "indptr", "indices", "data", "rhs", "strict", "cost", "fixed",
                "name", "grid_input_shape", "grid_cell_shape")


def _read_npz(path: Path) -> dict[str, np.ndarray]:
    """Every field of a MaskProblem file, read fully; ValueError for a corrupt or foreign file."""
    try:
        loaded = np.load(path, allow_pickle=False)
        if not isinstance(loaded, np.lib.npyio.NpzFile):  # a bare .npy array
            raise ValueError("it holds one .npy array, not an .npz archive of fields")
        with loaded as f:
            missing = [k for k in _FILE_FIELDS if k not in f]
            if missing:
                raise ValueError(f"missing fields {', '.join(missing)}")
            return {k: f[k] for k in _FILE_FIELDS}
    except ValueError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a corrupt file makes numpy raise
        # truncated, bit-flipped or foreign files: zlib / CRC errors (zipfile.BadZipFile,
        # zlib.error), EOFError, absurd header shapes (MemoryError), unparsable headers
        # (SyntaxError, tokenize.TokenError), struct.error, UnicodeDecodeError, ...
        reason = " ".join(str(exc).split())[:200]
        raise ValueError(f"cannot read it as an .npz archive ({type(exc).__name__}: {reason})"
                         ) from None


def _int_array(f: Mapping[str, np.ndarray], key: str) -> np.ndarray:
    arr = np.asarray(f[key])
    if arr.dtype.kind not in "iu":
        raise ValueError(f"{key}: expected integers, got dtype {arr.dtype}")
    return arr.astype(np.int64).reshape(-1) if arr.ndim <= 1 else arr.astype(np.int64)


#: Integers of larger magnitude are float64 only when their low bits are zero.
_EXACT_INT_LIMIT = 2**53


def _check_exact_integers(name: str, arr: np.ndarray, where: Any = None) -> None:
    """Refuse integer input that float64 would round (beyond 2**53, low bits set).

    A MaskProblem's numbers are float64, whose meaning is exact; an ``int64`` such as
    ``2**53 + 1`` would become ``2**53`` silently and change the problem (a feasible row
    became infeasible), so it is refused, naming the entry. Integers that are floats
    (``2**60``, ``3 * 2**55``) pass.
    """
    if arr.dtype.kind not in "iu" or arr.size == 0:
        return
    big = np.abs(arr.astype(np.float64)) >= _EXACT_INT_LIMIT  # float: no int64 overflow
    for pos in zip(*np.nonzero(big)):
        value = int(arr[pos])
        if int(float(value)) != value:
            at = where(pos) if where is not None else f"entry {', '.join(map(str, pos))}"
            raise ValueError(
                f"{name}: {at} is the integer {value}, which float64 cannot hold exactly "
                f"(beyond 2**53 only multiples of a power of two are exact; nearest float "
                f"{float(value)!r}); smug's problems are float64: round or scale it yourself")


def _as_csr(A: Any) -> sp.csr_matrix:
    if sp.issparse(A):
        if not np.issubdtype(A.dtype, np.number) or np.issubdtype(A.dtype, np.complexfloating):
            raise TypeError(f"A: expected a real numeric matrix, got dtype {A.dtype}")
        coo = sp.coo_matrix(A)
        _check_exact_integers("A", coo.data,
                              lambda p: f"row {coo.row[p[0]]}, column {coo.col[p[0]]}")
        csr = sp.csr_matrix(A, dtype=np.float64, copy=True)
    else:
        arr = np.asarray(A)
        if arr.dtype == object or not (
            np.issubdtype(arr.dtype, np.number) or arr.dtype == bool
        ) or np.issubdtype(arr.dtype, np.complexfloating):
            raise TypeError(f"A: expected a real numeric array, got dtype {arr.dtype}")
        if arr.ndim != 2:
            raise ValueError(f"A: expected a 2-D (m, n) matrix, got shape {arr.shape}")
        _check_exact_integers("A", arr, lambda p: f"row {p[0]}, column {p[1]}")
        csr = sp.csr_matrix(arr.astype(np.float64))
    csr.sum_duplicates()
    csr.sort_indices()
    if not np.all(np.isfinite(csr.data)):
        bad = np.flatnonzero(~np.isfinite(csr.data))[0]
        row = int(np.searchsorted(csr.indptr, bad, side="right") - 1)
        raise ValueError(
            f"A: coefficients must be finite; row {row}, column {csr.indices[bad]} is "
            f"{csr.data[bad]}"
        )
    csr.eliminate_zeros()
    return csr


def _as_vector(name: str, value: Any, length: int, dtype: Any) -> np.ndarray:
    arr = np.asarray(value)
    numeric = np.issubdtype(arr.dtype, np.number) or arr.dtype == bool
    if not numeric or np.issubdtype(arr.dtype, np.complexfloating):
        raise TypeError(f"{name}: expected real numbers, got dtype {arr.dtype}")
    if arr.ndim == 0 and dtype is bool:
        arr = np.full(length, bool(arr))
    if arr.shape != (length,):
        raise ValueError(f"{name}: expected shape ({length},), got {arr.shape}")
    if dtype is bool:
        if arr.dtype != bool:
            if not np.all(np.isin(arr, (0, 1))):
                raise ValueError(f"{name}: expected booleans")
        return arr.astype(bool)
    _check_exact_integers(name, arr)
    out = arr.astype(np.float64)
    if not np.all(np.isfinite(out)):
        i = int(np.flatnonzero(~np.isfinite(out))[0])
        raise ValueError(f"{name}: values must be finite; entry {i} is {out[i]}")
    return out


def _check_cost_total(cost: np.ndarray) -> None:
    """Refuse costs whose total exceeds the float64 maximum: an objective value (a sum of
    costs) must be reportable as a float, and ``Solution.objective`` is one."""
    with np.errstate(over="ignore"):
        total = float(np.sum(cost))
    if total < 1e307:  # float error of the sum is far below the margin
        return
    from fractions import Fraction

    exact = sum((Fraction(c) for c in cost[cost != 0].tolist()), Fraction(0))
    if exact > Fraction(float(np.finfo(np.float64).max)):
        raise ValueError(
            "cost: the costs sum to more than the float64 maximum (1.8e308), so an objective "
            "value could overflow; divide the costs by a common factor (the optimal masks do "
            "not change)")


def _as_fixed(fixed: Any, n: int) -> np.ndarray:
    out = np.full(n, FREE, dtype=np.int8)
    if fixed is None:
        return out
    if isinstance(fixed, Mapping):
        for key, val in fixed.items():
            if isinstance(key, bool) or not isinstance(key, (int, np.integer)):
                raise TypeError(f"fixed: variable indices must be integers, got {key!r}")
            j = int(key)
            if not 0 <= j < n:
                raise ValueError(f"fixed: variable index {key} out of range [0, {n})")
            if val not in (0, 1) or isinstance(val, float) and not float(val).is_integer():
                raise ValueError(f"fixed: variable {key} must be fixed to 0 or 1, got {val!r}")
            out[j] = int(val)
        return out
    arr = np.asarray(fixed)
    if arr.shape != (n,):
        raise ValueError(f"fixed: expected a mapping or an array of shape ({n},), got {arr.shape}")
    if not np.all(np.isin(arr, (FREE, 0, 1))):
        bad = arr[~np.isin(arr, (FREE, 0, 1))][0]
        raise ValueError(f"fixed: entries must be 0, 1 or {FREE} (free), got {bad!r}")
    return arr.astype(np.int8)


class MaskProblem:
    """Minimise ``cost . M`` over binary ``M`` subject to ``A M > rhs`` (or ``>=``) row-wise.

    Parameters
    ----------
    A : scipy sparse matrix or array_like, shape (m, n)
        Row coefficients; converted to CSR float64. Must be finite.
    rhs : array_like, shape (m,)
        Right-hand sides; finite.
    strict : bool or array_like of bool, shape (m,)
        ``True`` for ``>`` rows, ``False`` for ``>=`` rows.
    cost : array_like, shape (n,), optional
        Objective weights, finite and non-negative; default all ones (the mask size).
    fixed : mapping ``{j: 0 or 1}`` or array of shape (n,) with entries 0, 1 or -1 (free)
        Variables forced to a value.
    grid : Grid, optional
        How variables map back to input positions; carried along, never needed by solvers.
    name : str, optional
        A label used in exports and reports.

    Raises
    ------
    ValueError, TypeError
        On any malformed argument; the message names the argument.
    """

    def __init__(
        self,
        A: Any,
        rhs: Any,
        strict: bool | Any = True,
        cost: Any = None,
        fixed: Mapping[int, int] | Any = None,
        grid: Grid | None = None,
        name: str = "maskproblem",
    ) -> None:
        self.A = _as_csr(A)
        m, n = self.A.shape
        self.rhs = _as_vector("rhs", rhs, m, np.float64)
        self.strict = _as_vector("strict", strict, m, bool)
        self.cost = np.ones(n) if cost is None else _as_vector("cost", cost, n, np.float64)
        if np.any(self.cost < 0):
            raise ValueError("cost: must be non-negative (the objective minimises mask weight)")
        _check_cost_total(self.cost)
        self.fixed = _as_fixed(fixed, n)
        if grid is not None:
            if not isinstance(grid, Grid):
                raise TypeError(f"grid: expected smug.Grid or None, got {type(grid).__name__}")
            if grid.n_cells != n:
                raise ValueError(f"grid: has {grid.n_cells} cells but the problem has {n} variables")
        self.grid = grid
        self.name = str(name)
        for arr in (self.A.data, self.A.indices, self.A.indptr, self.rhs, self.strict, self.cost,
                    self.fixed):
            arr.flags.writeable = False

    # --- sizes -------------------------------------------------------------------------
    @property
    def n_vars(self) -> int:
        return int(self.A.shape[1])

    @property
    def n_rows(self) -> int:
        return int(self.A.shape[0])

    @property
    def nnz(self) -> int:
        return int(self.A.nnz)

    @property
    def has_unit_cost(self) -> bool:
        return bool(np.all(self.cost == 1.0))

    def __repr__(self) -> str:
        n_fixed = int(np.sum(self.fixed != FREE))
        return (
            f"MaskProblem(name={self.name!r}, n_vars={self.n_vars}, n_rows={self.n_rows}, "
            f"nnz={self.nnz}, strict={int(self.strict.sum())}, fixed={n_fixed})"
        )

    # --- evaluation --------------------------------------------------------------------
    def check_mask(self, mask: Any, name: str = "mask") -> np.ndarray:
        """Return ``mask`` as a bool array of length ``n_vars``, or raise naming ``name``."""
        return as_mask(mask, self.n_vars, name)

    def objective(self, mask: Any) -> float:
        """``cost . mask``: the float64 nearest to the exact sum (a float sum can round twice)."""
        from smug._exact import exact_dot

        return float(exact_dot(self.cost, self.check_mask(mask)))

    def activity(self, mask: Any) -> np.ndarray:
        """Float64 estimate of ``A . mask`` (use :func:`smug.verify` for exact decisions)."""
        return self.A @ self.check_mask(mask).astype(np.float64)

    # --- copies ------------------------------------------------------------------------
    def with_fixed(self, fixed: Mapping[int, int] | Any) -> MaskProblem:
        """A copy with extra fixings merged in (new values override old ones)."""
        merged = self.fixed.copy()
        new = _as_fixed(fixed, self.n_vars)
        merged[new != FREE] = new[new != FREE]
        return MaskProblem(self.A, self.rhs, self.strict, self.cost, merged, self.grid, self.name)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MaskProblem):
            return NotImplemented
        return (
            self.A.shape == other.A.shape
            and (self.A != other.A).nnz == 0
            and np.array_equal(self.rhs, other.rhs)
            and np.array_equal(self.strict, other.strict)
            and np.array_equal(self.cost, other.cost)
            and np.array_equal(self.fixed, other.fixed)
            and self.grid == other.grid
        )

    __hash__ = None  # type: ignore[assignment]

    # --- files -------------------------------------------------------------------------
    def save(self, path: str | PathLike[str]) -> Path:
        """Write the problem to a ``.npz`` file (lossless) and return its path."""
        path = Path(path)
        if path.suffix != ".npz":
            path = path.with_suffix(path.suffix + ".npz") if path.suffix else path.with_suffix(".npz")
        grid = self.grid
        np.savez_compressed(
            path,
            format=np.array("smug.MaskProblem/1"),
            shape=np.array(self.A.shape, dtype=np.int64),
            indptr=self.A.indptr,
            indices=self.A.indices,
            data=self.A.data,
            rhs=self.rhs,
            strict=self.strict,
            cost=self.cost,
            fixed=self.fixed,
            name=np.array(self.name),
            grid_input_shape=np.array(grid.input_shape if grid else [], dtype=np.int64),
            grid_cell_shape=np.array(grid.cell_shape if grid else [], dtype=np.int64),
        )
        return path

    @classmethod
    def load(cls, path: str | PathLike[str]) -> MaskProblem:
        """Read a problem written by :meth:`save`, validating everything the constructor does.

        Raises
        ------
        FileNotFoundError
            No such file.
        ValueError
            One error, naming the file and what is wrong, for anything else: not an ``.npz``
            archive, truncated, another format, a missing or malformed field, or a CSR
            structure that does not describe a matrix of the stated shape.
        """
        path = Path(path)
        if not path.exists():
            raise FileNotFoundError(f"path: no such file: {path}")
        try:
            fields = _read_npz(path)
            return cls._from_fields(fields)
        except ValueError as exc:
            raise ValueError(f"path: {path} is not a smug MaskProblem file: {exc}") from None
        except TypeError as exc:
            raise ValueError(f"path: {path} is not a smug MaskProblem file: {exc}") from None

    @classmethod
    def _from_fields(cls, f: Mapping[str, np.ndarray]) -> MaskProblem:
        if str(f["format"]) != "smug.MaskProblem/1":
            raise ValueError(f"format is {str(f['format'])!r}, expected 'smug.MaskProblem/1'")
        shape = _int_array(f, "shape")
        if shape.shape != (2,) or np.any(shape < 0):
            raise ValueError(f"shape: expected two non-negative integers, got {shape.tolist()}")
        m, n = (int(v) for v in shape)
        indptr, indices = _int_array(f, "indptr"), _int_array(f, "indices")
        data = np.asarray(f["data"])
        if indptr.shape != (m + 1,) or indptr[0] != 0 or np.any(np.diff(indptr) < 0):
            raise ValueError(f"indptr: expected {m + 1} non-decreasing offsets from 0")
        if indices.ndim != 1 or data.shape != indices.shape or indptr[-1] != indices.size:
            raise ValueError(f"indices/data: expected {int(indptr[-1])} entries each, got "
                             f"{indices.shape} and {data.shape}")
        if indices.size and (indices.min() < 0 or indices.max() >= n):
            bad = int(indices[(indices < 0) | (indices >= n)][0])
            raise ValueError(f"indices: column {bad} out of range [0, {n})")
        A = sp.csr_matrix((data, indices, indptr), shape=(m, n))
        grid = None
        if f["grid_input_shape"].size:
            grid = Grid(tuple(int(v) for v in _int_array(f, "grid_input_shape")),
                        tuple(int(v) for v in _int_array(f, "grid_cell_shape")))
        return cls(A, f["rhs"], f["strict"], f["cost"], f["fixed"], grid, str(f["name"]))
