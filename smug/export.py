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
    These formats cannot express a strict ``>``. A strict row ``a.M > b`` is written as
    ``a.M >= b + margin`` with ``margin = STRICT_ABS_MARGIN + STRICT_REL_MARGIN * max(|b|,
    sum_j |a_j|)`` (see :func:`strict_margin`), a *restriction*: every mask that satisfies
    the written row satisfies the exact one, provided the solver's feasibility tolerance is
    below the margin. Non-strict rows are written as they are. Each coefficient is written
    with 17 significant digits, which read back to the same float64. Both facts are stated in
    a comment at the top of the file. A MILP solver still works to a tolerance (about 1e-6):
    check any mask it returns with :func:`smug.verify`.

Fixed variables become bounds (``m = 0`` or ``m = 1``). Variables are named ``m<j>`` and
rows ``r<i>``, after their index in the problem.

All formats are written in bulk from the CSR arrays (numpy string formatting and
``str.join``), never by concatenating terms one at a time.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

import numpy as np

from smug.problem import FREE, MaskProblem

__all__ = [
    "write",
    "to_smt2",
    "to_lp",
    "to_mps",
    "strict_margin",
    "FORMATS",
    "STRICT_ABS_MARGIN",
    "STRICT_REL_MARGIN",
]

#: Formats accepted by :func:`write`, keyed by file suffix.
FORMATS: dict[str, str] = {".smt2": "smt2", ".lp": "lp", ".mps": "mps"}

#: Absolute part of the margin added to strict rows in LP/MPS files (10x a MILP solver's
#: default primal feasibility tolerance of 1e-6, so a solver that honours its tolerance
#: cannot return a mask that makes the exact row tight).
STRICT_ABS_MARGIN = 1e-5
#: Relative part of that margin, scaled by the row's magnitude (covers the solver's own
#: rounding when it sums large coefficients).
STRICT_REL_MARGIN = 1e-9

_TERMS_PER_LINE = 8


