"""Cases for issue 17's shipped cases that flipped on a fresh machine: readings on the intent classifier's edge.

Writes evals/suites/edge-readings-17.yaml. Two classes, two cases per language, wording new to the suites:
- an owned item said to go back without the verb "return" ("needs to go back", "doit repartir", "mando de vuelta",
  "regresar", "Rückgabe"): the return is proposed, then written on the yes;
- a photo with words wanting one like it and no word of a person, an order or a remedy ("j'en voudrais un pareil",
  "quiero uno así", "möchte ich auch haben"): a photo search, even where the classifier reads a person or a write.
The returns reuse dialogue-classes-21's customers (their one delivered item and only refund method, computed from
data/tau-retail by evals/generators/dialogue_classes_21.py).

Run: python -m evals.generators.edge_readings_17"""

from __future__ import annotations

from typing import Any

from evals.generators.tau_data import ROOT, WRITES, write_suite

OUT = ROOT / "evals" / "suites" / "edge-readings-17.yaml"
# customer: (order, delivered item, the only method a refund can go to)
OWNED = {
    "aarav_sanchez_6636": ("#W9552705", "6697922351", "gift_card_8922351"),
    "daiki_patel_5953": ("#W8068454", "9179378709", "paypal_1009053"),
    "daiki_davis_5031": ("#W5457973", "8277474082", "gift_card_1679693"),
    "harper_ito_4653": ("#W5673917", "2106335193", "paypal_1053133"),
}
RETURNS = [
    ("en", "helmet-needs-to-go-back", "aarav_sanchez_6636", "the helmet needs to go back", "yes"),
    ("en", "speaker-can-go-back", "daiki_patel_5953", "i never use that bluetooth speaker, it can go back to you",
     "yes please"),
    ("fr", "enceinte-doit-repartir", "daiki_patel_5953", "l'enceinte bluetooth doit repartir", "oui"),
    ("fr", "casque-repart-chez-vous", "aarav_sanchez_6636", "le casque de vélo repart chez vous, il ne me sert pas",
     "oui"),
    ("es", "botas-mando-de-vuelta", "daiki_davis_5031", "las botas de montaña las mando de vuelta", "sí"),
    ("es", "regresar-tablet", "harper_ito_4653", "quiero regresar la tablet", "sí"),
    ("de", "rueckgabe-tablet", "harper_ito_4653", "ich möchte eine Rückgabe für das Tablet", "ja"),
    ("de", "helm-muss-wieder-zurueck", "aarav_sanchez_6636", "der Fahrradhelm muss wieder zurück", "ja"),
]
SHOWN = {"en": ["you might like", "That's the"], "fr": ["pourraient vous plaire", "C'est l"],
         "es": ["podrían gustarle", "Es el"], "de": ["könnten Ihnen gefallen", "Das ist das Modell"]}
# (language, id, words, photo, what the int8 or fp32 classifier read before the fix)
PHOTOS = [
    ("en", "id-like-this-please", "i'd like this please", "m/h/mh05-white_main.jpg", "a person (int8)"),
    ("en", "can-i-get-one-of-these", "can i get one of these", "w/j/wj02-blue_main.jpg", "an exchange"),
    ("fr", "j-en-voudrais-un-pareil", "j'en voudrais un pareil", "m/h/mh03-green_main.jpg", "a person"),
    ("fr", "je-veux-le-meme", "je veux le même svp", "w/p/wp01-black_main.jpg", "a return"),
    ("es", "quiero-uno-asi", "quiero uno así", "m/h/mh06-blue_main.jpg", "a person"),
    ("es", "quiero-uno-igual", "quiero uno igual", "w/j/wj01-red_main.jpg", "a return"),
    ("de", "moechte-ich-auch-haben", "möchte ich auch haben", "m/h/mh04-yellow_main.jpg", "a person"),
    ("de", "sowas-will-ich-auch", "sowas will ich auch haben", "m/s/ms01-blue_main.jpg", "a complaint"),
]


def _return_case(lang: str, name: str, customer: str, words: str, yes: str) -> dict[str, Any]:
    order, item, method = OWNED[customer]
    return {"id": f"{lang}-return-{name}", "tags": [lang, "return-in-other-words"],
            "description": "an owned item said to go back without the verb 'return': proposed, then done on the yes",
            "user": {"customer": customer, "turns": [{"text": words}, {"text": yes}]},
            "expect": {"actions": {"mode": "strict", "scope": "writes", "args": "superset", "calls": [
                {"name": "return_delivered_order_items",
                 "arguments": {"order_id": order, "item_ids": [item], "payment_method_id": method}}]},
                "forbidden": [{"name": w} for w in WRITES if w != "return_delivered_order_items"],
                "store": {"orders": [{"id": order, "status": "return requested"}], "ticket": {"exists": False}}}}


def _photo_case(lang: str, name: str, words: str, photo: str, misread: str) -> dict[str, Any]:
    return {"id": f"{lang}-photo-{name}", "tags": [lang, "photo-shopping-misread"],
            "description": f"a photo with words wanting one like it, no person, order or remedy word (read as "
                           f"{misread} before): a photo search",
            "user": {"customer": "demo_mia_novak", "turns": [{"text": words, "photo": {"source": photo}}]},
            "expect": {"forbidden": [{"name": w} for w in WRITES], "store": {"ticket": {"exists": False}},
                       "reply": {"facts": [SHOWN[lang]]}}}


def main() -> None:
    cases = [_return_case(*row) for row in RETURNS] + [_photo_case(*row) for row in PHOTOS]
    write_suite(OUT, {
        "suite": "edge-readings-17",
        "description": "issue 17: shipped cases that flipped on a fresh machine sat on the intent classifier's edge "
                       "(margins 0.001-0.014 between the int8 and fp32 MiniLM). Two classes read from clear words "
                       "in code, four languages, new wording, written before the fix: an owned item said to go back "
                       "without the verb 'return' is a return; a photo with words wanting one like it and no word of "
                       "a person, an order or a remedy is a photo search, whatever person or write the classifier "
                       "read. Generated by evals/generators/edge_readings_17.py.",
        "tags": ["edge-readings-17"], "customer": None, "cases": cases})
    print(len(cases), "cases ->", OUT)  # noqa: T201 - a generator's one line of output


if __name__ == "__main__":
    main()
