"""The ``smug`` command line.

    smug backends                         installed backends and versions
    smug solve PROBLEM.npz [--backend B] [--time-limit S] [--json] [--out MASK.npy] ...
    smug cross-check PROBLEM.npz [--backends B ...] [--time-limit S]
    smug export PROBLEM.npz --format smt2|lp|mps [--out FILE]
    smug explain IMAGE|FOLDER [...] [--model M] [--k K] [--gamma G] [--cell C] [--backend B]
                 [--time-limit S] [--out DIR] [--dask ADDRESS] [--device cpu|cuda] [--quiet]
    smug report DIR                       (re)write DIR/index.html from a smug explain folder
    smug bench [--quick] [--instances PATH ...] [--dask ADDRESS] ...   the backend benchmark

Every argument is checked before anything heavy starts (no model is loaded, no IG runs, no
solver starts until the whole command line is valid). A user mistake (a missing, corrupt or
foreign file, an unknown backend, a bad flag or value) prints one line on stderr,
``smug <command>: error: ...``, and exits with status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import smug
from smug import export
from smug.errors import BackendNotInstalledError, UnknownBackendError
from smug.solving import validate_backend
from smug._argparse import DefaultsFormatter, positive_float
from smug.errors import SmugError

EXIT_USAGE = 2


class UserError(Exception):
    """A mistake in the command line or its inputs: reported in one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (``smug <command>: error: ...``), not the
    usage block; ``--help`` still shows the usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {' '.join(message.split())}\n")


# --- checks shared by the commands ----------------------------------------------------------
def _load_problem(path: str) -> smug.MaskProblem:
    """Read a MaskProblem; a missing, truncated, corrupt or foreign file is a UserError."""
    p = Path(path)
    if not p.exists():
        raise UserError(f"PROBLEM: no such file: {path}")
    if p.is_dir():
        raise UserError(f"PROBLEM: {path} is a folder, expected a .npz file")
    try:
        return smug.MaskProblem.load(p)
    except (ValueError, OSError, EOFError, zipfile.BadZipFile, KeyError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if str(p) not in reason:
            reason = f"cannot read {path}: {reason}"
        raise UserError(f"PROBLEM: {reason}") from None


def _check_backend(name: str | None, flag: str = "--backend") -> None:
    """An explicitly named backend must exist and be installed ("auto" is the default):
    the solving layer's one check (:func:`smug.solving.validate_backend`), as a usage error."""
    try:
        validate_backend(name, {})
    except (UnknownBackendError, BackendNotInstalledError) as exc:
        raise UserError(f"{flag}: {str(exc).removeprefix('backend: ')}") from None


def _check_writable(path: Path, flag: str, folder: bool = False) -> None:
    """Create the folder that will hold ``path`` (``path`` itself with ``folder``) and check
    that a file can be written there, before anything runs."""
    import tempfile

    target = path if folder else path.parent
    try:
        target.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=target):
            pass
    except OSError as exc:
        raise UserError(f"{flag}: cannot write in {target}: {exc.strerror or exc}") from None


def _native_option(text: str) -> tuple[str, Any]:
    """``KEY=VALUE`` for ``--option``; VALUE read as a bool, int, float or else a string."""
    key, sep, raw = (part.strip() for part in text.partition("="))
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    if raw.lower() in ("true", "false"):
        return key, raw.lower() == "true"
    for convert in (int, float):
        try:
            return key, convert(raw)
        except ValueError:
            pass
    return key, raw


def _int_at_least(low: int) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"expected an integer >= {low}, got {value}")
        return value

    parse.__name__ = f"integer >= {low}"
    return parse


def _fraction(text: str) -> float:
    """gamma: a number in [0, 1)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in [0, 1), got {text!r}") from None
    if not 0.0 <= value < 1.0:
        raise argparse.ArgumentTypeError(f"expected a number in [0, 1), got {text!r}")
    return value


class _ExplainerDefaultHelp(str):
    """A help text whose ``{tolerance}`` is the explainer's ``DEFAULT_IG_TOLERANCE``, read
    only when the help is printed (argparse formats it with ``%``), so that building the
    parser does not import torch and the number cannot go stale."""

    def __mod__(self, params: Any) -> str:
        from smug.explain.ig import DEFAULT_IG_TOLERANCE

        return str.__mod__(str(self).replace("{tolerance}", f"{DEFAULT_IG_TOLERANCE:g}"),
                           params)


def _open_fraction(text: str) -> float:
    """--ig-tolerance: a number in (0, 1)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1), got {text!r}") from None
    if not 0.0 < value < 1.0:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1), got {text!r}")
    return value


