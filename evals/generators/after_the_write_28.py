"""Generates evals/suites/after-the-write-28.yaml: after a write (an exchange, a replacement ticket from a photo, a
second photo joining that ticket, a return, a cancellation), a question about what comes next asked in other words
than round 27's ("how many days", "when should … get here", "in how many days do you refund me", "my second order",
a photo sent alone) is answered from what was done: the remedy's timing from the shop's own words, the refund's
timing to its method, the other order's status; and while a person is awaited late in a long chat, a question about
the customer's own order or a product is still answered. Near-misses: a product question after a write is no next
step, and a write asked while held waits for the person."""

from __future__ import annotations

from typing import Any

from evals.generators.after_the_write_27 import (
    CANCEL_SOFIA,
    EMAIL,
    EXCHANGE_LEO,
    FIVE_SEVEN,
    OTHER_ORDERS_SOFIA,
    PENDING,
    REPLACEMENT_LEO,
    REPLACEMENT_MIA,
    RETURN_ISABELLA,
    RETURN_LUCAS,
    RETURN_SOFIA,
    TEAR_HOODIE,
    TEAR_PANTS,
    TEAR_TOP,
    TWO_DAYS,
    turn,
)
from evals.generators.case_builders import case_record, write_actions, writes_other_than
from evals.generators.tau_data import ROOT, write_suite

SUITE = "after-the-write-28"
HELD_ONLY = ["A member of our team will answer here shortly.", "Un membre de notre équipe vous répondra ici",
             "Un miembro de nuestro equipo le responderá aquí", "Ein Mitglied unseres Teams antwortet Ihnen hier"]
CATALOG_TEXT = ["coûte", "costs", "cuesta", "kostet"]
NEW_TICKET = ["VT-000002"]

EXCHANGE_MIA = [{"name": "exchange_delivered_order_items", "arguments": {
    "order_id": "#D9000001", "item_ids": ["WS03-S-Blue"], "new_item_ids": ["WS03-M-Blue"]}}]
YARA_TRACKING = ["724492219985"]
KETTLE = ["157.53", "157,53"]


def _case(case_id: str, lang: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          calls: list[dict[str, Any]]) -> dict[str, Any]:
    expect: dict[str, Any] = {"forbidden": writes_other_than(calls)}
    if calls:
        expect["actions"] = write_actions(calls)
    return case_record(case_id, [lang, SUITE, kind], description, customer, turns, expect)


def _held_turns(lang: str) -> list[dict[str, Any]]:
    """A long chat for yara_johansson_9032 before the request for a person: a status, a product, an own price."""
    return {
        "en": [turn("hi, where's my order W9538251 at?"), turn("does the Juno Jacket come in green?"),
               turn("and what did the earbuds cost me?"), turn("fine, put me through to someone from your team")],
        "fr": [turn("bonjour, où en est ma commande W9538251 ?"), turn("la Juno Jacket existe en vert ?"),
               turn("et les écouteurs, je les ai payés combien ?"),
               turn("bon, passez-moi quelqu'un de l'équipe s'il vous plaît")],
        "es": [turn("hola, ¿cómo va mi pedido W9538251?"), turn("¿la Juno Jacket la tenéis en verde?"),
               turn("¿y cuánto me costaron los auriculares?"),
               turn("bueno, pásame con alguien del equipo por favor")],
        "de": [turn("hallo, wie ist der Stand meiner Bestellung W9538251?"), turn("gibt es die Juno Jacket in grün?"),
               turn("und was haben mich die Kopfhörer gekostet?"),
               turn("gut, verbinden Sie mich bitte mit jemandem aus Ihrem Team")],
    }[lang]


