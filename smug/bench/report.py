"""The benchmark's report: agreement of the optima, time ratios, per-class and presolve
tables, the runs not proven in time, and two plots.

Everything here reads result rows (dicts as written by :func:`smug.bench.run_suite`, values
as strings or numbers) and writes markdown or PNG; nothing solves.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["PROVEN", "agreement", "class_section", "group_times", "instance_class",
           "markdown", "plots", "presolve_section", "ratios", "row_class", "unproven_section",
           "worker_section"]

PROVEN = ("optimal", "infeasible")

def agreement(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Per instance: 'yes' when every proven optimum is the same, else the conflicting values."""
    optima: dict[str, set[float]] = defaultdict(set)
    infeasible: dict[str, bool] = defaultdict(bool)
    feasible_objs: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        if r["status"] == "optimal":
            optima[r["instance"]].add(float(r["objective"]))
        if r["status"] == "infeasible":
            infeasible[r["instance"]] = True
        if r["status"] in ("optimal", "feasible"):
            feasible_objs[r["instance"]].append(float(r["objective"]))
    out = {}
    for inst in {r["instance"] for r in rows}:
        opts = optima.get(inst, set())
        best = min(feasible_objs[inst]) if feasible_objs.get(inst) else None
        ok = len(opts) <= 1 and not (infeasible[inst] and best is not None)
        if opts and best is not None and best < min(opts) - 1e-9:
            ok = False
        out[inst] = "yes" if ok else f"NO: optima {sorted(opts)}, best mask {best}"
    return out


def group_times(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str], float | None]:
    """Per (instance, backend, presolve): the median total time over its seeds when every
    seed proved the instance (optimal or infeasible), else None (not proven)."""
    seeds: dict[tuple[str, str, str], list[float | None]] = defaultdict(list)
    for r in rows:
        key = (r["instance"], r["backend"], str(r["presolve"]))
        seeds[key].append(float(r["total_s"]) if r["status"] in ("optimal", "infeasible") else None)
    return {key: None if any(t is None for t in ts) else float(np.median(ts))
            for key, ts in seeds.items()}


def ratios(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str], float | None]:
    """Per (instance, backend, presolve): its time over the fastest on the same instance.

    Times are medians over seeds (:func:`group_times`), so that a randomised backend run
    with several seeds is not favoured by taking the luckiest seed; None when not proven.
    """
    times = group_times(rows)
    best: dict[str, float] = {}
    for (inst, _b, _p), t in times.items():
        if t is not None:
            best[inst] = min(best.get(inst, np.inf), t)
    return {key: None if t is None else t / max(best[key[0]], 1e-9) for key, t in times.items()}



def _fmt(value: Any, digits: int = 2) -> str:
    if value in (None, ""):
        return "-"
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{f:.{digits}f}" if not f.is_integer() or digits == 2 and abs(f) < 100 else f"{f:g}"