# --- public entry points ---------------------------------------------------------------
def write(problem: MaskProblem, path: str | PathLike[str], format: str | None = None) -> Path:
    """Write ``problem`` to ``path`` as SMT-LIB 2, CPLEX LP or MPS and return the path.

    Parameters
    ----------
    problem : MaskProblem
    path : str or path-like
        The file to write. Its suffix (``.smt2``, ``.lp``, ``.mps``) picks the format when
        ``format`` is None.
    format : {"smt2", "lp", "mps"}, optional

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
    path.write_text(writer(problem))
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


def strict_margin(problem: MaskProblem) -> np.ndarray:
    """The margin added to each strict row's right-hand side in LP/MPS exports (0 elsewhere).

    ``STRICT_ABS_MARGIN + STRICT_REL_MARGIN * max(|rhs_i|, sum_j |A_ij|)`` for strict rows.
    """
    abs_rows = np.asarray(abs(problem.A).sum(axis=1)).reshape(-1)
    scale = np.maximum(np.abs(problem.rhs), abs_rows)
    margin = STRICT_ABS_MARGIN + STRICT_REL_MARGIN * scale
    return np.where(problem.strict, margin, 0.0)


def _restricted_rhs(problem: MaskProblem) -> np.ndarray:
    """Right-hand sides for ``>=`` rows: strict rows raised by their margin, rounded up."""
    margin = strict_margin(problem)
    rhs = problem.rhs + margin
    # Round-off in the addition must never lower the bound below rhs + margin's intent.
    return np.where(margin > 0, np.nextafter(rhs, np.inf), rhs)


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


def _margin_comment(problem: MaskProblem, prefix: str) -> list[str]:
    return [
        f"{prefix} smug MaskProblem {problem.name!r}: {problem.n_vars} variables, "
        f"{problem.n_rows} rows, {problem.nnz} non-zeros",
        f"{prefix} LP/MPS cannot express a strict '>': each strict row a.M > b is written as",
        f"{prefix} a.M >= b + margin, margin = {STRICT_ABS_MARGIN:g} + {STRICT_REL_MARGIN:g} * "
        "max(|b|, sum|a|) (a restriction)",
        f"{prefix} coefficients have 17 significant digits (the exact float64 values); "
        "verify any mask exactly with smug.verify",
    ]


def _lp_linear(names: np.ndarray, coefs: np.ndarray) -> str:
    """`` +c m1 -d m2 ...`` with a line break every few terms (LP readers limit line length)."""
    if names.size == 0:
        return " 0 m0"
    terms = " " + _numbers(coefs, signed=True) + " " + names
    chunks = [
        "".join(terms[k : k + _TERMS_PER_LINE].tolist())
        for k in range(0, terms.size, _TERMS_PER_LINE)
    ]
    return "\n   ".join(chunks)


def _require_variables(problem: MaskProblem, fmt: str) -> None:
    if problem.n_vars == 0:
        raise ValueError(f"problem: {fmt} export needs at least one variable, got 0")


def to_lp(problem: MaskProblem) -> str:
    """The problem in CPLEX LP format (strict rows restricted by :func:`strict_margin`)."""
    _require_variables(problem, "LP")
    names = _smt_var_names(problem.n_vars)
    rhs = _numbers(_restricted_rhs(problem))
    indptr, cols, data = problem.A.indptr, problem.A.indices, problem.A.data
    lines = _margin_comment(problem, "\\")
    lines += ["Minimize", " obj:" + _lp_linear(names, problem.cost), "Subject To"]
    for i in range(problem.n_rows):
        lo, hi = indptr[i], indptr[i + 1]
        lines.append(f" r{i}:" + _lp_linear(names[cols[lo:hi]], data[lo:hi]) + f" >= {rhs[i]}")
    lines.append("Bounds")
    lower = np.where(problem.fixed == 1, 1, 0).astype(str).astype(object)
    upper = np.where(problem.fixed == 0, 0, 1).astype(str).astype(object)
    lines += (" " + lower + " <= " + names + " <= " + upper).tolist()
    lines.append("General")
    lines += [" " + " ".join(names[k : k + 16].tolist()) for k in range(0, names.size, 16)]
    lines.append("End")
    return "\n".join(lines) + "\n"


# --- MPS -------------------------------------------------------------------------------
def to_mps(problem: MaskProblem) -> str:
    """The problem in free-form MPS (whitespace-separated fields; names contain no spaces).

    Strict rows are restricted by :func:`strict_margin`. Integrality is declared with
    ``MARKER INTORG/INTEND`` and explicit ``LO``/``UP`` (or ``FX``) bounds of 0 and 1.
    """
    _require_variables(problem, "MPS")
    n, m = problem.n_vars, problem.n_rows
    names = _smt_var_names(n)
    row_names = np.asarray([f"r{i}" for i in range(m)], dtype=object)
    lines = _margin_comment(problem, "*")
    lines += [f"NAME {_mps_name(problem.name)}", "ROWS", " N obj"]
    lines += (" G " + row_names).tolist()
    lines.append("COLUMNS")
    lines.append(" MARKER 'MARKER' 'INTORG'")
    lines += _mps_columns(problem, names, row_names)
    lines.append(" MARKER 'MARKER' 'INTEND'")
    lines.append("RHS")
    rhs = _restricted_rhs(problem)
    nz = np.flatnonzero(rhs)
    lines += (" RHS " + row_names[nz] + " " + _numbers(rhs[nz])).tolist()
    lines.append("BOUNDS")
    lines += _mps_bounds(problem, names)
    lines.append("ENDATA")
    return "\n".join(lines) + "\n"


def _mps_name(name: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "_-." else "_" for ch in name)
    return cleaned or "maskproblem"


def _mps_columns(problem: MaskProblem, names: np.ndarray, row_names: np.ndarray) -> list[str]:
    """One line per entry, column by column, each column led by its objective entry."""
    csc = problem.A.tocsc()
    csc.sort_indices()
    counts = np.diff(csc.indptr)
    # Objective entry first in each column: interleave by a stable sort on column index.
    col_of_entry = np.concatenate([np.arange(problem.n_vars), np.repeat(np.arange(problem.n_vars), counts)])
    row_text = np.concatenate([np.full(problem.n_vars, "obj", dtype=object), row_names[csc.indices]])
    values = np.concatenate([problem.cost, csc.data])
    order = np.argsort(col_of_entry, kind="stable")
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
