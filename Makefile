# The README's two commands: `make demo` and `make test`. Each creates/uses .venv and installs first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
PYTHON ?= python3

.PHONY: demo test lint check-migrations bench setup-test clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --config-settings editable_mode=compat -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/fundguard demo $(if $(PORT),--port $(PORT))

setup-test:
	bash scripts/setup-test-env.sh

test: $(STAMP) setup-test
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

# The committed migrations (both dialects) must match the models: generating one must write nothing.
check-migrations: $(STAMP) setup-test
	$(PY) scripts/check_migrations.py

bench: $(STAMP) setup-test
	$(PY) bench/wechat_callback.py
	$(PY) bench/reports.py
	$(PY) bench/credit.py
	$(PY) bench/grid.py
	$(PY) bench/console.py
	$(PY) bench/surveys.py
	$(PY) bench/commitments.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