# --- the commands -----------------------------------------------------------------------------
def cmd_backends(args: argparse.Namespace) -> int:
    from smug.backends import DEFAULT_ORDER, backend_class, default_backend

    installed = set(smug.available_backends())
    default = default_backend() if installed else None
    print(f"{'backend':<8} {'installed':<9} {'version':<12} extra")
    for name in smug.backend_names():
        cls = backend_class(name)
        version = cls.version() if name in installed else None
        mark = " (auto on one core)" if name == default else ""
        print(f"{name:<8} {'yes' if name in installed else 'no':<9} {version or '-':<12} "
              f"smug[{cls.extra}]{mark}")
    print("default: auto (CP-SAT and HiGHS race in two threads on two cores); "
          f"single-backend order: {', '.join(DEFAULT_ORDER)}")
    return 0


def _solve_summary(problem: smug.MaskProblem, sol: smug.Solution, mask_file: str | None) -> str:
    """A few human lines about one solve (``--json`` gives everything)."""
    gap = "-" if sol.gap is None else f"{sol.gap:.3g}"
    kept = "-" if sol.mask is None else f"{int(sol.mask.sum())} of {problem.n_vars}"
    lines = [
        f"{problem.name or 'problem'}: {problem.n_rows} rows x {problem.n_vars} variables, "
        f"{problem.nnz} non-zeros",
        f"{sol.backend}: {sol.status.value}, objective {sol.objective}, bound {sol.bound}, "
        f"gap {gap}, verified {sol.verified} ({sol.raw_status})",
        f"mask: {kept} variables kept; time: build {sol.timings.build:.2f} s, solve "
        f"{sol.timings.solve:.2f} s, total {sol.timings.total:.2f} s",
    ]
    if mask_file:
        lines.append(f"mask saved to {mask_file}")
    return "\n".join(lines)


def cmd_solve(args: argparse.Namespace) -> int:
    _check_backend(args.backend)
    if args.out:
        _check_writable(Path(args.out), "--out")
    problem = _load_problem(args.problem)
    sol = smug.solve(problem, args.backend, time_limit=args.time_limit, threads=args.threads,
                     seed=args.seed, presolve=args.presolve, **dict(args.option))
    mask_file = None
    if args.out and sol.mask is not None:
        import numpy as np

        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        np.save(args.out, sol.mask)
        mask_file = str(args.out)
    if not args.json:
        print(_solve_summary(problem, sol, mask_file))
        return 0
    summary = sol.summary()
    summary["instance"] = problem.name
    if mask_file:
        summary["mask_file"] = mask_file
    summary["mask_indices"] = (None if sol.mask is None
                               else [int(i) for i in sol.mask.nonzero()[0]])
    print(json.dumps(summary, indent=1))
    return 0


def cmd_cross_check(args: argparse.Namespace) -> int:
    for name in args.backends or []:
        _check_backend(name, "--backends")
    problem = _load_problem(args.problem)
    result = smug.cross_check(problem, args.backends, time_limit=args.time_limit,
                              presolve=args.presolve)
    print(f"{problem!r}")
    print(result.table())
    return 0 if result.agree else 1


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else Path(args.problem).with_suffix("." + args.format)
    _check_writable(out, "--out")
    problem = _load_problem(args.problem)
    path = export.write(problem, out, args.format)
    print(path)
    return 0


def _check_device(device: str) -> None:
    if device == "cuda":
        import torch

        if not torch.cuda.is_available():
            raise UserError("--device: cuda asked for, but torch sees no CUDA device "
                            "(torch.cuda.is_available() is False)")


def _explain_line(row: dict[str, Any]) -> str:
    if row["status"] == "error":
        return f"{row['input']}: error: {row['error']} [{row['worker']}]"
    cells = "no mask" if row["objective"] is None else f"{row['objective']:g} cells"
    return (f"{row['input']}: {row['label_name']} (p={float(row['probability']):.3f}); "
            f"{row['backend']} {row['status']}, {cells}, sparsity "
            f"{float(row['sparsity']):.1%}; IG {row['ig_s']:.1f} s ({_ig_accuracy(row)}), "
            f"solve {row['solve_s']:.2f} s, {row['total_s']:.1f} s in all [{row['worker']}]")


def _ig_accuracy(row: dict[str, Any]) -> str:
    """``42 nodes, gap 0.12%, est. error 0.31%`` from a summary row's IG columns."""
    text = f"{row['ig_nodes']} nodes, gap {float(row['ig_gap']):.2%}"
    return text + (f", est. error {float(row['ig_error']):.2%}" if row["ig_error"] != "" else "")