def cases() -> list[dict[str, Any]]:  # noqa: PLR0915 - one list of cases
    return [
        # --- en ---
        _case("en-exchange-then-how-many-days", "en", "exchange-next-step",
              "demo_leo_martin swaps his Caesar Warm-Up Pant 32 for 33; 'roughly how many days for the 33s to show "
              "up?' is the exchange's next step (the return label email, the new item shipped straight away), never "
              "the receipt, the order list or the pants' catalog text",
              "demo_leo_martin", [
                  turn("could I get my warm-up pants in a 33 waist instead, same black?"),
                  turn("yes"),
                  turn("roughly how many days for the 33s to show up?", [EMAIL],
                        must_not=["delivered", "#D9000004"] + CATALOG_TEXT)], EXCHANGE_LEO),
        _case("en-photo-replacement-then-when-should", "en", "ticket-next-step",
              "demo_mia_novak: torn Iris top photo -> replacement ticket; 'when should I expect the replacement "
              "top?' is the ticket's next step (within 2 business days)",
              "demo_mia_novak", [
                  turn("my iris top ripped along the seam the first time I wore it", photo=TEAR_TOP),
                  turn("yes do that"),
                  turn("when should I expect the replacement top?", [TWO_DAYS])], REPLACEMENT_MIA),
        _case("en-second-photo-joins-then-next", "en", "ticket-photo-joins",
              "demo_mia_novak: torn hoodie photo -> replacement ticket VT-000001; a second photo of the same tear, "
              "sent alone, joins that ticket (no second ticket, no person); 'what's the next step on your end?' is "
              "the ticket's next step",
              "demo_mia_novak", [
                  turn("there's a rip in the hoodie you sent me", photo=TEAR_HOODIE),
                  turn("ok yes"),
                  turn("", photo={**TEAR_HOODIE, "studio": True}),
                  turn("what's the next step on your end?", [TWO_DAYS], must_not=NEW_TICKET + HELD_ONLY)],
              REPLACEMENT_MIA),
        _case("en-return-then-days-refund", "en", "refund-timing",
              "isabella_johansson_2152 returns the kettle of #W5565470 to PayPal; 'how many days till the refund "
              "lands?' is the refund's timing to PayPal (5-7 business days)",
              "isabella_johansson_2152", [
                  turn("I'd like to send back the electric kettle from W5565470, money back to paypal please"),
                  turn("yes go ahead"),
                  turn("how many days till the refund lands?", [FIVE_SEVEN])], RETURN_ISABELLA),
        _case("en-cancel-then-second-order", "en", "other-order",
              "sofia_thomas_1518 cancels #W2297866; 'is my second order still going ahead?' is #W7619352 pending",
              "sofia_thomas_1518", [
                  turn("cancel W2297866 for me please, no longer needed"),
                  turn("yes"),
                  turn("is my second order still going ahead?", [["W7619352"], PENDING],
                        must_not=OTHER_ORDERS_SOFIA)], CANCEL_SOFIA),
        _case("en-held-late-tracking", "en", "held-late",
              "yara_johansson_9032: a status, a product question, an own price, then a person asked for; 'while "
              "they get to me, what's the tracking number on the order that was delivered?' is #W6904184's tracking",
              "yara_johansson_9032", [*_held_turns("en"),
                  turn("while they get to me, what's the tracking number on the order that was delivered?",
                        [YARA_TRACKING], never=[])], []),
        _case("en-near-miss-product-after-exchange", "en", "near-miss",
              "demo_leo_martin swaps the pants for a 33; 'do those pants come in any other colours?' is a product "
              "question, never the exchange's next step again",
              "demo_leo_martin", [
                  turn("could I get my warm-up pants in a 33 waist instead, same black?"),
                  turn("yes"),
                  turn("do those pants come in any other colours?", [], must_not=["return label"])], EXCHANGE_LEO),
        # --- fr ---
        _case("fr-exchange-then-how-many-days", "fr", "exchange-next-step",
              "demo_mia_novak échange son haut Iris S contre un M ; 'il faut compter combien de jours pour le M ?' "
              "est la suite de l'échange (e-mail d'étiquette, envoi tout de suite), jamais le reçu ni le prix",
              "demo_mia_novak", [
                  turn("je peux échanger mon haut Iris taille S contre un M, même bleu ?"),
                  turn("oui"),
                  turn("il faut compter combien de jours pour le M ?", [EMAIL],
                        must_not=["livrée"] + CATALOG_TEXT)], EXCHANGE_MIA),
        _case("fr-photo-replacement-then-when", "fr", "ticket-next-step",
              "demo_leo_martin : photo du pantalon déchiré -> remplacement ; 'le remplaçant arrive d'ici combien de "
              "jours ?' : sous 2 jours ouvrés",
              "demo_leo_martin", [
                  turn("mon pantalon de survêtement est arrivé troué, voilà la photo", photo=TEAR_PANTS),
                  turn("oui d'accord"),
                  turn("le remplaçant arrive d'ici combien de jours ?", [TWO_DAYS])], REPLACEMENT_LEO),
        _case("fr-second-photo-joins-then-next", "fr", "ticket-photo-joins",
              "demo_mia_novak : photo du sweat troué -> ticket ; une seconde photo du même trou, sans texte, rejoint "
              "le ticket ; 'bon, et la suite ?' : sous 2 jours ouvrés",
              "demo_mia_novak", [
                  turn("mon sweat à capuche a un accroc sur le devant", photo=TEAR_HOODIE),
                  turn("oui"),
                  turn("", photo={**TEAR_HOODIE, "studio": True}),
                  turn("bon, et la suite ?", [TWO_DAYS], must_not=NEW_TICKET + HELD_ONLY)], REPLACEMENT_MIA),
        _case("fr-return-then-days-refund", "fr", "refund-timing",
              "lucas_martin_4549 retourne la gourde de #W3929227 sur sa carte ; 'vous me remboursez sous combien de "
              "jours ?' : 5-7 jours ouvrés",
              "lucas_martin_4549", [
                  turn("je veux retourner la gourde de la commande W3929227, remboursement sur ma carte de crédit"),
                  turn("oui"),
                  turn("vous me remboursez sous combien de jours ?", [FIVE_SEVEN])], RETURN_LUCAS),
        _case("fr-cancel-then-second-order", "fr", "other-order",
              "sofia_thomas_1518 annule #W2297866 ; 'et mon autre commande, elle part quand même ?' : #W7619352 en "
              "attente",
              "sofia_thomas_1518", [
                  turn("pouvez-vous annuler la commande W2297866, je n'en veux plus"),
                  turn("oui"),
                  turn("et ma deuxième commande, elle est toujours maintenue ?", [["W7619352"], PENDING],
                        must_not=OTHER_ORDERS_SOFIA)], CANCEL_SOFIA),
        _case("fr-held-late-product-price", "fr", "held-late",
              "yara_johansson_9032 : un statut, une question produit, un prix payé, puis une personne demandée ; "
              "'pendant que j'attends, la bouilloire que j'ai achetée valait combien ?' : 157,53",
              "yara_johansson_9032", [*_held_turns("fr"),
                  turn("pendant que j'attends, la bouilloire que j'ai achetée valait combien ?", [KETTLE],
                        never=[])], []),
        _case("fr-near-miss-product-after-exchange", "fr", "near-miss",
              "demo_mia_novak échange le haut Iris S contre M ; 'il est en quelle matière, ce haut ?' est une "
              "question produit, jamais la suite de l'échange",
              "demo_mia_novak", [
                  turn("je peux échanger mon haut Iris taille S contre un M, même bleu ?"),
                  turn("oui"),
                  turn("il existe en quelles couleurs, ce haut ?", [], must_not=["étiquette de retour"])],
              EXCHANGE_MIA),
        # --- es ---
        _case("es-exchange-then-how-many-days", "es", "exchange-next-step",
              "demo_leo_martin cambia el pantalón 32 por 33; '¿cuántos días tardará en llegarme el 33?': el "
              "siguiente paso del cambio (correo con la etiqueta, envío enseguida), nunca el recibo",
              "demo_leo_martin", [
                  turn("quiero cambiar mi pantalón de calentamiento por la talla 33, negro igual"),
                  turn("sí"),
                  turn("¿cuántos días tardará en llegarme el de la 33?", [EMAIL],
                        must_not=["entregado"] + CATALOG_TEXT)], EXCHANGE_LEO),
        _case("es-photo-replacement-then-when", "es", "ticket-next-step",
              "demo_mia_novak: foto del top Iris roto -> sustitución; '¿para qué día tendría la nueva?': en 2 días "
              "hábiles",
              "demo_mia_novak", [
                  turn("el top Iris se me rompió por la costura, mira la foto", photo=TEAR_TOP),
                  turn("sí, hazlo"),
                  turn("¿y en cuántos días me llegaría la de repuesto?", [TWO_DAYS])], REPLACEMENT_MIA),
        _case("es-second-photo-joins-then-next", "es", "ticket-photo-joins",
              "demo_leo_martin: foto del pantalón roto -> ticket; una segunda foto del mismo roto, sin texto, se "
              "añade al ticket; '¿y ahora cómo sigue esto?': 2 días hábiles",
              "demo_leo_martin", [
                  turn("el pantalón me llegó con un desgarro, adjunto foto", photo=TEAR_PANTS),
                  turn("sí"),
                  turn("", photo={**TEAR_PANTS, "studio": True}),
                  turn("¿y ahora cómo sigue esto?", [TWO_DAYS], must_not=NEW_TICKET + HELD_ONLY)],
              REPLACEMENT_LEO),
        _case("es-return-then-days-refund", "es", "refund-timing",
              "sofia_thomas_1518 devuelve el teclado de #W3388163 a PayPal; '¿a los cuántos días me devolvéis el "
              "dinero?': 5-7 días hábiles",
              "sofia_thomas_1518", [
                  turn("quiero devolver el teclado mecánico de mi pedido W3388163, el dinero a paypal"),
                  turn("sí, adelante"),
                  turn("¿a los cuántos días me devolvéis el dinero?", [FIVE_SEVEN])], RETURN_SOFIA),
        _case("es-cancel-then-second-order", "es", "other-order",
              "sofia_thomas_1518 cancela #W2297866; '¿y mi segundo pedido sigue en pie?': #W7619352 pendiente",
              "sofia_thomas_1518", [
                  turn("anula el pedido W2297866, ya no me hace falta"),
                  turn("sí"),
                  turn("¿y mi segundo pedido sigue en pie?", [["W7619352"], PENDING],
                        must_not=OTHER_ORDERS_SOFIA)], CANCEL_SOFIA),
        _case("es-held-late-tracking", "es", "held-late",
              "yara_johansson_9032: estado, producto, precio pagado y luego una persona; 'mientras llega alguien, "
              "¿me pasas el seguimiento del pedido que ya se entregó?': el seguimiento de #W6904184",
              "yara_johansson_9032", [*_held_turns("es"),
                  turn("mientras llega alguien, ¿me pasas el número de seguimiento del pedido que ya se entregó?",
                        [YARA_TRACKING], never=[])], []),
        _case("es-near-miss-product-after-exchange", "es", "near-miss",
              "demo_leo_martin cambia el pantalón por la 33; '¿ese pantalón lo hay en otros colores?' es una "
              "pregunta de producto, nunca el siguiente paso del cambio",
              "demo_leo_martin", [
                  turn("quiero cambiar mi pantalón de calentamiento por la talla 33, negro igual"),
                  turn("sí"),
                  turn("¿ese pantalón lo hay en otros colores?", [], must_not=["etiqueta de devolución"])],
              EXCHANGE_LEO),
        # --- de ---
        _case("de-exchange-then-how-many-days", "de", "exchange-next-step",
              "demo_mia_novak tauscht das Iris-Top S gegen M; 'wie viele Tage muss ich auf das M warten?': der "
              "nächste Schritt des Umtauschs (E-Mail mit Etikett, sofortiger Versand), nie die Produktbeschreibung",
              "demo_mia_novak", [
                  turn("kann ich mein Iris Top in S gegen ein M tauschen, gleiche Farbe blau?"),
                  turn("ja"),
                  turn("wie viele Tage muss ich auf das M warten?", [EMAIL],
                        must_not=["zugestellt"] + CATALOG_TEXT)], EXCHANGE_MIA),
        _case("de-photo-replacement-then-when", "de", "ticket-next-step",
              "demo_mia_novak: Foto des zerrissenen Hoodies -> Ersatz; 'in wie vielen Tagen hab ich den Ersatz?': "
              "innerhalb von 2 Werktagen",
              "demo_mia_novak", [
                  turn("mein Hoodie hat vorne ein Loch, schau", photo=TEAR_HOODIE),
                  turn("ja bitte"),
                  turn("in wie vielen Tagen hab ich den Ersatz ungefähr?", [TWO_DAYS])], REPLACEMENT_MIA),
        _case("de-second-photo-joins-then-next", "de", "ticket-photo-joins",
              "demo_leo_martin: Foto der Hose mit Riss -> Ticket; ein zweites Foto desselben Risses ohne Text kommt "
              "zum Ticket; 'okay, und was kommt jetzt?': innerhalb von 2 Werktagen",
              "demo_leo_martin", [
                  turn("die Trainingshose hat einen Riss am Bein, hier das Foto", photo=TEAR_PANTS),
                  turn("ja"),
                  turn("", photo={**TEAR_PANTS, "studio": True}),
                  turn("okay, und was kommt jetzt?", [TWO_DAYS], must_not=NEW_TICKET + HELD_ONLY)],
              REPLACEMENT_LEO),
        _case("de-return-then-days-refund", "de", "refund-timing",
              "isabella_johansson_2152 gibt den Wasserkocher aus #W5565470 zurück (PayPal); 'nach wie vielen Tagen "
              "hab ich das Geld?': 5-7 Werktage",
              "isabella_johansson_2152", [
                  turn("ich möchte den Wasserkocher aus W5565470 zurückgeben, Geld zurück auf PayPal"),
                  turn("ja"),
                  turn("nach wie vielen Tagen hab ich das Geld wieder?", [FIVE_SEVEN])], RETURN_ISABELLA),
        _case("de-cancel-then-second-order", "de", "other-order",
              "sofia_thomas_1518 storniert #W2297866; 'und meine zweite Bestellung läuft noch?': #W7619352 offen",
              "sofia_thomas_1518", [
                  turn("storniere bitte die Bestellung W2297866, brauche ich nicht mehr"),
                  turn("ja"),
                  turn("und meine zweite Bestellung läuft weiter?", [["W7619352"], PENDING],
                        must_not=OTHER_ORDERS_SOFIA)], CANCEL_SOFIA),
        _case("de-held-late-own-price", "de", "held-late",
              "yara_johansson_9032: Status, Produktfrage, bezahlter Preis, dann eine Person; 'während ich warte: "
              "was hat mich der Wasserkocher gekostet?': 157,53",
              "yara_johansson_9032", [*_held_turns("de"),
                  turn("während ich warte: was kostete eigentlich der Wasserkocher, den ich gekauft habe?", [KETTLE],
                        never=[])], []),
        _case("de-near-miss-product-after-exchange", "de", "near-miss",
              "demo_mia_novak tauscht das Iris-Top S gegen M; 'gibt's das Top auch in anderen Farben?' ist eine "
              "Produktfrage, nie der nächste Schritt des Umtauschs",
              "demo_mia_novak", [
                  turn("kann ich mein Iris Top in S gegen ein M tauschen, gleiche Farbe blau?"),
                  turn("ja"),
                  turn("gibt's das Top auch in anderen Farben?", [], must_not=["Rücksendeetikett"])],
              EXCHANGE_MIA),
        # --- a second question about the same write, after its next step was answered (added after the first
        # scoring: the browser pass's "ça prend combien de temps ?" came after a first question) ---
        _case("en-replacement-second-question", "en", "second-question",
              "demo_leo_martin: torn pants photo -> replacement ticket; 'so what happens now?' is answered; 'and how "
              "many days is that roughly?' is still the ticket's timing, never the order list",
              "demo_leo_martin", [
                  turn("the warm-up pants split at the knee, pic attached", photo=TEAR_PANTS),
                  turn("yes"),
                  turn("so what happens now?", [TWO_DAYS]),
                  turn("and how many days is that roughly?", [TWO_DAYS], must_not=["#D9000004"])],
              REPLACEMENT_LEO),
        _case("fr-exchange-second-question", "fr", "second-question",
              "demo_leo_martin échange le pantalon 32 contre 33 ; 'et maintenant ?' a sa réponse ; 'ça va prendre "
              "combien de temps en tout ?' : toujours la suite de l'échange, jamais le prix du pantalon",
              "demo_leo_martin", [
                  turn("je voudrais échanger mon pantalon de survêtement contre la taille 33, noir pareil"),
                  turn("oui"),
                  turn("d'accord, et maintenant il se passe quoi ?", [EMAIL]),
                  turn("et ça va prendre combien de temps en tout ?", [EMAIL], must_not=CATALOG_TEXT)],
              EXCHANGE_LEO),
        _case("es-return-second-question", "es", "second-question",
              "lucas_martin_4549 devuelve la botella de #W3929227 a su tarjeta; '¿y ahora qué pasa?' tiene su "
              "respuesta; '¿y el dinero en cuántos días lo veo?': 5-7 días hábiles, nunca el recibo",
              "lucas_martin_4549", [
                  turn("quiero devolver la botella de agua del pedido W3929227, "
                        "con reembolso a mi tarjeta de crédito"),
                  turn("sí"),
                  turn("¿y ahora qué pasa?", [EMAIL]),
                  turn("¿y el dinero en cuántos días lo veo?", [FIVE_SEVEN])], RETURN_LUCAS),
        _case("de-replacement-second-question", "de", "second-question",
              "demo_mia_novak: Foto des zerrissenen Iris-Tops -> Ersatz; 'und wie geht's jetzt weiter?' hat seine "
              "Antwort; 'wie lange dauert das ungefähr?': innerhalb von 2 Werktagen, nie die Produktbeschreibung",
              "demo_mia_novak", [
                  turn("mein Iris Top ist an der Naht gerissen, siehe Foto", photo=TEAR_TOP),
                  turn("ja"),
                  turn("und wie geht's jetzt weiter?", [TWO_DAYS]),
                  turn("wie lange dauert das ungefähr?", [TWO_DAYS], must_not=["Katalogbeschreibung"])],
              REPLACEMENT_MIA),
    ]


def main() -> None:
    suite = {"suite": SUITE,
             "description": ("after28: after a write (exchange, replacement ticket, a second photo joining it, "
                             "return, cancellation) a question about what comes next in new words ('how many "
                             "days', 'when should I expect', 'my second order', a photo sent alone) is answered "
                             "from what was done: the remedy's timing from the shop's words, the refund's timing, "
                             "the other order's status; late in a long chat, while a person is awaited, an own "
                             "order's tracking or price is still answered. Near-misses: a product question after "
                             "a write. en/fr/es/de 8 each. Generated by evals/generators/after_the_write_28.py. "
                             "Written first."),
             "tags": [SUITE], "customer": None, "cases": cases()}
    write_suite(ROOT / "evals" / "suites" / f"{SUITE}.yaml", suite)


if __name__ == "__main__":
    main()
