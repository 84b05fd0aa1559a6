"""`make eval-vllm`: the shipped suites through a real vLLM server on CPU with a small instruct model."""
