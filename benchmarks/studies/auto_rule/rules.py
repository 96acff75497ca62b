"""Candidate ``auto`` plans replayed by ``replay.py`` (instance name -> class is enough to
tell the long-row MNIST 1x1-cell problems; the rule in smug uses the row length)."""
from replay import race, seq


def long_rows(inst):
    return inst.startswith("mnist_") and inst.endswith("_c1")


def q(rule_long, rule_short):
    return lambda inst, t: (rule_long if long_rows(inst) else rule_short)(t)


RULES_QUIET = {
    "v4 cp+hi/.2": lambda i, t: race(t, "cpsat", "highs", 0.2, False),
    "cp+sc/.2": lambda i, t: race(t, "cpsat", "scip", 0.2, False),
    "L:cp+sc/0": q(lambda t: race(t, "cpsat", "scip", 0.0, False),
                   lambda t: race(t, "cpsat", "highs", 0.2, False)),
    "L:cp+hi/0": q(lambda t: race(t, "cpsat", "highs", 0.0, False),
                   lambda t: race(t, "cpsat", "highs", 0.2, False)),
    "L:cp+sc/.05": q(lambda t: race(t, "cpsat", "scip", 0.05, False),
                     lambda t: race(t, "cpsat", "highs", 1.0, False)),
    "L:sc+cp/0": q(lambda t: race(t, "scip", "cpsat", 0.0, False),
                   lambda t: race(t, "cpsat", "highs", 1.0, False)),
}


def sliced(first, second, s1, s2):
    return lambda t: seq(t, [(first, s1), (second, s2), (first, None)])


RULES_BUSY = {
    "v4 cp.5>hi": lambda i, t: seq(t, [("cpsat", .5), ("highs", None)]),
    "cp.5>sc": lambda i, t: seq(t, [("cpsat", .5), ("scip", None)]),
    "L:race cp+sc": q(lambda t: race(t, "cpsat", "scip", 0.0, True),
                      lambda t: seq(t, [("cpsat", .5), ("highs", None)])),
    "L:cp1s>sc>cp": q(sliced("cpsat", "scip", 1 / 60, 5 / 60),
                      lambda t: seq(t, [("cpsat", .5), ("highs", None)])),
    "L:cp.5s>sc>cp": q(sliced("cpsat", "scip", .5 / 60, 3 / 60),
                       lambda t: seq(t, [("cpsat", .5), ("highs", None)])),
    "L:cp2s>sc>cp": q(sliced("cpsat", "scip", 2 / 60, 5 / 60),
                      lambda t: seq(t, [("cpsat", .5), ("highs", None)])),
    "L:cp1s>hi>cp": q(sliced("cpsat", "highs", 1 / 60, 5 / 60),
                      lambda t: seq(t, [("cpsat", .5), ("highs", None)])),
}


def busy_race(a, b, factor):
    """Both sides at ``1 / factor`` of a single backend's speed in the same condition."""
    return lambda t: min(factor * t.get(a, float("inf")), factor * t.get(b, float("inf")))


_SEQ = lambda t: seq(t, [("cpsat", .5), ("highs", None)])  # noqa: E731
RULES_BUSY.update({
    "L:cp+hi x1.33": q(busy_race("cpsat", "highs", 4 / 3), _SEQ),
    "L:cp+sc x1.33": q(busy_race("cpsat", "scip", 4 / 3), _SEQ),
    "L:cp+hi x2": q(busy_race("cpsat", "highs", 2), _SEQ),
    "L:cp+sc x2": q(busy_race("cpsat", "scip", 2), _SEQ),
})


def head_race(a, b, head, factor):
    """``a`` alone for ``head`` s (single speed), then both at ``1 / factor`` of it."""
    def cost(t):
        ta, tb = t.get(a, float("inf")), t.get(b, float("inf"))
        if ta <= head:
            return ta
        return head + min(factor * (ta - head), factor * tb)
    return cost


for _h in (0.2, 0.5, 1.0):
    for _f in (4 / 3, 2):
        RULES_BUSY[f"L:cp{_h}+hi x{_f:.2g}"] = q(head_race("cpsat", "highs", _h, _f), _SEQ)
for _k in [k for k in RULES_BUSY if "s>" in k or "race cp" in k or k.startswith("cp.5")]:
    del RULES_BUSY[_k]
