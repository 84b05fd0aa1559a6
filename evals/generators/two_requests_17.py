"""Writes evals/suites/two-requests-17.yaml: a customer message carrying two requests (issue 17, fresh16 F3, F4, F6,
F11), en/fr/es/de, wording written for this suite. (a) A photo of a damaged item plus a question about another order:
the complaint stays a complaint (the photo assessed, its remedy offered, the ticket written only after the yes) and
the other order's question is answered in the same reply. (b) The status of every order plus a question about one
of them (or the reverse): both answered. (c) After the desk hands the conversation back, an address change ("ship it
to my work") is an address change of the order in discussion: proposed with its Yes/No and written after the yes
for a pending order, refused as an address change (not an item change, not "which order?") for a processed one.
Demo customers: demo_mia_novak (#D9000001 delivered: Chaz Kangeroo Hoodie MH01-M-Black, Iris Workout Top
WS03-S-Blue; #D9000002 pending: Stellar Solar Jacket WJ01-M-Blue) and demo_leo_martin (#D9000003 delivered: Caesar
Warm-Up Pant MP01-32-Black; #D9000004 processed: Gobi HeatTec Tee MS04-M-Black, tracking 1Z9000004US).

Run: python -m evals.generators.two_requests_17"""

from __future__ import annotations

from typing import Any

from evals.generators.case_builders import case_record, writes_forbidding
from evals.generators.reply_words import LANGS, PENDING, PROCESSED, YES
from evals.generators.tau_data import ROOT, WRITES_ADDRESS_FIRST, write_suite

OUT = ROOT / "evals" / "suites" / "two-requests-17.yaml"
REMEDY = ["replacement", "remplacement", "sustitución", "reemplazo", "reposición", "Ersatz"]
ADDRESS = ["address", "adresse", "dirección", "Adresse"]
CARDS = "[card"
# Replies that hijack the first request with another flow: an item-change refusal, another exchange, "which order?".
HIJACKS = {
    "en": ["its items can no longer", "start another one", "Which order is this about"],
    "fr": ["ses articles ne peuvent plus", "en lancer un autre", "De quelle commande s'agit-il"],
    "es": ["sus artículos ya no se pueden", "no puedo iniciar otro", "De qué pedido se trata"],
    "de": ["Ihre Artikel können nicht mehr", "keinen weiteren starten", "Um welche Bestellung geht es"],
}

