# Two commands matter: `make serve` and `make test`. Both create the virtual
# environment from the hashed lock file first, so a fresh clone needs nothing else.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-12)
# Where the source archive lives; tests and the build read quotes from it.
# Material and ProperDocs print an advertising banner on every build; it hides real warnings.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true
# Dates written into the site (sitemap) come from the last commit, so two
# builds of the same commit are byte-identical.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export ISPK_SOURCES ?= $(abspath ../shared/sources)

.PHONY: venv build serve check test lint test-tools rehearse lighthouse lock export coverage source urls clean release versions publish-check

# Graphviz (Debian's package) lays out the relationship graph: every build needs it.
venv: $(STAMP)
	@scripts/ensure_graphviz.sh >&2
# Silent, and its output on stderr: `make publish-check >> "$$GITHUB_ENV"` on a fresh clone
# creates .venv first, and that file takes only NAME=value lines.
# The generator itself is installed editable: scripts and tests import it without touching sys.path.
$(STAMP): requirements.lock pyproject.toml
	@echo "make: creating $(VENV) from requirements.lock" >&2
	@{ $(PYTHON) -m venv $(VENV) && \
	  $(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock && \
	  $(BIN)/pip install --quiet --no-deps --no-build-isolation --editable . && \
	  rm -f $(VENV)/.installed-* && touch $@; } >&2

# Generate the Markdown and assets into build/ (only changed files are written),
# then let the engine build it into a scratch directory, swapped in as site/ only
# when it succeeded: a failed build never leaves a half-written site/ behind.
build: venv
	$(BIN)/python -m ispk build --site-dir site

# The preview (ispk/adapters/preview.py): generates build/, lets the engine serve it, and re-renders
# what each save changed; it alone adds the maintainers' coverage checklists.
serve: venv
	$(BIN)/python -m ispk serve --dev-addr 127.0.0.1:8000

# Before every commit: lint, then every test that neither builds a site nor starts a browser (the
# markers `engine` and `browser`; README, "Tests"). No engine, Chromium, link checker or Java needed.
# Tests are spread over the cores (pytest-xdist). The fast tier lets an idle worker take tests
# queued on the other ("worksteal": 78 s against 92 s by whole files, quiet 2-core machine); the
# full suite keeps one file's tests in one worker, so a file's served site is built once.
XDIST := -n auto --dist loadfile
check: venv lint
	$(BIN)/python -m pytest -n auto --dist worksteal -m "not engine and not browser"

# Everything, as CI runs it; the slowest tests are listed at the end (the suite has a 10-minute budget).
test: venv test-tools lint
	$(BIN)/python -m pytest $(XDIST) --durations=15
	$(MAKE) --no-print-directory rehearse

# The Pages and test workflows run here, step by step from their YAML, on a fresh clone without
# tags, then the published gh-pages served on loopback and checked (checks/rehearsal.py).
rehearse: venv test-tools
	$(BIN)/python -m scripts.rehearse

# Style and structure, before the slower tests: ruff (lint, and layout outside the data files),
# the import-linter contracts in pyproject.toml (layers import only downward) and mypy's types
# (strict on ispk/; its cache, .mypy_cache, makes a warm run take seconds).
lint: venv
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/lint-imports
	$(BIN)/mypy

# What the browser and HTML tests need beyond .venv: Debian's Chromium and pdftotext
# (installed once, as root), and the Nu Html Checker from the npm lock file.
NPM_STAMP := node_modules/.installed-$(shell sha256sum package-lock.json | cut -c1-12)
test-tools: $(NPM_STAMP)
	@scripts/ensure_browser.sh
$(NPM_STAMP): package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# Lighthouse scores per page type (a report, not a gate). Installed apart, in
# tools/lighthouse/, so `make test` never installs it.
LH_STAMP := tools/lighthouse/node_modules/.installed-$(shell sha256sum tools/lighthouse/package-lock.json | cut -c1-12)
lighthouse: build $(LH_STAMP)
	@scripts/ensure_browser.sh
	$(BIN)/python -m scripts.lighthouse
$(LH_STAMP): tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# Each source sentence and the records citing it; SOURCE=005 for one source.
coverage: venv
	$(BIN)/python -m scripts.source_coverage $(if $(SOURCE),--source $(SOURCE))

# Add a text to the archive and start its catalogue: make source FILE=path/to/text.txt
source: venv
	@test -n "$(FILE)" || { echo "usage: make source FILE=path/to/text.txt" >&2; exit 2; }
	@$(BIN)/python -m scripts.new_source "$(FILE)"

# Record newly published URLs in urls.txt (commit it with the change).
urls: venv
	$(BIN)/python -m scripts.url_registry --update

# Write the generated Markdown, assets and engine configuration to build/, for any
# MkDocs-compatible engine (`mkdocs build -f build/mkdocs.yml`).
export: venv
	$(BIN)/python -m ispk generate

# Regenerate the lock file (needs the package index).
lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet pip-tools==7.6.2
	.venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in
	rm -rf .venv-lock

clean:
	rm -rf site .site-next build .cache $(VENV)

# Cut a release: clean tree, passing tests, then the version and date set once
# (mkdocs.yml extra.release; CITATION.cff and CHANGELOG.md derived), a commit and
# a tag vX.Y.Z. Pushing the tag publishes it (see README, "Releases").
release: venv
	@test -n "$(VERSION)" || { echo "usage: make release VERSION=x.y.z" >&2; exit 2; }
	$(BIN)/python -m scripts.release --version $(VERSION)

# Every release from 0.2.0 on (its tag, or the commit that set its version; or VERSIONS="0.2.0 0.3.0") built by mike into the local branch
# ispk-versions and served on http://127.0.0.1:8001/ with the version selector.
versions: venv
	$(BIN)/python -m scripts.versions build $(if $(VERSIONS),--versions $(VERSIONS))
	$(BIN)/mike serve --branch ispk-versions --dev-addr 127.0.0.1:8001

# Before publishing: the archive must be present and unchanged, unless
# ISPK_ALLOW_UNVERIFIED=true; prints ISPK_UNVERIFIED=true|false for the build.
publish-check: venv
	@$(BIN)/python -m scripts.publish_check

# Scale benchmark (20 to 30 minutes on 2 cores when the machine is quiet; most of it the two
# 10,000-event builds): the full build step by step (our generator, the engine alone on the
# same folder, Pagefind) cold and warm for the real data and synthetic sets of 100, 1,000 and
# 10,000 events; search in headless Chromium; the preview from save to served page; the same
# folder built by ProperDocs and Zensical. Writes docs-maintainers/bench.csv and the results in
# docs-maintainers/BENCHMARK.md, every target with its verdict. Zensical goes into its own
# .venv-bench, never into the site's .venv (ProperDocs is the site's own, from requirements.lock);
# if it cannot be installed, the benchmark runs and records the engine check as not installed.
# Extra options: make bench BENCH_ARGS="--sizes 100,1000 --runs 2" (see bench/__main__.py).
.PHONY: bench
bench: venv
	@stamp=.venv-bench/.installed-$$(sha256sum requirements-bench.lock | cut -c1-12); \
	if [ ! -f $$stamp ]; then \
	  rm -rf .venv-bench && $(PYTHON) -m venv .venv-bench && \
	  .venv-bench/bin/pip install --quiet --require-hashes --no-deps -r requirements-bench.lock && touch $$stamp \
	  || echo "bench: could not install .venv-bench; the engine check will say so" >&2; \
	fi
	@scripts/ensure_browser.sh  # Debian's Chromium, for the search timing and the preview's error banner
	$(BIN)/python -m bench $(BENCH_ARGS)