def cmd_explain(args: argparse.Namespace) -> int:
    from smug.executors import check_dask_address
    from smug.many import MODELS, find_images

    _check_backend(args.backend)
    if args.dask is not None:
        check_dask_address(args.dask)
    _check_writable(Path(args.out), "--out", folder=True)
    files = find_images(args.images)
    _check_device(args.device)
    spec = MODELS[args.model]
    k = spec.default_k if args.k is None else args.k
    cell = spec.default_cell if args.cell is None else args.cell
    if spec.input_side % cell:
        divisors = [d for d in range(1, spec.input_side + 1) if spec.input_side % d == 0]
        raise UserError(f"--cell: {args.model} takes {spec.input_side}x{spec.input_side} "
                        f"inputs; the cell size must divide {spec.input_side} (one of "
                        f"{', '.join(map(str, divisors))}), got {cell}")
    _explainer_check(k=k, gamma=args.gamma, cell=cell, n_steps=args.n_steps,
                     ig_tolerance=args.ig_tolerance, internal_batch_size=args.ig_batch,
                     backend=args.backend, time_limit=args.time_limit)
    run = dict(model=args.model, device=args.device, k=args.k, gamma=args.gamma, cell=cell,
               backend=args.backend, time_limit=args.time_limit, n_steps=args.n_steps,
               ig_tolerance=args.ig_tolerance, ig_batch=args.ig_batch,
               progress=not args.quiet and sys.stderr.isatty())
    return _explain_and_report(files, Path(args.out), args.dask, run)


def _explainer_check(**kwargs: Any) -> None:
    """The explainer's own argument check, when it has one (it imports torch but loads no
    model): run after the command line's checks, so that both agree on what is valid."""
    try:
        from smug.explain.arguments import validate_arguments
    except ImportError:  # an explainer without it, or no torch: the checks above stand
        return
    for name in ("n_steps", "ig_tolerance"):
        if kwargs.get(name) is None:
            kwargs.pop(name)
    validate_arguments(**kwargs)


def _explain_and_report(files: list[Path], out: Path, dask: str | None,
                        run: dict[str, Any]) -> int:
    """Run :func:`smug.many.explain_files` here or on Dask; one line per input; exit 1 if
    any input failed."""
    import contextlib

    from smug.executors import ClusterInfo, dask_executor
    from smug.many import explain_files

    info = ClusterInfo(dask or "local")
    rows = []
    with contextlib.ExitStack() as stack:
        executor = None
        if dask is not None:
            executor = stack.enter_context(dask_executor(dask, info=info))
            print(f"dask: {info.n_workers} workers at {info.scheduler} "
                  f"(started in {info.start_s:.1f} s)", file=sys.stderr)
        for row in explain_files(files, out, executor=executor, **run):
            for message in row["warnings"]:
                print(f"smug explain: warning: {row['input']}: {message}", file=sys.stderr)
            print(_explain_line(row), flush=True)
            rows.append(row)
    failed = sum(r["status"] == "error" for r in rows)
    print(f"{len(rows) - failed} explained, {failed} failed, {len(files) - len(rows)} already "
          f"done; wrote {out / 'summary.csv'} and one folder per input in {out}")
    from smug.report import write_report

    print(f"report: {write_report(out)}")
    return 1 if failed else 0


def cmd_report(args: argparse.Namespace) -> int:
    from smug.report import write_report

    folder = Path(args.folder)
    if not folder.is_dir():
        raise UserError(f"DIR: no such folder: {folder}")
    _check_writable(folder / "index.html", "DIR")
    print(write_report(folder))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from smug.bench.command import run, validate

    validate(args)
    return run(args)


# --- the parser -------------------------------------------------------------------------------
def _solver_flags(p: argparse.ArgumentParser, presolve: bool) -> None:
    p.add_argument("--time-limit", type=positive_float, default=60.0, metavar="SECONDS",
                   help="per solve")
    p.add_argument("--presolve", action=argparse.BooleanOptionalAction, default=presolve,
                   help="run smug's exact presolve first")


def _add_solve(sub: Any) -> None:
    p = sub.add_parser("solve", help="solve a MaskProblem (.npz)",
                       formatter_class=DefaultsFormatter)
    p.add_argument("problem", metavar="PROBLEM.npz")
    p.add_argument("--backend", default=None,
                   help="solver backend, or auto (default: auto, CP-SAT and HiGHS race "
                        "in two threads on two cores)")
    p.add_argument("--threads", type=_int_at_least(1), default=None,
                   help="solver threads (default: the backend's own)")
    p.add_argument("--seed", type=int, default=0, help="solver seed")
    p.add_argument("--out", default=None, metavar="MASK.npy", help="save the mask")
    p.add_argument("--json", action="store_true",
                   help="print the full machine-readable result (mask included) as JSON")
    p.add_argument("--option", type=_native_option, action="append", default=[],
                   metavar="KEY=VALUE",
                   help="a native option of the backend, repeatable (e.g. isolate=true for "
                        "z3, num_workers=8 for cpsat, mip_rel_gap=0.01 for highs)")
    _solver_flags(p, presolve=True)
    p.set_defaults(func=cmd_solve)


