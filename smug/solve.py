"""``solve`` and ``cross_check`` (kept under this name; they live in :mod:`smug.solving`)."""

from smug.solving import (AUTO, COMPONENTS_MIN_NNZ, CrossCheck, CrossCheckWarning,
                          Disagreement, components_apart, cross_check, solve, solve_reduced,
                          solve_with)

__all__ = ["solve", "cross_check", "CrossCheck", "Disagreement", "CrossCheckWarning", "AUTO",
           "COMPONENTS_MIN_NNZ", "components_apart", "solve_reduced", "solve_with"]
