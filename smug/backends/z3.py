"""The z3 backend: exact optimisation modulo theories with ``z3.Optimize``.

z3 does arithmetic over exact rationals and unbounded integers, so every float64 of the
problem enters the model as the exact rational it denotes and a strict ``>`` stays strict:
the backend is *exact* (``Backend.exact``) and needs no relax/restrict repair. Three
encodings of the same rows are offered through the native option ``encoding=``:

``"int"``
    0/1 ``Int`` variables times exact ``Real`` coefficients, built term by term with the
    Python API: the encoding the paper used (appendix E). Slow to build and to solve.
``"pb"``
    ``Bool`` variables; every row is scaled *exactly* to integers (a float64 is a dyadic
    rational, so multiplying a row by the largest power-of-two denominator in it gives
    integers), divided by the gcd of its coefficients and turned into ``sum >= k``.
    Rows whose integers fit z3's C ``int`` become native pseudo-Boolean constraints
    (``PbGe``); wider rows become ``Sum(If(b, c, 0)) >= k`` over unbounded integers.
``"smt2"``
    The same integer rows written as one SMT-LIB 2 string (``(_ pbge k c1 ... cn)`` with
    bignum indices) with numpy string operations and parsed in one call
    (``Optimize.from_string``): the whole model crosses the Python/C boundary once.

``benchmarks/studies/z3_encodings/z3_encodings.py`` measures build and solve time of each; the default
(:data:`DEFAULT_ENCODING`) follows that measurement (see ``docs/backends/z3.md``).

Time-outs: z3 stops with ``unknown``; its model is then the best one found so far, which
may violate rows (z3 issue tracker: the model after a cancel is not guaranteed), so it is
handed back to :meth:`Backend.run`, which verifies it exactly and drops it if it fails.
The lower bound of the objective handle is used only when it is a number.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any, ClassVar

import numpy as np

from smug._exact import integer_scale_exponent, scaled_integers
from smug.backends.base import Attempt, Backend, Capability, Settings
from smug.backends.z3_child import check_in_child
# MAX_TIMEOUT_MS and numeric_value stay importable from here, as before they moved
from smug.backends.z3_read import (MAX_TIMEOUT_MS, describe_status, has_model,  # noqa: F401
                                   numeric_value, proven_lower, read_mask, timeout_ms,
                                   usable_lower)
from smug.errors import UnknownOptionError
from smug.problem import FREE, MaskProblem
from smug.solution import Termination

__all__ = ["Z3Backend", "ENCODINGS", "DEFAULT_ENCODING", "ExactIntegerRows", "exact_integer_rows"]

#: The encodings accepted by ``encoding=``.
ENCODINGS: tuple[str, ...] = ("pb", "smt2", "int")
#: Chosen from ``benchmarks/studies/z3_encodings/results/z3_encodings.md``.
DEFAULT_ENCODING = "smt2"
#: Options of this backend that are not z3 parameters.
OWN_OPTIONS: frozenset[str] = frozenset({"encoding", "isolate"})
#: Largest coefficient magnitude passed to z3's native pseudo-Boolean API (a C ``int``).
_C_INT_MAX = 2**31 - 1


# --- exact integer rows ------------------------------------------------------------------
@dataclass(frozen=True)
class ExactIntegerRows:
    """Every row of a MaskProblem as an exactly equivalent ``sum(coef * M) >= k`` over integers.

    ``indptr``/``indices`` are the CSR structure of the problem's ``A``; ``coefs[i]`` is the
    list of Python ints of row ``i`` and ``k[i]`` its integer right-hand side. A row whose
    coefficients are all zero has an empty list and is decided by ``0 >= k[i]``.
    """

    indptr: np.ndarray
    indices: np.ndarray
    coefs: list[list[int]]
    k: list[int]


def _row_to_integers(values: np.ndarray, rhs: float, strict: bool) -> tuple[list[int], int]:
    """Scale one row exactly to integers and return it as ``sum(c * M) >= k``.

    Every float64 is an integer times a power of two, so multiplying the row and its
    right-hand side by ``2**e`` (:func:`smug._exact.integer_scale_exponent`) gives integers
    with the same order: ``A.M > rhs`` becomes ``C.M > R``, i.e. ``C.M >= R + 1`` (integers),
    and ``>=`` stays ``C.M >= R``. Dividing by ``g = gcd(C)`` keeps the equivalence with
    ``k = floor(R / g) + 1`` (strict) or ``ceil(R / g)``.
    """
    values = np.asarray(values, dtype=np.float64)
    e = integer_scale_exponent(np.append(values, rhs))
    coefs = scaled_integers(values, e)
    bound = scaled_integers(np.array([rhs]), e)[0]
    g = math.gcd(*coefs) if coefs else 0
    if g > 1:
        coefs = [c // g for c in coefs]
        bound = bound // g if strict else -((-bound) // g)
    return coefs, bound + 1 if strict else bound


def exact_integer_rows(problem: MaskProblem) -> ExactIntegerRows:
    """Exact integer form of every row of ``problem`` (see :func:`_row_to_integers`)."""
    A = problem.A
    coefs: list[list[int]] = []
    ks: list[int] = []
    for i in range(problem.n_rows):
        lo, hi = A.indptr[i], A.indptr[i + 1]
        c, k = _row_to_integers(A.data[lo:hi], problem.rhs[i], bool(problem.strict[i]))
        coefs.append(c)
        ks.append(k)
    return ExactIntegerRows(A.indptr, A.indices, coefs, ks)


def _integer_costs(cost: np.ndarray) -> list[int] | None:
    """The costs as Python ints when they all are integers, else None."""
    if np.all(cost == np.round(cost)) and np.all(np.abs(cost) < 2.0**53):
        return [int(c) for c in cost]
    return None


# --- option handling ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def z3_parameter_names() -> frozenset[str]:
    import z3

    descrs = z3.Optimize(ctx=z3.Context()).param_descrs()  # never z3's shared global context
    return frozenset(descrs.get_name(i) for i in range(descrs.size()))


def _native_params(options: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in options.items() if k not in OWN_OPTIONS}


# --- the three encodings -----------------------------------------------------------------
@dataclass
class _Model:
    """A built z3 Optimize with its variables and objective handle."""

    opt: Any
    variables: list[Any]
    handle: Any
    boolean: bool
    encoding: str = DEFAULT_ENCODING
    #: The SMT-LIB 2 text for the isolated check, when it was written without a z3 object.
    text: str | None = None


def _objective_terms_bool(z3: Any, ctx: Any, variables: list[Any], cost: np.ndarray) -> Any:
    int_costs = _integer_costs(cost)
    if int_costs is not None:
        terms = [z3.If(v, z3.IntVal(c, ctx), z3.IntVal(0, ctx))
                 for v, c in zip(variables, int_costs) if c]
        return z3.Sum(terms) if terms else z3.IntVal(0, ctx)
    terms = [z3.If(v, _real(z3, ctx, c), z3.RealVal(0, ctx)) for v, c in zip(variables, cost) if c]
    return z3.Sum(terms) if terms else z3.RealVal(0, ctx)


def _real(z3: Any, ctx: Any, value: float) -> Any:
    """The exact rational ``value`` as a z3 Real constant of context ``ctx``."""
    frac = Fraction(float(value))
    return z3.Q(frac.numerator, frac.denominator, ctx)


def _fixings(problem: MaskProblem) -> list[tuple[int, int]]:
    return [(int(j), int(problem.fixed[j])) for j in np.flatnonzero(problem.fixed != FREE)]


def _build_int(z3: Any, opt: Any, problem: MaskProblem) -> _Model:
    """The paper's encoding: 0/1 Int variables times exact Real coefficients."""
    ctx = opt.ctx
    xs = [z3.Int(f"m{j}", ctx) for j in range(problem.n_vars)]
    for x in xs:
        opt.add(x >= 0, x <= 1)
    A = problem.A
    for i in range(problem.n_rows):
        lo, hi = A.indptr[i], A.indptr[i + 1]
        terms = [_real(z3, ctx, a) * xs[j] for j, a in zip(A.indices[lo:hi], A.data[lo:hi])]
        lhs = z3.Sum(terms) if terms else z3.RealVal(0, ctx)
        rhs = _real(z3, ctx, problem.rhs[i])
        opt.add(lhs > rhs if problem.strict[i] else lhs >= rhs)
    for j, val in _fixings(problem):
        opt.add(xs[j] == val)
    int_costs = _integer_costs(problem.cost)
    if int_costs is not None:
        terms = [c * x for x, c in zip(xs, int_costs) if c]
        objective = z3.Sum(terms) if terms else z3.IntVal(0, ctx)
    else:
        terms = [_real(z3, ctx, c) * x for x, c in zip(xs, problem.cost) if c]
        objective = z3.Sum(terms) if terms else z3.RealVal(0, ctx)
    return _Model(opt, xs, opt.minimize(objective), boolean=False)