# (a) photo complaint + a question about another order
TEAR_AND_JACKET = {
    "en": "my iris top came ripped, see photo. also when is my jacket arriving?",
    "fr": "mon haut Iris est arrivé déchiré, regardez. et la veste, elle arrive quand ?",
    "es": "me llegó la camiseta iris rota, mira. y cuándo llega la chaqueta?",
    "de": "das Iris Top ist zerrissen angekommen, siehe Foto. und wann kommt die Jacke?",
}
CRUSHED_AND_TEE = {
    "en": "my package showed up crushed and the pants are wrecked. when does my tee get here?",
    "fr": "mon colis est arrivé écrasé, le pantalon est fichu. et mon t-shirt, il arrive quand ?",
    "es": "mi pedido llegó aplastado y cuándo llega mi camiseta?",
    "de": "mein Paket kam zerdrückt an, die Hose ist hin. und wann kommt mein T-Shirt?",
}
STAIN_AND_JACKET = {
    "en": "the hoodie has a big stain on it, pic attached. btw has my jacket shipped yet?",
    "fr": "le sweat à capuche est taché, voilà la photo. au fait, ma veste est partie ?",
    "es": "la sudadera vino manchada, te paso foto. por cierto, ¿ya enviaron mi chaqueta?",
    "de": "der Hoodie hat einen Fleck, Foto anbei. ist meine Jacke eigentlich schon verschickt?",
}
# (b) every order's status + a question about one of them
LIST_AND_TEE = {
    "en": "hey whats the status of my orders? also when does the tee ship",
    "fr": "salut, où en sont mes commandes ? et le t-shirt il part quand",
    "es": "hola, ¿cómo van mis pedidos? y la camiseta cuándo la envían",
    "de": "hi, wie ist der Stand meiner Bestellungen? und wann wird das T-Shirt verschickt",
}
JACKET_AND_LIST = {
    "en": "when's my jacket coming? and can you show me all my orders",
    "fr": "quand est-ce que ma veste arrive ? et montrez-moi toutes mes commandes",
    "es": "¿cuándo llega mi chaqueta? y enséñame todos mis pedidos",
    "de": "wann kommt meine Jacke? und zeig mir bitte alle meine Bestellungen",
}
LIST_AND_PRICE = {
    "en": "what orders do i have? also how much did the hoodie cost me",
    "fr": "j'ai quelles commandes en cours ? et le sweat à capuche, je l'ai payé combien",
    "es": "¿qué pedidos tengo? y la sudadera, ¿cuánto me costó?",
    "de": "welche Bestellungen habe ich? und was hat der Hoodie gekostet",
}
# (c) after the desk hands back: an address change of the order in discussion
PERSON_ABOUT_JACKET = {
    "en": "i'd like to talk to someone about my jacket order",
    "fr": "je voudrais parler à quelqu'un au sujet de ma commande de veste",
    "es": "quiero hablar con una persona sobre el pedido de mi chaqueta",
    "de": "ich möchte mit jemandem über meine Jacken-Bestellung sprechen",
}
DESK_JACKET = {
    "en": "Hi Mia, Ana here. Your Stellar Solar Jacket (order #D9000002) is still pending and will ship soon.",
    "fr": "Bonjour Mia, c'est Ana. Votre Stellar Solar Jacket (commande #D9000002) est encore en attente et partira "
          "bientôt.",
    "es": "Hola Mia, soy Ana. Su Stellar Solar Jacket (pedido #D9000002) sigue pendiente y saldrá pronto.",
    "de": "Hallo Mia, hier ist Ana. Ihre Stellar Solar Jacket (Bestellung #D9000002) ist noch offen und wird bald "
          "verschickt.",
}
SHIP_TO_WORK = {
    "en": "ok thanks, and can you ship it to my work? 500 Howard St, San Francisco, CA 94105",
    "fr": "ok merci, et vous pouvez l'envoyer à mon travail ? 500 Howard St, San Francisco, CA 94105",
    "es": "vale gracias, ¿y me la podéis mandar al trabajo? 500 Howard St, San Francisco, CA 94105",
    "de": "ok danke, und könnt ihr sie an meine Arbeit schicken? 500 Howard St, San Francisco, CA 94105",
}
PERSON_ABOUT_TEE = {
    "en": "where's my tee? can i talk to a human",
    "fr": "il est où mon t-shirt ? je veux parler à un humain",
    "es": "¿dónde está mi camiseta? quiero hablar con una persona",
    "de": "wo ist mein T-Shirt? ich möchte mit einem Menschen sprechen",
}
DESK_TEE = {
    "en": "Hi Leo, Ana here. Your Gobi HeatTec Tee (order #D9000004) is being packed right now.",
    "fr": "Bonjour Leo, c'est Ana. Votre Gobi HeatTec Tee (commande #D9000004) est en cours d'emballage.",
    "es": "Hola Leo, soy Ana. Su Gobi HeatTec Tee (pedido #D9000004) se está empaquetando ahora mismo.",
    "de": "Hallo Leo, hier ist Ana. Ihr Gobi HeatTec Tee (Bestellung #D9000004) wird gerade verpackt.",
}
TEE_TO_WORK = {
    "en": "ok thanks, and can you ship it to my work? 700 Congress Ave, Austin 78701",
    "fr": "ok merci, et vous pouvez l'envoyer à mon boulot ? 700 Congress Ave, Austin 78701",
    "es": "ok gracias, ¿y me lo podéis mandar al trabajo? 700 Congress Ave, Austin 78701",
    "de": "ok danke, und koennt ihr es an meine arbeit schicken? 700 Congress Ave, Austin 78701",
}
PERSON_ABOUT_ORDER = {
    "en": "is my order #D9000002 on its way? i want to speak to an agent",
    "fr": "ma commande #D9000002 est en route ? je veux parler à un conseiller",
    "es": "¿mi pedido #D9000002 ya va en camino? quiero hablar con un agente",
    "de": "ist meine Bestellung #D9000002 unterwegs? ich will mit einem Mitarbeiter sprechen",
}
DESK_GENERIC = {
    "en": "Hi Mia, Ana here. I checked and everything is on schedule.",
    "fr": "Bonjour Mia, c'est Ana. J'ai vérifié, tout est dans les temps.",
    "es": "Hola Mia, soy Ana. Lo he revisado y todo va según lo previsto.",
    "de": "Hallo Mia, hier ist Ana. Ich habe nachgesehen, alles läuft nach Plan.",
}
WHEN_AND_OFFICE = {
    "en": "great thanks. when will it arrive? and could you send it to my office instead? 1 Market St, San Francisco, "
          "CA 94105",
    "fr": "super merci. elle arrive quand ? et vous pourriez plutôt l'envoyer à mon bureau ? 1 Market St, San "
          "Francisco, CA 94105",
    "es": "genial gracias. ¿cuándo llega? ¿y me lo podéis enviar mejor a la oficina? 1 Market St, San Francisco, "
          "CA 94105",
    "de": "super danke. wann kommt sie an? und könnt ihr sie stattdessen ins Büro schicken? 1 Market St, San "
          "Francisco, CA 94105",
}


