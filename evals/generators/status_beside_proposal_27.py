"""status-beside-proposal-27: while a return proposal waits, the status of ANOTHER order asked by the product in it
("where's my order with the puzzle?"): that order's status said (not the return's order), the return then confirmed
and written (fresh27 F1, in new words).

Run: python -m evals.generators.status_beside_proposal_27"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.generators.case_builders import writes_expected
from evals.generators.tau_data import ORDERS, ROOT, write_cases

OUT: Path = ROOT / "evals" / "suites" / "status-beside-proposal-27.yaml"
SUITE = "status-beside-proposal-27"
PENDING_WORDS = ["pending", "not shipped", "hasn't shipped", "en attente", "pas encore", "pendiente", "todavía no",
                 "aún no", "offen", "noch nicht", "ausstehend"]
# language, customer, delivered order, item returned (id), pending order asked about, messages (return, status, yes)
ROWS = [
    ("en", "noah_ito_3850", "#W3445693", "6477915553", "#W4219264",
     ["hey, I'd like to return just the sneakers from my last delivery, the rest is fine",
      "oh btw is the jigsaw puzzle i ordered on its way yet?", "ok yes, return the sneakers"]),
    ("en", "mei_davis_8935", "#W2890441", "2366567022", "#W1267569",
     ["can I send back only the water bottle? keep everything else",
      "before that - what's the status of my gaming mouse order?", "alright, yes please"]),
    ("fr", "amelia_silva_7726", "#W4597054", "5669664287", "#W4836353",
     ["bonjour, je voudrais retourner uniquement le purificateur d'air, je garde le reste",
      "et au passage, ma commande avec le clavier mécanique, elle est partie ?", "oui, allez-y pour le retour"]),
    ("fr", "daiki_silva_5033", "#W6564160", "2652637226", "#W1579160",
     ["je renvoie seulement l'enceinte bluetooth s'il vous plaît",
      "attendez, où en est la bouilloire que j'ai commandée ?", "ok oui"]),
    ("es", "evelyn_hernandez_1701", "#W9628587", "9045948550", "#W3482034",
     ["hola, quiero devolver solamente las gafas de sol, lo demás me lo quedo",
      "una pregunta, ¿la parrilla que pedí ya salió?", "sí, devuélvelas"]),
    ("es", "sofia_moore_9773", "#W3338814", "4273929280", "#W1812830",
     ["quisiera devolver solo el lector de libros electrónicos", "oye, ¿y mi pedido del reloj de pared cómo va?",
      "vale, sí"]),
    ("de", "aarav_anderson_8794", "#W9311069", "7407838442", "#W9300146",
     ["ich will nur die Espressomaschine zurückgeben, den Rest behalte ich",
      "moment, ist meine Bestellung mit der Schreibtischlampe schon verschickt?", "ja, bitte zurückgeben"]),
    ("de", "liam_moore_4057", "#W6908222", "1270145486", "#W3169501",
     ["bitte nur die Schreibtischlampe zurückschicken",
      "ach, und wo steckt eigentlich das Bücherregal, das ich bestellt habe?", "passt, ja"]),
]


def _case(row: tuple[str, str, str, str, str, list[str]]) -> dict[str, Any]:
    lang, customer, delivered, item_id, asked, (opening, question, yes) = row
    assert ORDERS[delivered]["user_id"] == customer == ORDERS[asked]["user_id"]  # noqa: S101
    assert ORDERS[delivered]["status"] == "delivered" and ORDERS[asked]["status"] == "pending"  # noqa: S101
    assert item_id in [item["item_id"] for item in ORDERS[delivered]["items"]]  # noqa: S101
    return {
        "id": f"{lang}-{customer.split('_')[0]}-{asked[2:]}",
        "tags": [lang, SUITE],
        "description": f"{customer}: return of {item_id} from {delivered} proposed; the status of {asked} asked by its "
                       f"product: {asked} said pending; the yes returns {item_id} only",
        "user": {"customer": customer, "turns": [
            {"text": opening}, {"text": question, "reply": {"facts": [[asked], PENDING_WORDS]}}, {"text": yes}]},
        "expect": writes_expected([{"name": "return_delivered_order_items",
                                    "arguments": {"order_id": delivered, "item_ids": [item_id]}}]),
    }


def main() -> None:
    cases = [_case(row) for row in ROWS]
    write_cases(OUT, SUITE, (
        "The status of another order asked by the product in it while a return proposal waits (fresh27 F1 in new "
        "words): that order's status, then the return confirmed."), [SUITE], cases)


if __name__ == "__main__":
    main()
