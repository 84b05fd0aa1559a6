"""weighing-questions-27: another order's cancellation asked as advice while a cancellation waits (attack26 A26-2 in
new words): answered, the first proposal kept; controls: the same asked as a request switches the proposal.

Run: python -m evals.generators.weighing_questions_27"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.generators.case_builders import writes_expected
from evals.generators.tau_data import ORDERS, ROOT, write_cases

OUT: Path = ROOT / "evals" / "suites" / "weighing-questions-27.yaml"
SUITE = "weighing-questions-27"
YES = {"en": "ok, yes go ahead", "fr": "d'accord, oui allez-y", "es": "vale, sí, adelante", "de": "ok, ja, mach das"}
# language, customer, the order first asked, the order the question weighs, first message, the question
WEIGHED = [
    ("en", "raj_lopez_5873", "#W3502364", "#W5107138", "please cancel order #W3502364, i don't need it anymore",
     "or is it smarter to drop #W5107138 instead, what do you think?"),
    ("en", "fatima_anderson_2157", "#W2974929", "#W4514908", "cancel #W2974929 please, no longer needed",
     "hmm do you think cancelling #W4514908 would make more sense?"),
    ("en", "sofia_thomas_1518", "#W7619352", "#W2297866", "I'd like to cancel order #W7619352, I don't need it",
     "would you recommend I cancel #W2297866 instead?"),
    ("fr", "ava_lopez_2676", "#W8327915", "#W5911003", "annulez la commande #W8327915 svp, je n'en ai plus besoin",
     "tu penses que je ferais mieux d'annuler la #W5911003 ?"),
    ("fr", "fatima_nguyen_7539", "#W8808563", "#W2904339", "Je voudrais annuler #W8808563, plus besoin",
     "vous me conseillez plutôt d'annuler la #W2904339 ? qu'en pensez-vous ?"),
    ("es", "aarav_brown_3744", "#W5065081", "#W6584521", "cancela el pedido #W5065081 por favor, ya no lo necesito",
     "¿crees que me conviene más cancelar el #W6584521?"),
    ("es", "aarav_lee_1982", "#W3361211", "#W3586556", "quiero cancelar el #W3361211, ya no lo necesito",
     "¿qué me recomiendas, cancelar el #W3586556 en vez de este?"),
    ("de", "mei_patel_7272", "#W9583042", "#W4082615", "bitte storniere #W9583042, brauche ich nicht mehr",
     "meinst du, ich sollte lieber #W4082615 stornieren?"),
    ("de", "yusuf_rossi_9620", "#W6247578", "#W4776164", "Bestellung #W6247578 stornieren bitte, nicht mehr benötigt",
     "was würdest du empfehlen, eher #W4776164 stornieren?"),
]
# the same shape with a request asked as a question: the proposal switches to the other order
SWITCHED = [
    ("en", "raj_lopez_5873", "#W3502364", "#W5107138", "cancel #W3502364 please, no longer needed",
     "actually could you cancel #W5107138 instead?"),
    ("fr", "ava_lopez_2676", "#W8327915", "#W5911003", "je veux annuler la commande #W8327915, je n'en ai plus besoin",
     "pouvez-vous plutôt annuler la #W5911003 ?"),
    ("es", "aarav_brown_3744", "#W5065081", "#W6584521", "cancela el #W5065081, ya no lo necesito",
     "¿puedes cancelar el #W6584521 en su lugar?"),
    ("de", "mei_patel_7272", "#W9583042", "#W4082615", "storniere bitte #W9583042, brauche ich nicht mehr",
     "kannst du stattdessen #W4082615 stornieren?"),
]
PLAIN_YES = {"en": "yes", "fr": "oui", "es": "sí", "de": "ja"}


def _case(row: tuple[str, str, str, str, str, str], switched: bool) -> dict[str, Any]:
    lang, customer, first, other, opening, question = row
    for order in (first, other):
        assert ORDERS[order]["user_id"] == customer and ORDERS[order]["status"] == "pending"  # noqa: S101
    cancelled, kept = (other, first) if switched else (first, other)
    said = "a REQUEST asked as a question switches the proposal" if switched else "an advice question is answered"
    return {
        "id": f"{lang}-{'control-' if switched else ''}{customer.split('_')[0]}-{other[2:]}",
        "tags": [lang, SUITE, *(["control"] if switched else [])],
        "description": f"{customer}: cancellation of {first} proposed; about {other}, {said}; yes cancels {cancelled}",
        "user": {"customer": customer, "turns": [
            {"text": opening}, {"text": question, "reply": {"facts": [[other]]}},
            {"text": (PLAIN_YES if switched else YES)[lang]}]},
        "expect": {
            **writes_expected([{"name": "cancel_pending_order",
                                "arguments": {"order_id": cancelled, "reason": "no longer needed"}}]),
            "store": {"orders": [{"id": cancelled, "status": "cancelled"}, {"id": kept, "status": "pending"}]},
        },
    }


def main() -> None:
    cases = [_case(row, switched=False) for row in WEIGHED] + [_case(row, switched=True) for row in SWITCHED]
    write_cases(OUT, SUITE, (
        "A question asking advice about cancelling another order while a cancellation proposal waits (attack26 A26-2 "
        "in new words): a question, never the proposal; the first order's yes writes it. Controls: a request asked as "
        "a question switches the proposal."), [SUITE], cases)


if __name__ == "__main__":
    main()