def _case(case_id: str, lang: str, kind: str, description: str, customer: str, turns: list[dict[str, Any]],
          expect: dict[str, Any]) -> dict[str, Any]:
    return case_record(case_id, [lang, kind], description, customer, turns, expect)


def _photo_cases(lang: str) -> list[dict[str, Any]]:
    not_cards = [CARDS, *HIJACKS[lang][:1]]
    return [
        _case(f"{lang}-tear-and-other-order", lang, "photo-and-question",
              "a torn item's photo and when another order arrives: the complaint assessed and its remedy offered, "
              "the pending order's status said; the yes opens the ticket on the delivered order only",
              "demo_mia_novak",
              [{"text": TEAR_AND_JACKET[lang], "photo": {"source": "w/s/ws03-blue_main.jpg", "alter": "tear"}},
               {"text": YES[lang]}],
              {**writes_forbidding([{"name": "open_ticket", "arguments": {"order_id": "#D9000001"}}],
                                   WRITES_ADDRESS_FIRST),
               "store": {"ticket": {"order_id": "#D9000001", "item_ids": ["WS03-S-Blue"], "has_evidence": True}},
               "reply": {"facts": [REMEDY, ["#D9000002"], PENDING], "must_not_say": not_cards}}),
        _case(f"{lang}-crushed-and-other-order", lang, "photo-and-question",
              "a crushed parcel's photo (the pants) and when the tee arrives: a complaint about the delivered order, "
              "the processed order's status said, never an item-change refusal; the yes opens the ticket",
              "demo_leo_martin",
              [{"text": CRUSHED_AND_TEE[lang], "photo": {"source": "m/p/mp01-black_main.jpg", "alter": "crushed"}},
               {"text": YES[lang]}],
              {**writes_forbidding([{"name": "open_ticket", "arguments": {"order_id": "#D9000003"}}],
                                   WRITES_ADDRESS_FIRST),
               "store": {"ticket": {"order_id": "#D9000003", "has_evidence": True}},
               "reply": {"facts": [REMEDY, ["#D9000004"], PROCESSED], "must_not_say": not_cards}}),
        _case(f"{lang}-stain-and-shipped", lang, "photo-and-question",
              "a stained hoodie's photo and whether the jacket has shipped: remedy offered and the jacket's order "
              "status said in one reply; nothing written without a yes",
              "demo_mia_novak",
              [{"text": STAIN_AND_JACKET[lang], "photo": {"source": "m/h/mh01-black_main.jpg", "alter": "stain"}}],
              {**writes_forbidding([], [*WRITES_ADDRESS_FIRST, "open_ticket"]),
               "reply": {"facts": [REMEDY, ["#D9000002"], PENDING], "must_not_say": not_cards}}),
    ]


