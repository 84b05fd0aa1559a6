"""What the model layer did across a run, per suite and overall: who answered each decision, how often and
why the resolver stood in, schema failures, refused rewrites, and model calls and tokens per turn.

A run whose decisions were mostly answered by the fallback says so in its headline, so "backend vllm,
100 %" cannot hide a run the model barely took part in.
"""

from __future__ import annotations

from pydantic import BaseModel

from assistant.models.ledger import ModelLedger

MOSTLY = 0.5  # above this share of decisions answered by the fallback, the run "mostly fell back"


class ModelUse(BaseModel):
    turns: int
    ledger: ModelLedger
    decisions: int
    fell_back: int  # decisions the fallback answered instead of the configured model
    fallback_share: float
    model_calls_per_turn: float
    prompt_tokens_per_turn: float
    completion_tokens_per_turn: float

    def headline(self, backend: str) -> str:
        """One line for the summary: the share of decisions the configured backend actually made."""
        if backend == "resolver":
            return f"decisions: {self.decisions}, all by the resolver (no model)"
        own = self.decisions - self.fell_back
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(self.ledger.fallbacks.items())) or "none"
        line = (f"decisions by {backend}: {own}/{self.decisions}; fell back: {self.fell_back} ({reasons}); "
                f"schema failures {self.ledger.schema_failures}; rewrites refused "
                f"{sum(self.ledger.reply_checks_failed.values())}; model calls/turn {self.model_calls_per_turn:.2f}, "
                f"tokens/turn {self.prompt_tokens_per_turn:.0f} in, {self.completion_tokens_per_turn:.0f} out")
        if self.decisions and self.fallback_share > MOSTLY:
            line = f"MOSTLY FELL BACK ({self.fallback_share:.0%} of decisions by the resolver) — " + line
        return line


def model_use(ledgers: list[ModelLedger], *, fallback_backend: str = "resolver", primary: str) -> ModelUse:
    """Sum per-turn ledgers. `primary` names the configured backend; any other answerer is a fallback."""
    total = ModelLedger()
    for turn in ledgers:
        total.add(turn)
    decisions = sum(total.decisions.values())
    fell_back = 0 if primary == fallback_backend else sum(
        n for name, n in total.decisions.items() if name != primary)
    turns = max(len(ledgers), 1)
    return ModelUse(
        turns=len(ledgers), ledger=total, decisions=decisions, fell_back=fell_back,
        fallback_share=round(fell_back / decisions, 4) if decisions else 0.0,
        model_calls_per_turn=round(total.model_calls / turns, 3),
        prompt_tokens_per_turn=round(total.prompt_tokens / turns, 1),
        completion_tokens_per_turn=round(total.completion_tokens / turns, 1),
    )
