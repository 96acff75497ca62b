"""The ``smug`` command line.

    smug backends                                   installed backends and versions
    smug solve PROBLEM.npz [--backend B] [--time-limit S] [--no-presolve] [--out MASK.npy]
    smug cross-check PROBLEM.npz [--backends B ...] [--time-limit S]
    smug export PROBLEM.npz --format smt2|lp|mps [--out FILE]
    smug explain IMAGE [--model efficientnet-lite0] [--k 3000] [--gamma 0] [--cell 4]
                       [--backend B] [--time-limit S] [--out DIR]
    smug bench [--quick] [...]                      the backend benchmark (benchmarks/backends.py)

A user mistake (missing file, unknown backend, bad flag) prints one line on stderr and exits
with status 2; it never prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import smug
from smug._argparse import DefaultsFormatter
from smug.errors import SmugError

EXIT_USAGE = 2


class UserError(Exception):
    """A mistake in the command line or its inputs: reported in one line, exit status 2."""


def _load_problem(path: str) -> smug.MaskProblem:
    p = Path(path)
    if not p.exists():
        raise UserError(f"PROBLEM: no such file: {path}")
    try:
        return smug.MaskProblem.load(p)
    except (ValueError, OSError) as exc:
        raise UserError(f"PROBLEM: cannot read {path}: {exc}") from exc


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected seconds as a number, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
    return value


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


def cmd_backends(args: argparse.Namespace) -> int:
    from smug.backends import DEFAULT_ORDER, backend_class, default_backend

    installed = set(smug.available_backends())
    default = default_backend() if installed else None
    print(f"{'backend':<8} {'installed':<9} {'version':<12} extra")
    for name in smug.backend_names():
        cls = backend_class(name)
        version = cls.version() if name in installed else None
        mark = " (default)" if name == default else ""
        print(f"{name:<8} {'yes' if name in installed else 'no':<9} {version or '-':<12} "
              f"smug[{cls.extra}]{mark}")
    print(f"default order: {', '.join(DEFAULT_ORDER)}")
    return 0


def cmd_solve(args: argparse.Namespace) -> int:
    problem = _load_problem(args.problem)
    sol = smug.solve(problem, args.backend, time_limit=args.time_limit, threads=args.threads,
                     seed=args.seed, presolve=args.presolve, **dict(args.option))
    summary = sol.summary()
    summary["instance"] = problem.name
    if args.out and sol.mask is not None:
        import numpy as np

        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        np.save(args.out, sol.mask)
        summary["mask_file"] = str(args.out)
    if sol.mask is not None:
        summary["mask_indices"] = [int(i) for i in sol.mask.nonzero()[0]]
    print(json.dumps(summary, indent=1))
    return 0


def cmd_cross_check(args: argparse.Namespace) -> int:
    problem = _load_problem(args.problem)
    result = smug.cross_check(problem, args.backends, time_limit=args.time_limit,
                              presolve=args.presolve)
    print(f"{problem!r}")
    print(result.table())
    return 0 if result.agree else 1


def cmd_export(args: argparse.Namespace) -> int:
    problem = _load_problem(args.problem)
    out = Path(args.out) if args.out else Path(args.problem).with_suffix("." + args.format)
    path = problem.write(out, args.format)
    print(path)
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    image = Path(args.image)
    if not image.exists():
        raise UserError(f"IMAGE: no such file: {args.image}")
    from smug.demo import explain_image_file

    summary = explain_image_file(
        image, model=args.model, k=args.k, gamma=args.gamma, cell=args.cell,
        backend=args.backend, time_limit=args.time_limit, out=Path(args.out),
    )
    print(json.dumps(summary, indent=1, default=str))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from smug.bench.command import run, validate

    validate(args)
    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smug", description="Explain neural networks with "
                                     "symbolic solvers; solve and export MaskProblems.")
    parser.add_argument("--version", action="version", version=f"smug {smug.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("backends", help="list backends, whether installed, their versions")
    p.set_defaults(func=cmd_backends)

    def solver_flags(p: argparse.ArgumentParser, presolve: bool) -> None:
        p.add_argument("--time-limit", type=_positive_float, default=60.0, metavar="SECONDS")
        p.add_argument("--presolve", action=argparse.BooleanOptionalAction, default=presolve,
                       help="run smug's exact presolve first "
                            f"(default: {'on' if presolve else 'off'})")

    p = sub.add_parser("solve", help="solve a MaskProblem (.npz)")
    p.add_argument("problem", metavar="PROBLEM.npz")
    p.add_argument("--backend", default=None, help="default: the default backend")
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default=None, metavar="MASK.npy", help="save the mask")
    p.add_argument("--option", type=_native_option, action="append", default=[],
                   metavar="KEY=VALUE",
                   help="a native option of the backend, repeatable (e.g. isolate=true for "
                        "z3, num_workers=8 for cpsat, mip_rel_gap=0.01 for highs)")
    solver_flags(p, presolve=True)
    p.set_defaults(func=cmd_solve)

    p = sub.add_parser("cross-check", help="solve with several backends and compare the optima")
    p.add_argument("problem", metavar="PROBLEM.npz")
    p.add_argument("--backends", nargs="+", default=None, help="default: every installed one")
    solver_flags(p, presolve=False)
    p.set_defaults(func=cmd_cross_check)

    p = sub.add_parser("export", help="write a MaskProblem as SMT-LIB 2, LP or MPS")
    p.add_argument("problem", metavar="PROBLEM.npz")
    p.add_argument("--format", choices=["smt2", "lp", "mps"], required=True)
    p.add_argument("--out", default=None, help="default: PROBLEM with the format's suffix")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("explain", help="explain an image with SMUG and write the saliency map")
    p.add_argument("image", metavar="IMAGE")
    p.add_argument("--model", default="efficientnet-lite0", choices=["efficientnet-lite0"])
    p.add_argument("--k", type=int, default=3000)
    p.add_argument("--gamma", type=float, default=0.0)
    p.add_argument("--cell", type=int, default=4)
    p.add_argument("--backend", default=None)
    p.add_argument("--time-limit", type=_positive_float, default=60.0, metavar="SECONDS")
    p.add_argument("--out", default="out/explain", metavar="DIR")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("bench", help="time every backend on benchmark instances",
                       formatter_class=DefaultsFormatter)
    from smug.bench.command import add_arguments

    add_arguments(p)
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (UserError, SmugError, FileNotFoundError) as exc:
        print(f"smug {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (ValueError, TypeError) as exc:
        # smug's validation errors name the argument at fault: still a user mistake
        print(f"smug {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"smug {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
