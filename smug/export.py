"""Export a :class:`~smug.problem.MaskProblem` to solver file formats.

Three formats, chosen by :func:`write` from the file suffix:

``.smt2`` (SMT-LIB 2, for z3 and other SMT optimisers)
    Exact. Every float64 coefficient is written as the rational it denotes,
    ``(/ p q)`` from :meth:`float.as_integer_ratio`; strict rows are written with ``>``.
    Variables are 0/1 integers (``variables="int"``, the paper's encoding) or Booleans
    (``variables="bool"``, pseudo-Boolean rows through ``ite``). The file ends with
    ``(minimize ...)``, ``(check-sat)``, ``(get-objectives)`` and ``(get-model)``, so that
    ``z3 -smt2 file.smt2`` solves it.

``.lp`` (CPLEX LP) and ``.mps`` (free-form MPS), for MILP solvers (HiGHS, CBC, ...)
    These formats cannot express a strict ``>`` and their readers work to a feasibility
    tolerance, so the rows are written exactly as the MILP backends build them
    (:mod:`smug.backends.milp`): each row is multiplied by the power of two that puts its
    largest coefficient in ``[0.5, 1)`` (exact); rows whose coefficients all lie on a coarse
    binary grid are written exactly (``>= R - g/2``, strict or not); the other rows are
    written *restricted* at tightening level :data:`EXPORT_LEVEL` (``rows="restricted"``,
    the default): ``>= rhs' + margin`` with ``margin = (1e-6 + 1e-8 |a'|_1 + 2 err) *
    10**(level-1)``, about 1e-4 on a scaled row, so that any mask a solver accepts at its
    default feasibility and integrality tolerances (up to 1e-6) satisfies the exact row.
    ``rows="relaxed"`` writes the relaxation instead (every exactly-feasible mask is
    admitted: the optimum of that file is a lower bound). Coefficients are written with 17
    significant digits, which read back to the same float64. A comment at the top of each
    file says all this; check any mask a solver returns with :func:`smug.verify`.

Fixed variables become bounds (``m = 0`` or ``m = 1``). Variables are named ``m<j>`` and
rows ``r<i>``, after their index in the problem.

All formats are written in bulk from the CSR arrays (numpy string formatting and
``str.join``), never by concatenating terms one at a time.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from smug.problem import FREE, MaskProblem

__all__ = [
    "write",
    "to_smt2",
    "to_lp",
    "to_mps",
    "milp_rows",
    "FORMATS",
    "EXPORT_LEVEL",
]

#: Formats accepted by :func:`write`, keyed by file suffix.
FORMATS: dict[str, str] = {".smt2": "smt2", ".lp": "lp", ".mps": "mps"}

#: Tightening level of the restricted rows written to LP/MPS files (see
#: :func:`smug.backends.milp.row_lower_bounds`): level 3 gives a margin 100 times the
#: backends' level-1 margin, which is sized for the 1e-9 tolerances they request; a file is
#: read with the solver's defaults (1e-6).
EXPORT_LEVEL = 3

_TERMS_PER_LINE = 8


# --- public entry points ---------------------------------------------------------------
def write(
    problem: MaskProblem, path: str | PathLike[str], format: str | None = None, **options: str
) -> Path:
    """Write ``problem`` to ``path`` as SMT-LIB 2, CPLEX LP or MPS and return the path.

    Parameters
    ----------
    problem : MaskProblem
    path : str or path-like
        The file to write (missing parent folders are created). Its suffix (``.smt2``,
        ``.lp``, ``.mps``) picks the format when ``format`` is None.
    format : {"smt2", "lp", "mps"}, optional
    **options
        Passed to the writer: ``variables="int"|"bool"`` for SMT-LIB 2,
        ``rows="restricted"|"relaxed"`` for LP and MPS.

    Raises
    ------
    ValueError
        When the format is neither given nor implied by a known suffix.
    """
    if not isinstance(problem, MaskProblem):
        raise TypeError(f"problem: expected a smug.MaskProblem, got {type(problem).__name__}")
    path = Path(path)
    fmt = _resolve_format(path, format)
    writer = {"smt2": to_smt2, "lp": to_lp, "mps": to_mps}[fmt]
    text = writer(problem, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _resolve_format(path: Path, format: str | None) -> str:
    valid = sorted(set(FORMATS.values()))
    if format is None:
        fmt = FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise ValueError(
                f"path: cannot infer the format from suffix {path.suffix!r}; expected one of "
                f"{', '.join(sorted(FORMATS))} or pass format= one of {', '.join(valid)}"
            )
        return fmt
    fmt = str(format).lower().lstrip(".")
    if fmt not in valid:
        raise ValueError(f"format: expected one of {', '.join(valid)}, got {format!r}")
    return fmt


def milp_rows(problem: MaskProblem, rows: str = "restricted") -> tuple[sp.csr_matrix, np.ndarray]:
    """The rows written to LP/MPS files: power-of-two scaled ``A`` and lower bounds.

    Parameters
    ----------
    rows : {"restricted", "relaxed"}
        ``"restricted"``: every mask meeting the written rows (within a solver's default
        tolerances) satisfies the exact rows. ``"relaxed"``: every mask satisfying the exact
        rows meets the written ones.

    Returns
    -------
    A : CSR matrix, the scaled rows (row ``i`` of ``problem.A`` times a power of two)
    lower : (m,) float64; ``-inf`` for rows every mask satisfies, ``+inf`` for rows none does
    """
    from smug.backends.milp import row_lower_bounds, scale_rows

    if rows not in ("restricted", "relaxed"):
        raise ValueError(f"rows: expected 'restricted' or 'relaxed', got {rows!r}")
    scaled = scale_rows(problem)
    level = EXPORT_LEVEL if rows == "restricted" else 0
    lower = row_lower_bounds(scaled, np.full(problem.n_rows, level, dtype=np.int16))
    return scaled.A, lower


def _file_rows(problem: MaskProblem, rows: str) -> tuple[sp.csr_matrix, np.ndarray]:
    """:func:`milp_rows` with infinite bounds made writable: a row no mask satisfies becomes
    ``0 >= 1`` (its coefficients dropped); a row every mask satisfies gets ``-1e30``."""
    A, lower = milp_rows(problem, rows)
    impossible = np.isposinf(lower)
    if impossible.any():
        A = A.tolil()
        for i in np.flatnonzero(impossible):
            A.rows[i], A.data[i] = [], []
        A = A.tocsr()
    lower = np.where(impossible, 1.0, np.where(np.isneginf(lower), -1e30, lower))
    return A, lower


# --- SMT-LIB 2 -------------------------------------------------------------------------
def _smt_rational(values: np.ndarray) -> np.ndarray:
    """Exact SMT-LIB 2 terms for float64 values: ``p``, ``(/ p q)``, ``(- ...)``."""
    uniq, inverse = np.unique(np.asarray(values, dtype=np.float64), return_inverse=True)
    texts = []
    for v in uniq.tolist():
        p, q = abs(v).as_integer_ratio()
        text = str(p) if q == 1 else f"(/ {p} {q})"
        texts.append(f"(- {text})" if v < 0 else text)
    return np.asarray(texts, dtype=object)[inverse.reshape(-1)]


def _smt_var_names(n: int) -> np.ndarray:
    return np.asarray([f"m{j}" for j in range(n)], dtype=object)


def to_smt2(problem: MaskProblem, variables: str = "int") -> str:
    """The problem as an SMT-LIB 2 optimisation script (exact rationals, strict ``>``).

    Parameters
    ----------
    problem : MaskProblem
    variables : {"int", "bool"}
        ``"int"``: each ``m<j>`` is an Int constrained to ``0 <= m <= 1`` and rows are
        ``(* coef m<j>)`` sums, as in the paper. ``"bool"``: each ``m<j>`` is a Bool and rows
        sum ``(ite m<j> coef 0)`` terms (pseudo-Boolean).
    """
    if variables not in ("int", "bool"):
        raise ValueError(f"variables: expected 'int' or 'bool', got {variables!r}")
    n, m = problem.n_vars, problem.n_rows
    names = _smt_var_names(n)
    lines = [
        f"; smug MaskProblem {problem.name!r}: {n} variables, {m} rows, {problem.nnz} non-zeros",
        "; minimise cost . M over M in {0,1}^n subject to A[i] . M > rhs[i] (strict) or >= rhs[i]",
        "; coefficients are the exact rationals denoted by the float64 values",
        "(set-option :produce-models true)",
    ]
    if variables == "int":
        lines.append("(set-logic QF_LIRA)")
        lines += [f"(declare-fun {v} () Int)" for v in names]
        lines += [f"(assert (<= 0 {v} 1))" for v in names]
    else:
        lines += [f"(declare-fun {v} () Bool)" for v in names]
    lines += _smt_fixings(problem, names, variables)
    terms = _smt_terms(names[problem.A.indices], _smt_rational(problem.A.data), variables)
    rhs = _smt_rational(problem.rhs)
    ops = np.where(problem.strict, ">", ">=")
    indptr = problem.A.indptr
    for i in range(m):
        lines.append(f"(assert ({ops[i]} {_smt_sum(terms[indptr[i]:indptr[i + 1]])} {rhs[i]}))")
    nonzero_cost = np.flatnonzero(problem.cost)
    objective = _smt_terms(names[nonzero_cost], _smt_rational(problem.cost[nonzero_cost]), variables)
    lines.append(f"(minimize {_smt_sum(objective)})")
    lines += ["(check-sat)", "(get-objectives)", "(get-model)"]
    return "\n".join(lines) + "\n"


def _smt_fixings(problem: MaskProblem, names: np.ndarray, variables: str) -> list[str]:
    out = []
    for j in np.flatnonzero(problem.fixed != FREE):
        value = int(problem.fixed[j])
        if variables == "int":
            out.append(f"(assert (= {names[j]} {value}))")
        else:
            out.append(f"(assert {names[j]})" if value else f"(assert (not {names[j]}))")
    return out


def _smt_terms(names: np.ndarray, coefs: np.ndarray, variables: str) -> np.ndarray:
    if names.size == 0:
        return np.zeros(0, dtype=object)
    if variables == "int":
        return "(* " + coefs + " " + names + ")"
    return "(ite " + names + " " + coefs + " 0)"


def _smt_sum(terms: np.ndarray) -> str:
    if terms.size == 0:
        return "0"
    if terms.size == 1:
        return str(terms[0])
    return "(+ " + " ".join(terms.tolist()) + ")"


# --- CPLEX LP --------------------------------------------------------------------------
def _numbers(values: np.ndarray, signed: bool = False) -> np.ndarray:
    """Float64 values as text that reads back to the same float64 (17 significant digits)."""
    fmt = "%+.17g" if signed else "%.17g"
    return np.char.mod(fmt, np.asarray(values, dtype=np.float64)).astype(object)


def _margin_comment(problem: MaskProblem, prefix: str, rows: str) -> list[str]:
    head = (
        f"{prefix} smug MaskProblem {problem.name!r}: {problem.n_vars} variables, "
        f"{problem.n_rows} rows, {problem.nnz} non-zeros"
    )
    if rows == "restricted":
        how = [
            f"{prefix} RESTRICTED rows (as smug's MILP backends at tightening level {EXPORT_LEVEL}):",
            f"{prefix} a mask meeting them within a 1e-6 tolerance satisfies the exact rows;",
            f"{prefix} strict '>' rows and real-valued rows carry a margin of ~1e-4 (scaled),",
            f"{prefix} rows on a coarse binary grid are exact. The optimum is an upper bound.",
        ]
    else:
        how = [
            f"{prefix} RELAXED rows: every mask satisfying the exact rows meets them (a slack",
            f"{prefix} of ~1e-7 on scaled rows); the optimum of this file is a lower bound.",
        ]
    return [head, *how,
            f"{prefix} row i is the MaskProblem's row i times a power of two (exact);",
            f"{prefix} 17 significant digits (exact float64); verify masks with smug.verify"]


def _lp_terms(names: np.ndarray, coefs: np.ndarray) -> np.ndarray:
    """`` +c m<j>`` for every entry, formatted in one numpy call."""
    return " " + _numbers(coefs, signed=True) + " " + names


def _lp_linear(terms: np.ndarray) -> str:
    """Join terms with a line break every few (LP readers limit the line length)."""
    if terms.size == 0:
        return " 0 m0"
    items = terms.tolist()
    return "\n   ".join(
        "".join(items[k : k + _TERMS_PER_LINE]) for k in range(0, len(items), _TERMS_PER_LINE)
    )


def _require_variables(problem: MaskProblem, fmt: str) -> None:
    if problem.n_vars == 0:
        raise ValueError(f"problem: {fmt} export needs at least one variable, got 0")


def to_lp(problem: MaskProblem, rows: str = "restricted") -> str:
    """The problem in CPLEX LP format, rows built as in :func:`milp_rows`."""
    _require_variables(problem, "LP")
    A, lower = _file_rows(problem, rows)
    names = _smt_var_names(problem.n_vars)
    rhs = _numbers(lower)
    lines = _margin_comment(problem, "\\", rows)
    lines += ["Minimize", " obj:" + _lp_linear(_lp_terms(names, problem.cost)), "Subject To"]
    terms = _lp_terms(names[A.indices], A.data)
    indptr = A.indptr
    for i in range(problem.n_rows):
        lines.append(f" r{i}:" + _lp_linear(terms[indptr[i] : indptr[i + 1]]) + f" >= {rhs[i]}")
    lines.append("Bounds")
    lower_b = np.where(problem.fixed == 1, 1, 0).astype(str).astype(object)
    upper_b = np.where(problem.fixed == 0, 0, 1).astype(str).astype(object)
    lines += (" " + lower_b + " <= " + names + " <= " + upper_b).tolist()
    lines.append("General")
    lines += [" " + " ".join(names[k : k + 16].tolist()) for k in range(0, names.size, 16)]
    lines.append("End")
    return "\n".join(lines) + "\n"


# --- MPS -------------------------------------------------------------------------------
def to_mps(problem: MaskProblem, rows: str = "restricted") -> str:
    """The problem in MPS (whitespace-separated fields; names contain no spaces).

    Rows are built as in :func:`milp_rows`. Integrality is declared with ``MARKER
    INTORG/INTEND`` and explicit ``LO``/``UP`` (or ``FX``) bounds of 0 and 1.
    """
    _require_variables(problem, "MPS")
    A, lower = _file_rows(problem, rows)
    n, m = problem.n_vars, problem.n_rows
    names = _smt_var_names(n)
    row_names = np.asarray([f"r{i}" for i in range(m)], dtype=object)
    lines = _margin_comment(problem, "*", rows)
    lines += [f"NAME {_mps_name(problem.name)}", "ROWS", " N obj"]
    lines += (" G " + row_names).tolist()
    lines.append("COLUMNS")
    lines.append(" MARKER 'MARKER' 'INTORG'")
    lines += _mps_columns(A, problem.cost, names, row_names)
    lines.append(" MARKER 'MARKER' 'INTEND'")
    lines.append("RHS")
    nz = np.flatnonzero(lower)
    lines += (" RHS " + row_names[nz] + " " + _numbers(lower[nz])).tolist()
    lines.append("BOUNDS")
    lines += _mps_bounds(problem, names)
    lines.append("ENDATA")
    return "\n".join(lines) + "\n"


def _mps_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "_-." else "_" for ch in name)
    return cleaned or "maskproblem"


def _mps_columns(
    A: sp.csr_matrix, cost: np.ndarray, names: np.ndarray, row_names: np.ndarray
) -> list[str]:
    """One line per entry, column by column, each column led by its objective entry."""
    n = A.shape[1]
    csc = A.tocsc()
    csc.sort_indices()
    counts = np.diff(csc.indptr)
    col_of_entry = np.concatenate([np.arange(n), np.repeat(np.arange(n), counts)])
    row_text = np.concatenate([np.full(n, "obj", dtype=object), row_names[csc.indices]])
    values = np.concatenate([cost, csc.data])
    order = np.argsort(col_of_entry, kind="stable")  # objective entry first in each column
    text = " " + names[col_of_entry[order]] + " " + row_text[order] + " " + _numbers(values[order])
    return text.tolist()


def _mps_bounds(problem: MaskProblem, names: np.ndarray) -> list[str]:
    """Bounds in the fixed-column layout (type, set name, column at 15, value at 25).

    CBC's MPS reader takes BOUNDS lines by column position, so they are padded; the other
    sections are read by whitespace.
    """
    padded = np.char.ljust(names.astype(str), 8).astype(object)
    free = problem.fixed == FREE
    out = (" LO BND       " + padded[free] + "  0").tolist()
    out += (" UP BND       " + padded[free] + "  1").tolist()
    fixed = ~free
    values = problem.fixed[fixed].astype(str).astype(object)
    out += (" FX BND       " + padded[fixed] + "  " + values).tolist()
    return out