def _build_pb(z3: Any, opt: Any, problem: MaskProblem) -> _Model:
    """Bool variables, exact integer pseudo-Boolean rows through the Python API."""
    ctx = opt.ctx
    bs = [z3.Bool(f"m{j}", ctx) for j in range(problem.n_vars)]
    rows = exact_integer_rows(problem)
    for i, (coefs, k) in enumerate(zip(rows.coefs, rows.k)):
        cols = rows.indices[rows.indptr[i]:rows.indptr[i + 1]]
        if not coefs:
            opt.add(z3.BoolVal(0 >= k, ctx))
        elif _fits_c_int(coefs, k):
            opt.add(z3.PbGe([(bs[j], c) for j, c in zip(cols, coefs)], k))
        else:
            terms = [z3.If(bs[j], z3.IntVal(c, ctx), z3.IntVal(0, ctx)) for j, c in zip(cols, coefs)]
            opt.add(z3.Sum(terms) >= k)
    for j, val in _fixings(problem):
        opt.add(bs[j] if val else z3.Not(bs[j]))
    return _Model(opt, bs, opt.minimize(_objective_terms_bool(z3, ctx, bs, problem.cost)), True)


def _fits_c_int(coefs: list[int], k: int) -> bool:
    """True when z3's pseudo-Boolean constraints read every number of the row right.

    z3's ``PbGe`` takes C ``int`` coefficients, and its SMT-LIB parser misreads the indices
    of ``(_ pbge k c1 ... cn)`` in [2**31, 2**32) (z3 5.4.1: ``((_ pbge 1 2147483653) b0)``
    with ``b0`` true is unsat). Wider rows are written as integer sums instead.
    """
    return max(abs(k), max(abs(c) for c in coefs)) <= _C_INT_MAX


