"""Generates evals/suites/after-the-write-27.yaml: short questions about what happens next, asked right after a write
(a return, an exchange, a cancellation) or a photo's ticket (after27 F2, F3, F8, F11). Each is answered from what was
just done, briefly: the ticket's next step and its time, the refund's timing, the exchange's next step, the other
order's status; never a goodbye, a re-proposal, the whole order list or the write's receipt again."""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, writes_expected
from evals.generators.tau_data import ROOT, write_suite

SUITE = "after-the-write-27"
NOT_UNDERSTOOD = ["didn't quite get", "n'ai pas bien compris", "no lo he entendido", "nicht ganz verstanden",
                  "welches Produkt Sie meinen", "de qué producto habla", "quel produit"]
GOODBYE = ["Have a great day", "Excellente journée", "Que tenga un buen día", "Einen schönen Tag"]
RECEIPT = ["Here is what was done", "Voici ce qui a été fait", "Esto es lo que se hizo", "Das wurde gemacht",
           "Yes, that's done", "Oui, c'est fait", "Sí, ya está hecho", "Ja, das ist erledigt"]
NEVER = NOT_UNDERSTOOD + GOODBYE + RECEIPT
TWO_DAYS = ["2 business days", "2 jours ouvrés", "2 días hábiles", "2 Werktagen"]
FIVE_SEVEN = ["5-7"]
EMAIL = ["email", "e-mail", "correo"]
PENDING = ["pending", "en attente", "pendiente", "offen"]

TEAR_HOODIE = {"source": "m/h/mh01-black_main.jpg", "alter": "tear"}
TEAR_TOP = {"source": "w/s/ws03-blue_main.jpg", "alter": "tear"}
TEAR_PANTS = {"source": "m/p/mp01-black_main.jpg", "alter": "tear"}
REPLACEMENT_MIA = [{"name": "open_ticket", "arguments": {"category": "product_defect", "order_id": "#D9000001"}}]
REPLACEMENT_LEO = [{"name": "open_ticket", "arguments": {"category": "product_defect", "order_id": "#D9000003"}}]
EXCHANGE_LEO = [{"name": "exchange_delivered_order_items", "arguments": {
    "order_id": "#D9000003", "item_ids": ["MP01-32-Black"], "new_item_ids": ["MP01-33-Black"],
    "payment_method_id": "paypal_9000002"}}]
RETURN_LUCAS = [{"name": "return_delivered_order_items", "arguments": {
    "order_id": "#W3929227", "item_ids": ["7918497119"], "payment_method_id": "credit_card_7862034"}}]
RETURN_SOFIA = [{"name": "return_delivered_order_items", "arguments": {
    "order_id": "#W3388163", "item_ids": ["9025753381"], "payment_method_id": "paypal_5334408"}}]
RETURN_ISABELLA = [{"name": "return_delivered_order_items", "arguments": {
    "order_id": "#W5565470", "item_ids": ["7602931732"], "payment_method_id": "paypal_3024827"}}]
CANCEL_SOFIA = [{"name": "cancel_pending_order", "arguments": {"order_id": "#W2297866", "reason": "no longer needed"}}]
# the other orders of sofia_thomas_1518: named only when asked for the one still open
OTHER_ORDERS_SOFIA = ["W3388163"]


def turn(text: str, facts: list[list[str]] | None = None, photo: dict[str, Any] | None = None,
         must_not: list[str] | None = None, never: list[str] | None = None) -> dict[str, Any]:
    """A customer turn, with a photo where given; where `facts` is given, its reply says them and none of `never`
    (NEVER unless given) or `must_not`."""
    spoken: dict[str, Any] = {"text": text}
    if photo:
        spoken["photo"] = photo
    if facts is not None:
        spoken["reply"] = {"facts": facts, "must_not_say": (NEVER if never is None else never) + (must_not or [])}
    return spoken


def _case(case_id: str, lang: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          calls: list[dict[str, Any]]) -> dict[str, Any]:
    return case_record(case_id, [lang, SUITE, kind], description, customer, turns, writes_expected(calls))


