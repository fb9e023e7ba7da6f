# The two commands of the README:  `make book`  and  `make test`.
# Each creates or updates the virtual environment .venv as needed.
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PROFILE ?= smoke

# Pinned Keras backends for `make test-backend` (TensorFlow, the default, is in requirements.txt).
BACKEND ?= jax
BACKEND_PACKAGES_jax := jax==0.10.2 jaxlib==0.10.2
BACKEND_PACKAGES_torch := torch==2.13.0+cpu
# Where pip finds torch's CPU-only wheel outside this project's machines (GitHub runners).
PIP_EXTRA ?=

.PHONY: book test test-backend execute sync-links colab-sim system-packages clean

$(INSTALLED): requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

system-packages:
	bash scripts/install-system-packages.sh

## Build the book into _build/html from the stored notebook outputs (warnings are errors).
book: $(INSTALLED)
	$(BIN)/jupyter-book build --warningiserror --keep-going .

## Run every test: lint, helpers, chapters (PROFILE=smoke|full), book build, browser checks.
test: system-packages $(INSTALLED)
	$(BIN)/ruff check .
	PROFILE=$(PROFILE) $(BIN)/pytest -n 2 --dist loadgroup

## Run the chapters' smoke tests and the exercises on another Keras backend: BACKEND=jax|torch
test-backend: system-packages $(INSTALLED)
	@test -n "$(BACKEND_PACKAGES_$(BACKEND))" || { echo "BACKEND must be jax or torch"; exit 2; }
	$(BIN)/python -m pip install -q $(PIP_EXTRA) $(BACKEND_PACKAGES_$(BACKEND))
	KERAS_BACKEND=$(BACKEND) PROFILE=smoke $(BIN)/pytest -n 2 --dist loadgroup \
		tests/test_notebooks.py tests/test_exercises.py tests/test_exercise_checks.py \
		tests/test_answers.py

## Re-execute every chapter in the full profile and store its outputs (for maintainers).
execute: $(INSTALLED)
	$(BIN)/python scripts/course.py execute --profile full

## Copy the repository URL/branch of _config.yml into the chapters' Colab badges and cells.
sync-links: $(INSTALLED)
	$(BIN)/python scripts/course.py sync-links

## Run every chapter's smoke profile in a fresh venv with Colab's packages (see README).
colab-sim: $(INSTALLED)
	$(BIN)/python scripts/colab_sim.py

clean:
	rm -rf _build