def _smt2_rows(problem: MaskProblem) -> str:
    """The rows and fixings of ``problem`` as SMT-LIB 2 assertions over Bools ``m<j>``."""
    rows = exact_integer_rows(problem)
    names = np.char.add("m", np.arange(problem.n_vars).astype(str))
    lines = [f"(declare-const {name} Bool)" for name in names]
    for i, (coefs, k) in enumerate(zip(rows.coefs, rows.k)):
        if not coefs:
            lines.append("(assert true)" if 0 >= k else "(assert false)")
            continue
        cols = names[rows.indices[rows.indptr[i]:rows.indptr[i + 1]]]
        if _fits_c_int(coefs, k):
            lines.append(f"(assert ((_ pbge {k} {' '.join(map(str, coefs))}) {' '.join(cols)}))")
        else:
            terms = " ".join(f"(ite {v} {_smt2_int(c)} 0)" for v, c in zip(cols, coefs))
            lines.append(f"(assert (>= (+ 0 {terms}) {_smt2_int(k)}))")
    for j, val in _fixings(problem):
        lines.append(f"(assert {names[j]})" if val else f"(assert (not {names[j]}))")
    return "\n".join(lines)


def _smt2_int(value: int) -> str:
    """An SMT-LIB 2 integer literal (negative numbers are written ``(- n)``)."""
    return str(value) if value >= 0 else f"(- {-value})"