def markdown(rows: list[dict[str, Any]], settings: dict[str, Any]) -> str:
    agree = agreement(rows)
    ratio = ratios(rows)
    lines = [
        "# Backend benchmark",
        "",
        f"Run {settings['date']} on {settings['machine']}; time limit {settings['time_limit']} s "
        "per run; wall-clock seconds. `ratio` = total time / fastest proven time on the same "
        "instance (proven = optimal or infeasible; for a backend run with several seeds, the "
        "median over its seeds, on every row of that backend). Timings from one run on a shared machine "
        "are noisy: compare ratios, not absolute values.",
        "",
        "| instance | vars | rows | nnz | backend | presolve | status | objective | bound | "
        "build s | solve s | total s | ratio | agree |",
        "|---|---:|---:|---:|---|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in sorted(rows, key=lambda r: (int(r["nnz"]), r["instance"], r["backend"], str(r["presolve"]))):
        rt = ratio.get((r["instance"], r["backend"], str(r["presolve"])))
        lines.append(
            f"| {r['instance']} | {r['n_vars']} | {r['n_rows']} | {r['nnz']} | {r['backend']} | "
            f"{r['presolve']} | {r['status']} | {_fmt(r.get('objective'))} | {_fmt(r.get('bound'))} | "
            f"{_fmt(r.get('build_s'))} | {_fmt(r.get('solve_s'))} | {_fmt(r.get('total_s'))} | "
            f"{'-' if rt is None else f'{rt:.1f}'} | {agree[r['instance']]} |"
        )
    lines += ["", "## Summary per backend", "",
              "| backend | presolve | runs | proven | feasible only | unknown | errors | "
              "median ratio (proven) |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[(r["backend"], str(r["presolve"]))].append(r)
    for (backend, pre), rs in sorted(groups.items()):
        keys = {(r["instance"], backend, pre) for r in rs}
        rts = [ratio[k] for k in keys if ratio.get(k) is not None]
        lines.append(
            f"| {backend} | {pre} | {len(rs)} | "
            f"{sum(r['status'] in ('optimal', 'infeasible') for r in rs)} | "
            f"{sum(r['status'] == 'feasible' for r in rs)} | "
            f"{sum(r['status'] == 'unknown' for r in rs)} | {sum(r['status'] == 'error' for r in rs)} | "
            f"{'-' if not rts else f'{np.median(rts):.1f}'} |"
        )
    lines += (presolve_section(rows) + class_section(rows) + unproven_section(rows)
              + worker_section(rows))
    errors = [r for r in rows if r["status"] == "error"]
    if errors:
        lines += ["", "## Errors", ""] + [f"- {r['instance']} / {r['backend']}: {r['error']}" for r in errors]
    return "\n".join(lines) + "\n"



def instance_class(name: str) -> str:
    """The instance's class: its name without the input token.

    ``img_chelsea_k100_g0_c4`` -> ``img_k100_g0_c4``; ``mnist_test0_kall_c2`` ->
    ``mnist_kall_c2``; ``chelsea_k100_g0_c4`` (no source prefix) -> ``k100_g0_c4``.
    Parameter tokens are a letter k/g/c followed by a number or ``all``.
    """
    tokens = name.split("_")
    params = [t for t in tokens if re.fullmatch(r"[kgc](\d[\d.]*|all)", t)]
    prefix = [tokens[0]] if len(tokens) - len(params) >= 2 else []
    return "_".join(prefix + params) or name


def row_class(row: dict[str, Any]) -> str:
    """A row's instance class: its ``class`` column when set, else from the name."""
    return str(row.get("class") or instance_class(str(row["instance"])))


def _median_ratio(values: list[float]) -> str:
    """Median of ratios with unproven runs as +inf (shown as '>limit' when the median is)."""
    if not values:
        return "-"
    med = float(np.median(values))
    return ">limit" if not np.isfinite(med) else f"{med:.1f}"


def class_section(rows: list[dict[str, Any]]) -> list[str]:
    """Per instance class: the fastest backend/presolve and every backend's median ratio."""
    ratio = ratios(rows)
    backends = sorted({r["backend"] for r in rows})
    by_class: dict[str, dict[tuple[str, str], list[float]]] = defaultdict(lambda: defaultdict(list))
    times: dict[str, dict[tuple[str, str], list[float]]] = defaultdict(lambda: defaultdict(list))
    seconds = group_times(rows)
    classes = {r["instance"]: row_class(r) for r in rows}
    for (inst, backend, pre), rt in ratio.items():
        cls = classes[inst]
        by_class[cls][(backend, pre)].append(np.inf if rt is None else rt)
        if seconds[(inst, backend, pre)] is not None:
            times[cls][(backend, pre)].append(seconds[(inst, backend, pre)])
    lines = ["", "## Fastest backend per instance class", "",
             "Median over the class's instances of the ratio (total time, median over seeds, / "
             "the fastest on the instance); not proven counts as +inf. Each cell: presolve "
             "off / on.",
             "", "| class | instances | fastest (median ratio, median s) | "
             + " | ".join(backends) + " |", "|---|---:|---|" + "---:|" * len(backends)]
    for cls in sorted(by_class):
        groups = by_class[cls]
        n_inst = sum(c == cls for c in classes.values())
        best = min(groups, key=lambda g: (np.median(groups[g]), -len(times[cls][g])))
        best_s = np.median(times[cls][best]) if times[cls][best] else np.nan
        cells = [f"{_median_ratio(groups.get((b, 'False'), []))} / "
                 f"{_median_ratio(groups.get((b, 'True'), []))}" for b in backends]
        label = f"{best[0]}{' +presolve' if best[1] == 'True' else ''}"
        lines.append(f"| {cls} | {n_inst} | {label} ({_median_ratio(groups[best])}, "
                     f"{best_s:.2f} s) | " + " | ".join(cells) + " |")
    return lines


def presolve_section(rows: list[dict[str, Any]]) -> list[str]:
    """What presolve buys each backend: proven counts and the time ratio on/off."""
    runs: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for r in rows:
        runs[(r["instance"], r["backend"], str(r["seed"]))][str(r["presolve"])] = r
    per_backend: dict[str, dict[str, Any]] = defaultdict(lambda: {"pairs": 0, "off": 0, "on": 0,
                                                                   "only_on": 0, "only_off": 0,
                                                                   "ratios": []})
    for (_inst, backend, _seed), pair in runs.items():
        if "True" not in pair or "False" not in pair:
            continue
        d = per_backend[backend]
        off, on = pair["False"]["status"] in PROVEN, pair["True"]["status"] in PROVEN
        d["pairs"] += 1
        d["off"] += off
        d["on"] += on
        d["only_on"] += on and not off
        d["only_off"] += off and not on
        if off and on:
            d["ratios"].append(float(pair["True"]["total_s"]) / max(float(pair["False"]["total_s"]), 1e-6))
    if not per_backend:
        return []
    lines = ["", "## What presolve buys", "",
             "Pairs of runs on the same instance and seed, presolve off and on. `time on/off` is "
             "the median (and quartiles) of total time with presolve / without, over the pairs "
             "proven both ways (< 1: presolve helps; its own time is included).", "",
             "| backend | pairs | proven off | proven on | only with presolve | only without | "
             "time on/off median [q1, q3] |", "|---|---:|---:|---:|---:|---:|---|"]
    for backend, d in sorted(per_backend.items()):
        q = np.percentile(d["ratios"], [25, 50, 75]) if d["ratios"] else None
        rt = "-" if q is None else f"{q[1]:.2f} [{q[0]:.2f}, {q[2]:.2f}]"
        lines.append(f"| {backend} | {d['pairs']} | {d['off']} | {d['on']} | {d['only_on']} | "
                     f"{d['only_off']} | {rt} |")
    return lines


def unproven_section(rows: list[dict[str, Any]]) -> list[str]:
    """Every run that hit the time limit (feasible or unknown), with its objective and bound."""
    late = [r for r in rows if r["status"] in ("feasible", "unknown")]
    if not late:
        return []
    lines = ["", "## Runs not proven within the time limit", "",
             "| backend | presolve | instance | status | objective | bound | total s |",
             "|---|---|---|---|---:|---:|---:|"]
    for r in sorted(late, key=lambda r: (r["backend"], str(r["presolve"]), int(r["nnz"]), r["instance"])):
        lines.append(f"| {r['backend']} | {r['presolve']} | {r['instance']} | {r['status']} | "
                     f"{_fmt(r.get('objective'))} | {_fmt(r.get('bound'))} | {_fmt(r.get('total_s'))} |")
    return lines


def plots(rows: list[dict[str, Any]], out: Path, time_limit: float,
          stem: str = "backends") -> None:
    """Time vs instance size per backend, and a performance profile (Dolan-More), as
    ``out/<stem>_time_vs_size.png`` and ``out/<stem>_profile.png``."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ratio = ratios(rows)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["status"] != "error":
            groups[f"{r['backend']}{' +presolve' if str(r['presolve']) == 'True' else ''}"].append(r)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for label, rs in sorted(groups.items()):
        proven = [r for r in rs if r["status"] in ("optimal", "infeasible")]
        other = [r for r in rs if r["status"] not in ("optimal", "infeasible")]
        line = ax.scatter([int(r["nnz"]) for r in proven], [float(r["total_s"]) for r in proven],
                          label=label, s=22)
        ax.scatter([int(r["nnz"]) for r in other], [float(r["total_s"]) for r in other],
                   marker="x", color=line.get_facecolor()[0], s=30)
    ax.axhline(time_limit, ls=":", color="grey")
    ax.set(xscale="log", yscale="log", xlabel="non-zeros", ylabel="total seconds",
           title="Time vs size (x: not proven within the limit)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out / f"{stem}_time_vs_size.png", dpi=120)
    plt.close(fig)

    instances = sorted({r["instance"] for r in rows})
    fig, ax = plt.subplots(figsize=(7, 4.5))
    taus = np.logspace(0, 3, 200)
    for label, rs in sorted(groups.items()):
        keys = {(r["instance"], r["backend"], str(r["presolve"])) for r in rs}  # one per seed set
        vals = np.array([np.inf if ratio.get(k) is None else ratio[k] for k in keys])
        ax.step(taus, [(vals <= t).sum() / max(1, len(instances)) for t in taus], where="post",
                label=label)
    ax.set(xscale="log", xlabel="within this factor of the fastest", ylabel="fraction of instances proven",
           title="Performance profile", ylim=(0, 1.02))
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(out / f"{stem}_profile.png", dpi=120)
    plt.close(fig)



def worker_section(rows: list[dict[str, Any]]) -> list[str]:
    """How many runs each worker did (only when more than one process ran them)."""
    counts = Counter(str(r.get("worker") or "local") for r in rows)
    if len(counts) < 2:
        return []
    return ["", "## Workers", "", "Runs per worker (runs on a cluster share its cores: "
            "compare ratios, not absolute seconds).", "", "| worker | runs |", "|---|---:|"] + [
        f"| {name} | {n} |" for name, n in sorted(counts.items())]
