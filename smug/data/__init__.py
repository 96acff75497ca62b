"""Offline data loaders: real data sets that ship inside PyPI packages.

Nothing here downloads anything. Each loader reads a file by path from an installed
package and, when the package is missing, raises an error naming the install command.
Import the submodule you need (``smug.data.mnist``, ``smug.data.text``, ...); this
package imports nothing so that its modules stay independent.
"""