def _smt2_objective(cost: np.ndarray) -> str:
    """``(minimize ...)`` of ``cost . M`` over the Bools ``m<j>``, exact."""
    int_costs = _integer_costs(cost)
    if int_costs is not None:
        terms = [f"(ite m{j} {c} 0)" for j, c in enumerate(int_costs) if c]
        zero = "0"
    else:
        terms = []
        for j, c in enumerate(cost):
            if c:
                frac = Fraction(float(c))
                terms.append(f"(ite m{j} (/ {frac.numerator}.0 {frac.denominator}.0) 0.0)")
        zero = "0.0"
    body = zero if not terms else terms[0] if len(terms) == 1 else f"(+ {' '.join(terms)})"
    return f"(minimize {body})"


def _build_smt2(z3: Any, opt: Any, problem: MaskProblem) -> _Model:
    """Bool variables, integer pb rows and the objective parsed from one SMT-LIB 2 string.

    The objective is in the string too: building its ``n`` ``If`` terms through the Python
    API took longer than parsing all the rows (1.4 s vs 0.1 s for 3,136 variables).
    """
    opt.from_string(_smt2_rows(problem) + "\n" + _smt2_objective(problem.cost))
    bs = [z3.Bool(f"m{j}", opt.ctx) for j in range(problem.n_vars)]
    handle = z3.OptimizeObjective(opt, 0, False)  # the only objective: index 0
    return _Model(opt, bs, handle, True)


_BUILDERS = {"int": _build_int, "pb": _build_pb, "smt2": _build_smt2}


# --- reading results ---------------------------------------------------------------------
#: Seconds past the deadline after which a still-running check is interrupted.
INTERRUPT_GRACE = 0.5

#: Seconds between further interrupts while the check keeps running after the first one.
INTERRUPT_REPEAT = 0.25


@dataclass
class DeadlineWatch:
    """What the watchdog did: interrupts sent, seconds the check ran past the deadline."""

    interrupts: int = 0
    past_deadline_s: float = 0.0


@contextmanager
def deadline_guard(solver: Any, settings: Settings) -> Iterator[DeadlineWatch]:
    """Interrupt ``solver`` (its z3 context) for as long as it runs past the deadline.

    z3's ``timeout`` parameter is not checked in every phase: on the MNIST instances of the
    benchmark suite a 60 s limit let ``check()`` run for 122-147 s. A watchdog thread calls
    ``Z3_interrupt`` on the context ``INTERRUPT_GRACE`` seconds after the deadline, and again
    every ``INTERRUPT_REPEAT`` seconds until the check returns, because ``Optimize`` can
    absorb one cancellation in an inner phase and go on with the next. Some phases poll for
    cancellation rarely, so the limit stays *soft*: measured overruns after this change
    reach 39 s on a 60 s limit (``docs/backends/z3.md``). The check then returns ``unknown``
    (canceled) and whatever model it holds is verified as usual. The yielded
    :class:`DeadlineWatch` reports what happened.
    """
    watch = DeadlineWatch()
    left = settings.remaining()
    if left is None:
        yield watch
        return
    deadline = time.perf_counter() + left
    finished = threading.Event()

    def interrupt_until_finished() -> None:
        if finished.wait(min(left + INTERRUPT_GRACE, threading.TIMEOUT_MAX)):
            return
        while not finished.is_set():
            solver.ctx.interrupt()
            watch.interrupts += 1
            finished.wait(INTERRUPT_REPEAT)

    watchdog = threading.Thread(target=interrupt_until_finished, name="smug-z3-deadline",
                                daemon=True)
    watchdog.start()
    try:
        yield watch
    finally:
        finished.set()
        watchdog.join()
        watch.past_deadline_s = max(0.0, time.perf_counter() - deadline)




def configure(opt: Any, settings: Settings) -> None:
    """Time limit, seed and native parameters onto an Optimize object."""
    left = settings.native_seconds()
    if left is not None:
        opt.set("timeout", timeout_ms(left))
    opt.set("random_seed", int(settings.seed))
    for key, value in _native_params(settings.options).items():
        opt.set(key, value)


