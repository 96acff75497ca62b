"""Shared pieces of smug's command lines: help that shows every default, value checks."""

from __future__ import annotations

import argparse

__all__ = ["DefaultsFormatter", "positive_float"]


class DefaultsFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Shows ``(default: X)`` on every option that has a meaningful default, including
    options without help text; not on flags (off by default), not when the help already
    says what the default is."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if ("default" in text or action.default is None or action.default is False
                or action.default == argparse.SUPPRESS or not action.option_strings
                or action.nargs == 0):
            return text
        default = action.default
        if isinstance(default, (list, tuple)):
            default = " ".join(map(str, default))
        return f"{text} (default: {default})".strip()


def positive_float(text: str) -> float:
    """An argparse type: a number > 0 (seconds, typically)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
    return value
