"""Writes evals/suites/follow-ups-after-write-25.yaml (issue 17, browser finding 1): questions and negations right
after a proposal, a refusal or a completed write ("does that include the puzzle too?", "what about the other item?",
"so I get X back?", "no wait don't", "non, ne faites rien", "no, déjalo", "nein, lass das"), en/fr/es/de, 8 each.

Facts from data/tau-retail: amelia_wilson_4614 has one pending order #W3062096 (T-Shirt, Smart Watch, Jigsaw Puzzle,
$463.43, PayPal) and one delivered order #W9077205 (Jigsaw Puzzle, Dumbbell Set). Written before the fix.
"""

from __future__ import annotations

from pathlib import Path

import yaml

CUSTOMER = "amelia_wilson_4614"
ORDER = "#W3062096"
NOT_UNDERSTOOD = ["didn't quite get", "n'ai pas bien compris", "no lo he entendido", "nicht ganz verstanden"]
NOTHING_CHANGED_OK: list[str] = []
OTHER_WRITES = [{"name": n} for n in ("modify_pending_order_items", "modify_pending_order_address",
                                       "modify_pending_order_payment", "return_delivered_order_items",
                                       "exchange_delivered_order_items", "modify_customer_address")]
PUZZLE = ["Jigsaw Puzzle", "puzzle", "Puzzle"]
TSHIRT = ["T-Shirt", "t-shirt"]
AMOUNT = ["463.43", "463,43"]
DUMBBELL = ["Dumbbell Set", "haltères", "Hantel", "mancuernas"]

W = {  # per language: the turns of each scenario
    "en": dict(just_watch="can you cancel just the smart watch from my order", whole="ok then cancel the whole thing",
               include="wait does that include the puzzle too?", no_dont="hmm no, don't",
               cancel="cancel my pending order, I don't need it anymore", yes="yes",
               no_wait="no wait don't", get_back="so I get 463.43 back?", leave="no, leave it",
               after_include="does that include the puzzle too?", after_back="so I get everything back?",
               what_about="what about the t-shirt?", include_tshirt="is the t-shirt included?"),
    "fr": dict(just_watch="vous pouvez annuler juste la montre connectée de ma commande ?",
               whole="bon alors annulez tout", include="attendez, ça inclut le puzzle aussi ?",
               no_dont="non, ne faites rien", cancel="annulez ma commande en attente, je n'en ai plus besoin",
               yes="oui", no_wait="non attendez, ne faites pas ça", get_back="donc je récupère 463,43 ?",
               leave="non, laissez tomber", after_include="ça comprend aussi le puzzle ?",
               after_back="donc je suis remboursée de tout ?", what_about="et le t-shirt ?",
               include_tshirt="le t-shirt est compris dedans ?"),
    "es": dict(just_watch="puedes cancelar solo el reloj inteligente de mi pedido?",
               whole="vale, entonces cancela todo", include="espera, eso incluye el puzzle también?",
               no_dont="no, déjalo", cancel="cancela mi pedido pendiente, ya no lo necesito", yes="sí",
               no_wait="no espera, no lo hagas", get_back="entonces me devuelven 463,43?",
               leave="no, mejor no", after_include="eso incluye también el puzzle?",
               after_back="o sea que me devuelven todo?", what_about="y la camiseta?",
               include_tshirt="la camiseta va incluida?"),
    "de": dict(just_watch="kannst du nur die smartwatch aus meiner bestellung stornieren?",
               whole="ok dann storniere das ganze", include="moment, ist das puzzle da auch dabei?",
               no_dont="nein, lass das", cancel="storniere meine offene bestellung, ich brauche sie nicht mehr",
               yes="ja", no_wait="nein warte, mach das nicht", get_back="also bekomme ich 463,43 zurück?",
               leave="nein, lieber nicht", after_include="ist das puzzle auch mit drin?",
               after_back="also bekomme ich alles zurück?", what_about="und das t-shirt?",
               include_tshirt="ist das t-shirt mit dabei?"),
}