class Z3Backend(Backend):
    """``z3.Optimize`` over an exact encoding of the MaskProblem (see the module docstring).

    Native options: ``encoding`` (one of :data:`ENCODINGS`, default
    :data:`DEFAULT_ENCODING`), ``isolate`` (run the check in a child process killed at the
    deadline, a hard time limit; default: on whenever a time limit is set, since z3's own
    limit is soft — 61-147 s on a 60 s limit; off costs no child start, ~0.3-0.5 s) and any parameter of
    ``z3.Optimize().param_descrs()`` (``maxsat_engine``, ``optsmt_engine``, ``rlimit``...).
    ``threads`` is ignored: z3's optimiser runs on one core.
    """

    name: ClassVar[str] = "z3"
    extra: ClassVar[str] = "z3"
    required_modules: ClassVar[tuple[str, ...]] = ("z3",)
    option_names: ClassVar[frozenset[str] | None] = None
    capabilities: ClassVar[frozenset[str]] = frozenset(
        {Capability.EXACT, Capability.HINT})
    shadowing_options: ClassVar[Mapping[str, str]] = {
        "timeout": "time_limit", "random_seed": "seed", "threads": "threads"}

    @classmethod
    def distributions(cls) -> tuple[str, ...]:
        return ("z3-solver",)

    def validate_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """Check ``encoding`` and every z3 parameter's name and value; raise naming the bad one."""
        import z3

        options = dict(options)
        encoding = options.get("encoding", DEFAULT_ENCODING)
        if encoding not in ENCODINGS:
            raise ValueError(
                f"encoding: expected one of {', '.join(map(repr, ENCODINGS))}, got {encoding!r}"
            )
        if not isinstance(options.get("isolate", False), bool):
            raise TypeError(f"isolate: expected True or False, got {options['isolate']!r}")
        known = z3_parameter_names()
        unknown = sorted(set(_native_params(options)) - known)
        if unknown:
            raise UnknownOptionError(
                f"options: z3 backend does not know {', '.join(map(repr, unknown))}; valid "
                f"options: 'encoding' and the parameters of z3.Optimize().param_descrs(), "
                f"e.g. {', '.join(sorted(known)[:8])}, ..."
            )
        probe = z3.Optimize(ctx=z3.Context())  # z3's global context is not thread-safe
        for key, value in _native_params(options).items():
            try:
                probe.set(key, value)
            except z3.Z3Exception as exc:
                raise ValueError(f"{key}: z3 rejected the value {value!r}: {exc}") from exc
        return options

    def build(self, problem: MaskProblem, tightening: np.ndarray, settings: Settings) -> _Model:
        """The chosen encoding in a z3 context of its own (rows are exact: no tightening).

        Every solve owns its ``z3.Context``: z3's global context is not thread-safe (several
        threads solving at once crashed the process), and the deadline watchdog interrupts
        this context alone.
        """
        import z3

        encoding = settings.options.get("encoding", DEFAULT_ENCODING)
        if encoding == "smt2" and _isolated(settings):
            # the child parses the text: nothing to build (or print back) in this process
            text = _smt2_rows(problem) + "\n" + _smt2_objective(problem.cost)
            names = [f"m{j}" for j in range(problem.n_vars)]
            return _Model(None, names, None, True, encoding, text)
        opt = z3.Optimize(ctx=z3.Context())
        configure(opt, settings)
        model = _BUILDERS[encoding](z3, opt, problem)
        _set_hint(opt, model, settings.hint)
        model.encoding = encoding
        return model

    def run(self, native: _Model, settings: Settings) -> Any:
        """``check()`` in this process (soft limit) or, by default under a time limit, in a
        child process killed at the deadline (``isolate``; a hard limit)."""
        if settings.expired():
            return Attempt(None, False, False, None, "time limit reached before the check",
                           termination=Termination.TIME_LIMIT)
        if _isolated(settings):
            return _check_isolated(native, settings)
        configure(native.opt, settings)  # the build used part of the time budget
        with deadline_guard(native.opt, settings) as watch:
            result = native.opt.check()
        return result, watch, settings.deadline is not None and settings.expired()

    def read(self, raw: Any, native: _Model, problem: MaskProblem) -> Attempt:
        import z3

        if isinstance(raw, Attempt):  # isolated: the child's answer, already read
            return raw
        result, watch, past_deadline = raw
        attempt = _attempt(z3, native, result, native.encoding, past_deadline)
        attempt.stats["z3_interrupts"] = watch.interrupts
        attempt.stats["z3_past_deadline_s"] = round(watch.past_deadline_s, 3)
        return attempt