def _add_explain(sub: Any) -> None:
    from smug.many import MODELS

    p = sub.add_parser("explain", formatter_class=DefaultsFormatter,
                       help="explain images with SMUG: saliency maps and a summary table")
    p.add_argument("images", nargs="+", metavar="IMAGE",
                   help="image files, or folders of them")
    p.add_argument("--model", default="efficientnet-lite0", choices=sorted(MODELS),
                   help="the network: ImageNet photos, or MNIST digits (28x28, white on black)")
    p.add_argument("--k", type=_int_at_least(1), default=None,
                   help="top-k first-layer neurons (default: 3000 for efficientnet-lite0, "
                        "all 32 for mnist-mlp)")
    p.add_argument("--gamma", type=_fraction, default=0.0,
                   help="how active the kept neurons must stay, in [0, 1)")
    p.add_argument("--cell", type=_int_at_least(1), default=None,
                   help="mask cell size in pixels (default: 4 for efficientnet-lite0, 1 for "
                        "mnist-mlp)")
    p.add_argument("--backend", default=None,
                   help="solver backend, or auto (default: auto, CP-SAT and HiGHS race "
                        "in two threads on two cores)")
    p.add_argument("--time-limit", type=positive_float, default=60.0, metavar="SECONDS",
                   help="per solve")
    p.add_argument("--ig-tolerance", type=_open_fraction, default=None, metavar="TOL",
                   help=_ExplainerDefaultHelp(
                       "adaptive IG: relative completeness gap and estimated error allowed, "
                       "in (0, 1) (default: the explainer's, {tolerance})"))
    p.add_argument("--n-steps", type=_int_at_least(1), default=None,
                   help="fixed Gauss-Legendre IG on this many nodes instead of the adaptive "
                        "rule (the reference: 1024)")
    p.add_argument("--ig-batch", type=_int_at_least(1), default=None,
                   help="IG path points per forward/backward pass (default: sized to the "
                        "memory one point takes and the memory available)")
    p.add_argument("--out", default="out/explain", metavar="DIR",
                   help="one folder per input, summary.csv and index.html (the report)")
    p.add_argument("--dask", default=None, metavar="ADDRESS",
                   help="run on Dask: local:N (a LocalCluster of N processes) or a scheduler "
                        "address tcp://host:8786 (default: serially here)")
    p.add_argument("--device", choices=["cpu", "cuda"], default="cpu",
                   help="where the model runs (inputs are moved there)")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=cmd_explain)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="smug", formatter_class=DefaultsFormatter,
                                     description="Explain neural networks with symbolic "
                                     "solvers; solve and export MaskProblems.")
    parser.add_argument("--version", action="version", version=f"smug {smug.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("backends", help="list backends, whether installed, their versions",
                       formatter_class=DefaultsFormatter)
    p.set_defaults(func=cmd_backends)

    _add_solve(sub)

    p = sub.add_parser("cross-check", formatter_class=DefaultsFormatter,
                       help="solve with several backends and compare the optima")
    p.add_argument("problem", metavar="PROBLEM.npz")
    p.add_argument("--backends", nargs="+", default=None,
                   help="backends to compare (default: every installed one)")
    _solver_flags(p, presolve=False)
    p.set_defaults(func=cmd_cross_check)

    p = sub.add_parser("export", help="write a MaskProblem as SMT-LIB 2, LP or MPS",
                       formatter_class=DefaultsFormatter)
    p.add_argument("problem", metavar="PROBLEM.npz")
    p.add_argument("--format", choices=["smt2", "lp", "mps"], required=True,
                   help="SMT-LIB 2, CPLEX LP or MPS")
    p.add_argument("--out", default=None,
                   help="output file (default: PROBLEM with the format's suffix)")
    p.set_defaults(func=cmd_export)

    _add_explain(sub)

    p = sub.add_parser("report", formatter_class=DefaultsFormatter,
                       help="(re)write DIR/index.html, the HTML report of a smug explain folder")
    p.add_argument("folder", metavar="DIR", help="an output folder of smug explain --out")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("bench", help="time every backend on benchmark instances",
                       formatter_class=DefaultsFormatter)
    from smug.bench.command import add_arguments

    add_arguments(p)
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return int(args.func(args))
    except (UserError, SmugError, FileNotFoundError, ImportError) as exc:
        print(f"smug {args.command}: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except (ValueError, TypeError) as exc:
        # smug's validation errors name the argument at fault: still a user mistake
        print(f"smug {args.command}: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"smug {args.command}: interrupted", file=sys.stderr)
        return 130


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