def cases() -> list[dict[str, Any]]:
    return [
        # --- en ---
        _case("en-photo-evidence-then-what-now", "en", "ticket-next-step",
              "demo_mia_novak: hoodie tear photo -> replacement ticket VT-000001; a second photo is added to it as "
              "evidence; 'so what happens now?' is the ticket's next step (replacement within 2 business days)",
              "demo_mia_novak", [
                  turn("the hoodie I got has a hole in the front, look", photo=TEAR_HOODIE),
                  turn("yes please"),
                  turn("here's another photo of the hole, closer", photo={**TEAR_HOODIE, "studio": True}),
                  turn("ok so what happens now?", [TWO_DAYS])], REPLACEMENT_MIA),
        _case("en-return-then-money-when", "en", "refund-timing",
              "lucas_martin_4549 returns the Water Bottle of #W3929227 to credit_card_7862034; 'cool, when do I "
              "actually see the money?' is the refund's timing only (5-7 business days), never the receipt again",
              "lucas_martin_4549", [
                  turn("I want to return the water bottle from order W3929227, refund to my credit card"),
                  turn("yes"),
                  turn("cool, when do I actually see the money?", [FIVE_SEVEN])], RETURN_LUCAS),
        _case("en-cancel-then-other-still-coming", "en", "other-order",
              "sofia_thomas_1518 cancels #W2297866 (one of her two pending orders); 'the other one is still coming "
              "though right?' is #W7619352 pending, never her whole order list",
              "sofia_thomas_1518", [
                  turn("please cancel order W2297866, I don't need it anymore"),
                  turn("yes"),
                  turn("the other one is still coming though right?", [["W7619352"], PENDING],
                        must_not=OTHER_ORDERS_SOFIA)], CANCEL_SOFIA),
        _case("en-exchange-then-new-one-when", "en", "exchange-next-step",
              "demo_leo_martin exchanges his Caesar Warm-Up Pant 32 for 33; 'how long till I get the new ones?' "
              "is the exchange's next step (an email on sending the old ones back), never the old parcel's status",
              "demo_leo_martin", [
                  turn("can i swap my warm up pants for a 33 waist, same colour"),
                  turn("yes"),
                  turn("nice. how long till I get the new ones?", [EMAIL], must_not=["delivered"])],
              EXCHANGE_LEO),
        # --- fr ---
        _case("fr-photo-replacement-then-what-now", "fr", "ticket-next-step",
              "demo_mia_novak : photo du haut Iris déchiré -> remplacement (ticket) ; 'et là il se passe quoi "
              "maintenant ?' est la suite du ticket (sous 2 jours ouvrés)",
              "demo_mia_novak", [
                  turn("mon haut Iris est arrivé avec un trou, regardez", photo=TEAR_TOP),
                  turn("oui"),
                  turn("et là il se passe quoi maintenant ?", [TWO_DAYS])], REPLACEMENT_MIA),
        _case("fr-return-then-refunded-when", "fr", "refund-timing",
              "isabella_johansson_2152 retourne la bouilloire de #W5565470 (paypal_3024827) ; 'je serai "
              "remboursée dans combien de temps ?' : le délai seul (5-7 jours ouvrés)",
              "isabella_johansson_2152", [
                  turn("je voudrais renvoyer la bouilloire électrique de ma commande W5565470, "
                        "remboursement sur paypal"),
                  turn("oui allez-y"),
                  turn("ok et je serai remboursée dans combien de temps ?", [FIVE_SEVEN])], RETURN_ISABELLA),
        _case("fr-cancel-then-other-still-coming", "fr", "other-order",
              "sofia_thomas_1518 annule #W2297866 ; 'et l'autre commande, elle arrive toujours ?' : #W7619352 en "
              "attente, pas toute la liste",
              "sofia_thomas_1518", [
                  turn("annulez ma commande W2297866 s'il vous plaît, je n'en ai plus besoin"),
                  turn("oui"),
                  turn("et l'autre commande, elle arrive toujours ?", [["W7619352"], PENDING],
                        must_not=OTHER_ORDERS_SOFIA)], CANCEL_SOFIA),
        _case("fr-exchange-then-new-one-when", "fr", "exchange-next-step",
              "demo_leo_martin échange son pantalon 32 contre un 33 ; 'et le nouveau, je l'aurai quand ?' : la "
              "suite de l'échange (un e-mail pour renvoyer l'ancien)",
              "demo_leo_martin", [
                  turn("je peux échanger mon pantalon de survêtement contre une taille 33, même couleur ?"),
                  turn("oui"),
                  turn("et le nouveau, je l'aurai quand ?", [EMAIL], must_not=["livrée"])], EXCHANGE_LEO),
        # --- es ---
        _case("es-photo-replacement-then-what-do-i-do", "es", "ticket-next-step",
              "demo_mia_novak: foto de la sudadera rota -> sustitución (ticket); '¿y ahora qué hago yo?' es el "
              "siguiente paso del ticket (2 días hábiles)",
              "demo_mia_novak", [
                  turn("la sudadera me llegó con un agujero delante, mirad", photo=TEAR_HOODIE),
                  turn("sí"),
                  turn("vale, ¿y ahora qué hago yo?", [TWO_DAYS])], REPLACEMENT_MIA),
        _case("es-return-then-money-when", "es", "refund-timing",
              "sofia_thomas_1518 devuelve el Mechanical Keyboard de #W3388163 a paypal_5334408; '¿y el dinero "
              "para cuándo?': solo el plazo (5-7 días hábiles)",
              "sofia_thomas_1518", [
                  turn("quiero devolver el teclado mecánico del pedido W3388163, reembolso a paypal"),
                  turn("sí, adelante"),
                  turn("¿y el dinero para cuándo?", [FIVE_SEVEN])], RETURN_SOFIA),
        _case("es-cancel-then-other-still-on", "es", "other-order",
              "sofia_thomas_1518 cancela #W2297866; '¿y el otro pedido sigue en camino?': #W7619352 pendiente",
              "sofia_thomas_1518", [
                  turn("cancela el pedido W2297866 por favor, ya no lo necesito"),
                  turn("sí"),
                  turn("¿y el otro pedido sigue en camino?", [["W7619352"], PENDING],
                        must_not=OTHER_ORDERS_SOFIA)], CANCEL_SOFIA),
        _case("es-exchange-then-how-long", "es", "exchange-next-step",
              "demo_leo_martin cambia su pantalón 32 por 33; '¿cuánto tarda en llegar el nuevo?': el siguiente "
              "paso del cambio (un correo para devolver el viejo)",
              "demo_leo_martin", [
                  turn("¿puedo cambiar mi pantalón de calentamiento por una talla 33, del mismo color?"),
                  turn("sí"),
                  turn("genial, ¿y cuánto tarda en llegar el nuevo?", [EMAIL], must_not=["entregado"])],
              EXCHANGE_LEO),
        # --- de ---
        _case("de-photo-replacement-then-how-long", "de", "ticket-next-step",
              "demo_leo_martin: Foto der Hose mit Loch -> Ersatz (Ticket); 'und wie lang dauert das jetzt?': der "
              "nächste Schritt des Tickets (2 Werktage)",
              "demo_leo_martin", [
                  turn("meine Hose ist mit einem Riss angekommen, siehe Foto", photo=TEAR_PANTS),
                  turn("ja"),
                  turn("und wie lang dauert das jetzt?", [TWO_DAYS])], REPLACEMENT_LEO),
        _case("de-return-then-money-when", "de", "refund-timing",
              "lucas_martin_4549 gibt die Trinkflasche aus #W3929227 zurück (credit_card_7862034); 'und wann ist "
              "das Geld wieder auf der Karte?': nur die Dauer (5-7 Werktage)",
              "lucas_martin_4549", [
                  turn("ich möchte die Trinkflasche aus der Bestellung W3929227 zurückgeben, "
                        "Erstattung auf meine Kreditkarte"),
                  turn("ja"),
                  turn("und wann ist das Geld wieder auf der Karte?", [FIVE_SEVEN])], RETURN_LUCAS),
        _case("de-cancel-then-other-still-coming", "de", "other-order",
              "sofia_thomas_1518 storniert #W2297866; 'die andere kommt aber schon noch, oder?': #W7619352 offen",
              "sofia_thomas_1518", [
                  turn("bitte stornieren Sie die Bestellung W2297866, ich brauche sie nicht mehr"),
                  turn("ja"),
                  turn("die andere kommt aber schon noch, oder?", [["W7619352"], PENDING],
                        must_not=OTHER_ORDERS_SOFIA)], CANCEL_SOFIA),
        _case("de-exchange-then-new-one-when", "de", "exchange-next-step",
              "demo_leo_martin tauscht die Hose 32 gegen 33; 'und bis wann hab ich die neue?': der nächste Schritt "
              "des Umtauschs (eine E-Mail zur Rücksendung der alten), nie die alte Sendung",
              "demo_leo_martin", [
                  turn("kann ich meine Trainingshose gegen Weite 33 tauschen, gleiche Farbe?"),
                  turn("ja"),
                  turn("super, und bis wann hab ich die neue?", [EMAIL],
                        must_not=["zugestellt", "Sendungsnummer"])], EXCHANGE_LEO),
    ]


def main() -> None:
    suite = {"suite": SUITE,
             "description": ("after27 F2/F3/F8/F11: a short question about what happens next, right after a write or "
                             "a photo's ticket ('what happens now?', 'how long?', 'when does the new one come?', "
                             "'when do I get the money?', 'the other one is still coming?') is answered from what "
                             "was just done, briefly, in the customer's language: the ticket's next step and time, "
                             "the refund's timing, the exchange's next step, the other order's status; never a "
                             "goodbye, a re-proposal, the order list or the receipt again. en/fr/es/de 4 each. "
                             "Generated by evals/generators/after_the_write_27.py. Written first."),
             "tags": [SUITE], "customer": None, "cases": cases()}
    write_suite(ROOT / "evals" / "suites" / f"{SUITE}.yaml", suite)


if __name__ == "__main__":
    main()