def _list_cases(lang: str) -> list[dict[str, Any]]:
    return [
        _case(f"{lang}-orders-and-tee", lang, "list-and-question",
              "every order's status and when the tee ships: both orders listed, the tee's order status and "
              "tracking said", "demo_leo_martin", [{"text": LIST_AND_TEE[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [["#D9000003"], ["#D9000004"], ["1Z9000004US"]], "must_not_say": [CARDS]}}),
        _case(f"{lang}-jacket-and-orders", lang, "list-and-question",
              "when the jacket comes, then every order: the jacket's order pending, and both orders listed",
              "demo_mia_novak", [{"text": JACKET_AND_LIST[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [["#D9000001"], ["#D9000002"], PENDING], "must_not_say": [CARDS]}}),
        _case(f"{lang}-orders-and-price", lang, "list-and-question",
              "every order and what one item cost: both orders listed and the hoodie's price ($52.00) said",
              "demo_mia_novak", [{"text": LIST_AND_PRICE[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST),
               "reply": {"facts": [["#D9000001"], ["#D9000002"], ["52.00", "52,00"]], "must_not_say": [CARDS]}}),
    ]


def _hand_back_cases(lang: str) -> list[dict[str, Any]]:
    address = {"name": "modify_pending_order_address", "arguments": {"order_id": "#D9000002", "zip": "94105"}}
    others = [w for w in WRITES_ADDRESS_FIRST if w != "modify_pending_order_address"]
    return [
        _case(f"{lang}-hand-back-ship-to-work", lang, "hand-back-address",
              "after the desk hands back, 'ship it to my work' with an address: the address change of the order the "
              "agent discussed is proposed, and written after the yes", "demo_mia_novak",
              [{"text": PERSON_ABOUT_JACKET[lang]}, {"desk": {"reply": DESK_JACKET[lang], "hand_back": True}},
               {"text": SHIP_TO_WORK[lang]}, {"text": YES[lang]}],
              {**writes_forbidding([{**address, "arguments": {**address["arguments"], "address1": "500 Howard St"}}],
                                   others, "superset"),
               "reply": {"facts": [["#D9000002"], ["500 Howard St"]], "must_not_say": [CARDS, *HIJACKS[lang]]}}),
        _case(f"{lang}-hand-back-processed-address", lang, "hand-back-address",
              "after the desk hands back, an address change of the processed order in discussion: refused as an "
              "address change (only pending orders), never product cards, an item-change refusal or 'which order?'",
              "demo_leo_martin",
              [{"text": PERSON_ABOUT_TEE[lang]}, {"desk": {"reply": DESK_TEE[lang], "hand_back": True}},
               {"text": TEE_TO_WORK[lang]}],
              {**writes_forbidding([], WRITES_ADDRESS_FIRST, "superset"),
               "reply": {"facts": [["#D9000004"], ADDRESS], "must_not_say": [CARDS, *HIJACKS[lang]]}}),
        _case(f"{lang}-hand-back-when-and-office", lang, "hand-back-address",
              "after the desk hands back with a reply naming no order, when it arrives and an office address: the "
              "order the customer named is pending (said), its address change proposed and written after the yes",
              "demo_mia_novak",
              [{"text": PERSON_ABOUT_ORDER[lang]}, {"desk": {"reply": DESK_GENERIC[lang], "hand_back": True}},
               {"text": WHEN_AND_OFFICE[lang]}, {"text": YES[lang]}],
              {**writes_forbidding([{**address, "arguments": {**address["arguments"], "address1": "1 Market St"}}],
                                   others, "superset"),
               "reply": {"facts": [["#D9000002"], PENDING, ["1 Market St"]],
                         "must_not_say": [CARDS, *HIJACKS[lang]]}}),
    ]


# Failing for a reason on record, kept in evals/gaps/known-gaps-16.yaml (its header says why).
MOVED_TO_GAPS = frozenset({"es-stain-and-shipped"})


def build() -> dict[str, Any]:
    cases = [case for lang in LANGS for case in (*_photo_cases(lang), *_list_cases(lang), *_hand_back_cases(lang))
             if case["id"] not in MOVED_TO_GAPS]
    return {
        "suite": "two-requests-17",
        "description": "issue 17, fresh16 F3/F4/F6/F11: a message carrying two requests - a damage photo and a "
                       "question "
                       "about another order, every order's status and a question about one, an address change after "
                       "the desk hands back - both served (the complaint stays a complaint), nothing written without "
                       "the proposal and its yes; en/fr/es/de 9 each. Generated by "
                       "evals/generators/two_requests_17.py. Written first.",
        "tags": ["dialogue", "two-requests-17"],
        "customer": "demo_mia_novak",
        "cases": cases,
    }


if __name__ == "__main__":
    write_suite(OUT, build())