def _case(lang: str, name: str, description: str, turns: list[dict], writes: list[dict]) -> dict:
    forbidden = list(OTHER_WRITES) if writes else [{"name": "cancel_pending_order"}, *OTHER_WRITES]
    return {"id": f"{lang}-{name}", "tags": [lang, "follow-ups-after-write-25", name], "description": description,
            "user": {"customer": CUSTOMER, "turns": turns},
            "expect": {"actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": writes},
                       "forbidden": forbidden}}


def _t(text: str, facts: list[list[str]] | None = None, extra_not: list[str] | None = None) -> dict:
    turn: dict = {"text": text}
    if facts is not None or extra_not:
        turn["reply"] = {"facts": facts or [], "must_not_say": [*NOT_UNDERSTOOD, *(extra_not or [])]}
    else:
        turn["reply"] = {"facts": [], "must_not_say": list(NOT_UNDERSTOOD)}
    return turn


CANCELLED = {"name": "cancel_pending_order", "arguments": {"order_id": ORDER, "reason": "no longer needed"}}


def cases(lang: str) -> list[dict]:
    w = W[lang]
    return [
        _case(lang, "refused-part-include-then-no",
              "one item cannot be cancelled; the whole order is taken up; 'does that include the puzzle?' is "
              "answered from the order (the puzzle named); 'no, don't' is a no: nothing written",
              [_t(w["just_watch"]), _t(w["whole"]), _t(w["include"], [PUZZLE]), _t(w["no_dont"])], []),
        _case(lang, "proposal-include-then-yes",
              "cancellation proposed; 'does that include the puzzle?' is answered from the order and the proposal "
              "kept; the yes cancels it",
              [_t(w["cancel"]), _t(w["include"], [PUZZLE]), _t(w["yes"])], [CANCELLED]),
        _case(lang, "proposal-no-wait-dont",
              "cancellation proposed; 'no wait don't' is a no: nothing written",
              [_t(w["cancel"]), _t(w["no_wait"])], []),
        _case(lang, "proposal-get-back-then-no",
              "cancellation proposed; 'so I get 463.43 back?' answered with the refund; then a no: nothing written",
              [_t(w["cancel"]), _t(w["get_back"], [AMOUNT]), _t(w["leave"])], []),
        _case(lang, "after-write-include",
              "after the cancellation is written, 'does that include the puzzle too?' is answered from the order "
              "(the puzzle named), never read as a new request",
              [_t(w["cancel"]), _t(w["yes"]), _t(w["after_include"], [PUZZLE])], [CANCELLED]),
        _case(lang, "after-write-everything-back",
              "after the cancellation is written, 'so I get everything back?' is answered with the refund",
              [_t(w["cancel"]), _t(w["yes"]), _t(w["after_back"], [AMOUNT])], [CANCELLED]),
        _case(lang, "proposal-what-about-item",
              "cancellation proposed; 'what about the t-shirt?' is answered from the order (the t-shirt goes too) "
              "and the proposal kept; then 'no, don't': nothing written",
              [_t(w["cancel"]), _t(w["what_about"], [TSHIRT]), _t(w["no_dont"])], []),
        _case(lang, "refused-part-item-included",
              "one item cannot be cancelled; 'is the t-shirt included?' is answered from the order; the no writes "
              "nothing",
              [_t(w["just_watch"]), _t(w["include_tshirt"], [TSHIRT]), _t(w["leave"])], []),
    ]


def main() -> None:
    suite = {"suite": "follow-ups-after-write-25",
             "description": "issue 17, browser finding 1: questions about what a proposal, a refusal or a completed write "
                            "covers are answered from the order (items, amounts), and negations ('no wait don't', 'non, ne "
                            "faites rien', 'no, déjalo', 'nein, lass das') at a proposal are a no. en/fr/es/de 8 each. "
                            "Generated by evals/generators/follow_ups_after_write_25.py. Written first.",
             "tags": ["dialogue", "follow-ups-after-write-25"], "customer": CUSTOMER,
             "cases": [c for lang in ("en", "fr", "es", "de") for c in cases(lang)]}
    out = Path(__file__).resolve().parents[1] / "suites" / "follow-ups-after-write-25.yaml"
    out.write_text(yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=120), "utf-8")


if __name__ == "__main__":
    main()