def _isolated(settings: Settings) -> bool:
    """``isolate`` as given, else on whenever there is a time limit (z3's own is soft)."""
    return bool(settings.options.get("isolate", settings.deadline is not None))


def _check_isolated(model: _Model, settings: Settings) -> Attempt:
    """``isolate=True``: run the check in a child process killed at the deadline (hard limit).

    The model goes over as SMT-LIB 2 (``Optimize.sexpr()``, exact); the hint does not (z3's
    initial values are not part of that text). Starting the child costs ~0.3-0.5 s, counted
    in the solve time and the time limit.
    """
    params: dict[str, Any] = {"random_seed": int(settings.seed), **_native_params(settings.options)}
    encoding = model.encoding
    left = settings.native_seconds()
    text = model.text if model.text is not None else _problem_text(model.opt)
    outcome = check_in_child(text, [str(v) for v in model.variables],
                             model.boolean, params,
                             None if left is None else time.time() + left, INTERRUPT_GRACE)
    stats: dict[str, Any] = {"encoding": encoding, "isolated": True,
                             "z3_lower": outcome.z3_lower, "z3_upper": outcome.z3_upper,
                             "killed": outcome.result == "killed"}
    stats["child_s"] = outcome.seconds
    if outcome.result == "unsat":
        return Attempt(None, False, True, None, outcome.raw, stats=stats,
                       termination=Termination.INFEASIBLE)
    mask = None if outcome.mask is None else np.asarray(outcome.mask, dtype=bool)
    bound = usable_lower(outcome.lower, outcome.upper) if outcome.result == "unknown" else None
    timed_out = outcome.result == "killed" or settings.expired() or "timeout" in outcome.raw \
        or "cancel" in outcome.raw
    termination = (Termination.OPTIMAL if outcome.result == "sat" else Termination.TIME_LIMIT
                   if timed_out else Termination.UNKNOWN)
    return Attempt(mask, outcome.result == "sat", False, bound, outcome.raw, stats=stats,
                   termination=termination)


def _problem_text(opt: Any) -> str:
    """``opt.sexpr()`` without its option lines: z3 prints its parameters as
    ``(set-option :opt.random_seed …)`` but cannot parse them back; the child sets them."""
    lines = opt.sexpr().splitlines()
    return "\n".join(line for line in lines
                     if not line.startswith("(set-option") and not line.startswith(";"))


def _set_hint(opt: Any, model: _Model, hint: np.ndarray | None) -> None:
    """Give z3 the hint mask as initial values (z3 >= 4.13 has ``set_initial_value``)."""
    if hint is None or opt is None or not hasattr(opt, "set_initial_value"):
        return
    for var, value in zip(model.variables, np.asarray(hint, dtype=bool)):
        opt.set_initial_value(var, bool(value) if model.boolean else int(value))


def _termination(z3: Any, result: Any, raw: str, past_deadline: bool) -> Termination:
    if result == z3.sat:
        return Termination.OPTIMAL
    if result == z3.unsat:
        return Termination.INFEASIBLE
    if past_deadline or "timeout" in raw:
        return Termination.TIME_LIMIT
    if "cancel" in raw or "interrupt" in raw:
        return Termination.INTERRUPTED
    if "max. resource limit" in raw or "rlimit" in raw:
        return Termination.ITERATION_LIMIT
    return Termination.UNKNOWN


def _attempt(z3: Any, model: _Model, result: Any, encoding: str, past_deadline: bool) -> Attempt:
    raw = describe_status(result, model.opt)
    stats = {"encoding": encoding}
    termination = _termination(z3, result, raw, past_deadline)
    if result == z3.unsat:
        return Attempt(None, False, True, None, raw, stats=stats, termination=termination)
    mask = None
    if result == z3.sat or has_model(model.opt):
        mask = read_mask(z3, model.opt.model(), model.variables, model.boolean)
    bound = None
    if result == z3.unknown:
        bound = proven_lower(z3, model.handle)
    stats["z3_lower"] = str(model.handle.lower())
    stats["z3_upper"] = str(model.handle.upper())
    return Attempt(mask, result == z3.sat, False, bound, raw, stats=stats, termination=termination)
