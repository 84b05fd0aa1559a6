"""A self-contained HTML report (inline CSS and SVG charts, no CDN): summary, per-suite and per-tag pass
rates, turn latency distribution, and every case with its problems and transcript."""

from __future__ import annotations

from html import escape
from pathlib import Path

from evals.conversations.results import Breakdown, RunResults, TrialResult

CSS = """body{font:14px system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{border:1px solid #ddd;border-radius:8px;padding:10px 16px;min-width:120px}.card b{font-size:22px;display:block}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;
vertical-align:top}.ok{color:#1a7f37}.fail{color:#c62828}details{margin:2px 0}pre{white-space:pre-wrap;margin:2px 0;
background:#f7f7f7;padding:4px}.charts{display:flex;gap:24px;flex-wrap:wrap}"""


def _bars(title: str, rows: dict[str, Breakdown], width: int = 520) -> str:
    bar_h, label_w = 20, 190
    height = bar_h * len(rows) + 30
    parts = [f'<svg width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
             f'<text x="0" y="14" font-weight="bold">{escape(title)}</text>']
    for i, (name, b) in enumerate(rows.items()):
        y = 24 + i * bar_h
        w = (width - label_w - 60) * b.pass_1
        colour = "#2e7d32" if b.pass_1 >= 0.9 else "#f9a825" if b.pass_1 >= 0.7 else "#c62828"
        parts += [f'<text x="0" y="{y + 14}" font-size="12">{escape(name)} ({b.cases})</text>',
                  f'<rect x="{label_w}" y="{y + 3}" width="{width - label_w - 60}" height="{bar_h - 6}" fill="#eee"/>',
                  f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{bar_h - 6}" fill="{colour}"/>',
                  f'<text x="{width - 52}" y="{y + 14}" font-size="12">{b.pass_1:.0%}</text>']
    return "".join(parts) + "</svg>"


def _histogram(latencies: list[float], width: int = 520, height: int = 180) -> str:
    if not latencies:
        return ""
    top = max(latencies) or 1.0
    bins = [0] * 20
    for value in latencies:
        bins[min(int(value / top * 20), 19)] += 1
    peak = max(bins)
    bar_w = (width - 40) / 20
    parts = [f'<svg width="{width}" height="{height}" role="img" aria-label="turn latency">',
             '<text x="0" y="14" font-weight="bold">Turn latency (ms)</text>']
    for i, count in enumerate(bins):
        h = (height - 50) * count / peak
        parts.append(f'<rect x="{30 + i * bar_w:.1f}" y="{height - 25 - h:.1f}" width="{bar_w - 2:.1f}" '
                     f'height="{h:.1f}" fill="#1565c0"><title>{count} turns</title></rect>')
    parts += [f'<text x="30" y="{height - 8}" font-size="11">0</text>',
              f'<text x="{width - 60}" y="{height - 8}" font-size="11">{top:.0f}</text>']
    return "".join(parts) + "</svg>"


def _trial_row(trial: TrialResult) -> str:
    verdict = ("<span>skipped</span>" if trial.skipped else '<span class="ok">pass</span>' if trial.passed
               else '<span class="fail">FAIL</span>')
    problems = "".join(f"<div class=fail>{escape(p)}</div>" for p in trial.problems)
    transcript = "".join(
        f"<pre><b>customer:</b> {escape(t.user)}{' [photo ' + escape(t.photo) + ']' if t.photo else ''}\n"
        f"<b>assistant</b> ({t.latency_ms:.0f} ms): {escape(t.reply)}</pre>" for t in trial.turns)
    calls = ", ".join(escape(c["name"]) for c in trial.tool_calls) or "none"
    refused = ", ".join(escape(c["name"]) for c in trial.refused_calls)
    return (f"<tr><td>{escape(trial.case)}</td><td>{trial.trial}</td><td>{verdict}</td>"
            f"<td>{problems}<details><summary>tools: {calls}{'; refused: ' + refused if refused else ''}"
            f"</summary>{transcript}</details></td><td>{escape(trial.judge)}</td></tr>")


def _model_use(results: RunResults) -> str:
    s = results.summary
    if s.model_use is None:
        return ""
    rows = "".join(
        f"<tr><td>{escape(suite)}</td><td>{use.turns}</td><td>{escape(_tally(use.ledger.decisions))}</td>"
        f"<td>{use.fell_back} ({use.fallback_share:.0%})</td><td>{escape(_tally(use.ledger.fallbacks))}</td>"
        f"<td>{use.ledger.schema_failures}</td><td>{escape(_tally(use.ledger.replies))}</td>"
        f"<td>{escape(_tally(use.ledger.reply_checks_failed))}</td><td>{use.model_calls_per_turn:.2f}</td>"
        f"<td>{use.prompt_tokens_per_turn:.0f} / {use.completion_tokens_per_turn:.0f}</td></tr>"
        for suite, use in [*s.model_use_by_suite.items(), ("all", s.model_use)])
    headline = s.model_use.headline(s.backend)
    style = ' class="fail"' if headline.startswith("MOSTLY") else ""
    return (f"<h2>Model use</h2><p{style}><b>{escape(headline)}</b></p><table><tr><th>suite</th><th>turns</th>"
            "<th>decisions by</th><th>fell back</th><th>fallback reasons</th><th>schema failures</th>"
            "<th>replies</th><th>rewrites refused</th><th>model calls/turn</th><th>tokens/turn in / out</th></tr>"
            f"{rows}</table>")


def _tally(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n}" for name, n in sorted(counts.items())) or "-"


def render_html(results: RunResults) -> str:
    s = results.summary
    tokens = ("n/a (backend reports none)" if s.tokens["prompt"] is None
              else f"{s.tokens['prompt']} / {s.tokens['completion']}")
    cards = [("cases", str(s.cases)), ("skipped", str(s.skipped)), *((k, f"{v:.1%}") for k, v in s.pass_k.items()),
             ("turn p50", f"{s.turn_latency_ms['p50']:.0f} ms"), ("turn p95", f"{s.turn_latency_ms['p95']:.0f} ms"),
             ("tokens in/out", tokens), ("wall", f"{s.wall_seconds:.0f} s")]
    judge = ", ".join(f"{n} {verdict}" for verdict, n in s.judge.items() if n) or "no rubrics"
    latencies = [t.latency_ms for trial in results.trials for t in trial.turns]
    failing = sorted(results.trials, key=lambda t: (t.passed or t.skipped, t.skipped, t.case))
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Vitrine eval report</title>
<style>{CSS}</style></head><body><h1>Vitrine conversation evals — {escape(s.target)}</h1>
<p>backend <b>{escape(s.backend)}</b>, {s.trials} trial(s) per case; LLM judge: {judge}</p>
<div class="cards">{"".join(f'<div class="card">{escape(k)}<b>{escape(v)}</b></div>' for k, v in cards)}</div>
<h2>Pass rate</h2><div class="charts">{_bars("by suite (pass^1)", s.by_suite)}
{_bars("by tag (pass^1)", {k: v for k, v in s.by_tag.items() if k not in s.by_suite})}
{_histogram(latencies)}</div>
{_model_use(results)}
<h2>Cases (failures first)</h2><table><tr><th>case</th><th>trial</th><th>result</th><th>problems / transcript</th>
<th>judge</th></tr>{"".join(_trial_row(t) for t in failing)}</table></body></html>"""


def write_html(results: RunResults, path: Path) -> None:
    path.write_text(render_html(results), encoding="utf-8")
