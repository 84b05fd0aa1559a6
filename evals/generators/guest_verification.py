"""Writes evals/suites/guest-verification.yaml: a guest proving who they are under the production rule (email, an
order number and its zip), en/fr/es/de. Emails, order numbers, zips, names and statuses are looked up in
data/tau-retail, never typed. Run: python -m evals.generators.guest_verification"""

import json

from evals.generators.tau_data import DATA, ORDER_WRITES, ROOT, write_unaliased_suite

u = json.loads((DATA / "users.json").read_text())
o = json.loads((DATA / "orders.json").read_text())
C = [
    "harper_kim_9968",
    "mia_jackson_2250",
    "james_kim_7213",
    "emma_kovacs_5477",
    "sofia_davis_2103",
    "mei_ahmed_4909",
    "daiki_sanchez_3253",
    "ethan_garcia_1261",
    "fatima_nguyen_7539",
    "ivan_santos_7021",
    "noah_ito_3850",
    "yusuf_patel_7767",
    "omar_moore_9540",
    "liam_lee_5696",
    "amelia_ito_8772",
    "fatima_martin_9326",
    "emma_rossi_6933",
    "yara_ito_8499",
    "raj_smith_7423",
    "sofia_ito_5484",
]
STATUS = {
    "en": {"pending": "pending", "delivered": "delivered"},
    "fr": {"pending": "en attente", "delivered": "livrée"},
    "es": {"pending": "pendiente", "delivered": "entregado"},
    "de": {"pending": "offen", "delivered": "zugestellt"},
}
EMAIL = {
    "en": ["email"],
    "fr": ["e-mail", "email", "courriel"],
    "es": ["correo", "email", "e-mail"],
    "de": ["E-Mail", "Mail"],
}
ZIP = {
    "en": ["zip", "postcode", "postal code"],
    "fr": ["code postal"],
    "es": ["código postal", "codigo postal"],
    "de": ["Postleitzahl", "PLZ"],
}
ORDER_ASK = {
    "en": "number of one of your orders",
    "fr": "numéro d'une de vos commandes",
    "es": "número de uno de sus pedidos",
    "de": "Nummer einer Ihrer Bestellungen",
}
EMAIL_ASK = {
    "en": "the email on your account",
    "fr": "l'e-mail de votre compte",
    "es": "el correo de su cuenta",
    "de": "die E-Mail-Adresse Ihres Kontos",
}
T = {
    "en": dict(
        order_only="hi, where is my order {o}?",
        email_order="{e} here, order {o}, whats the status",
        zip="zip is {z}",
        order_zip="order {o}, zip {z} - has it shipped?",
        email="its {e}",
        all3="{e} / {o} / {z} where is my order",
        name_zip="I'm {f} {l}, zip code {z}, can you check my order please",
    ),
    "fr": dict(
        order_only="bonjour, ou en est ma commande {o} ?",
        email_order="mon mail c'est {e}, commande {o}, elle en est ou ?",
        zip="code postal {z}",
        order_zip="commande {o} code postal {z}, elle est partie ?",
        email="c'est {e}",
        all3="{e} commande {o} cp {z}, ou en est-elle",
        name_zip="je suis {f} {l}, code postal {z}, vous pouvez verifier ma commande",
    ),
    "es": dict(
        order_only="hola, como va mi pedido {o}?",
        email_order="soy {e}, pedido {o}, en que estado esta?",
        zip="mi codigo postal es {z}",
        order_zip="pedido {o}, cp {z}, ya salio?",
        email="mi correo es {e}",
        all3="{e}, pedido {o}, codigo postal {z}: donde esta mi pedido",
        name_zip="soy {f} {l}, codigo postal {z}, me revisan mi pedido?",
    ),
    "de": dict(
        order_only="hallo, wo bleibt meine bestellung {o}?",
        email_order="{e}, bestellung {o}, wie ist der stand?",
        zip="plz {z}",
        order_zip="bestellung {o}, plz {z}, schon verschickt?",
        email="meine mail ist {e}",
        all3="{e} bestellung {o} plz {z} wo ist meine bestellung",
        name_zip="ich bin {f} {l}, PLZ {z}, koennen sie meine bestellung pruefen",
    ),
}
FORBIDDEN = [dict(name=n) for n in ORDER_WRITES]
cases = []
it = iter(C)
for lang in ["en", "fr", "es", "de"]:
    t = T[lang]

    def cust():
        uid = next(it)
        us = u[uid]
        oid = [x for x in us["orders"] if o[x]["status"] in ("pending", "delivered")][0]
        return dict(
            e=us["email"],
            o=oid,
            z=o[oid]["address"]["zip"],
            f=us["name"]["first_name"],
            l=us["name"]["last_name"],
            status=o[oid]["status"],
            all=us["orders"],
        )

    c = cust()
    cases.append(
        dict(
            id=f"{lang}-order-number-only-asks-for-the-rest",
            tags=[lang],
            description="a guest gives an order number only: asked for the email and zip, not for an order number",
            user=dict(turns=[dict(text=t["order_only"].format(**c))]),
            expect=dict(
                forbidden=FORBIDDEN,
                reply=dict(facts=[EMAIL[lang], ZIP[lang]], must_not_say=[ORDER_ASK[lang], STATUS[lang][c["status"]]]),
            ),
        )
    )
    c = cust()
    cases.append(
        dict(
            id=f"{lang}-email-and-order-then-zip",
            tags=[lang],
            description=(
                "email + order number, then the zip a turn later: verified and the status told; never asked again "
                "for what was given"
            ),
            user=dict(turns=[dict(text=t["email_order"].format(**c)), dict(text=t["zip"].format(**c))]),
            expect=dict(
                forbidden=FORBIDDEN,
                reply=dict(facts=[[STATUS[lang][c["status"]]]], must_not_say=[ORDER_ASK[lang], EMAIL_ASK[lang]]),
            ),
        )
    )
    c = cust()
    cases.append(
        dict(
            id=f"{lang}-order-and-zip-then-email",
            tags=[lang],
            description=(
                "order number + zip, then the email: verified and the status told; never asked again for the "
                "order number"
            ),
            user=dict(turns=[dict(text=t["order_zip"].format(**c)), dict(text=t["email"].format(**c))]),
            expect=dict(
                forbidden=FORBIDDEN, reply=dict(facts=[[STATUS[lang][c["status"]]]], must_not_say=[ORDER_ASK[lang]])
            ),
        )
    )
    c = cust()
    cases.append(
        dict(
            id=f"{lang}-all-three-at-once",
            tags=[lang],
            description="email, order number and zip in one message: verified and the status told",
            user=dict(turns=[dict(text=t["all3"].format(**c))]),
            expect=dict(
                forbidden=FORBIDDEN, reply=dict(facts=[[STATUS[lang][c["status"]]]], must_not_say=[ORDER_ASK[lang]])
            ),
        )
    )
    c = cust()
    cases.append(
        dict(
            id=f"{lang}-name-and-zip-is-not-proof",
            tags=[lang],
            description=(
                "name + zip (tau-bench's lighter rule) is not proof in production: nothing of the account is shown, "
                "the email and an order number are asked"
            ),
            user=dict(turns=[dict(text=t["name_zip"].format(**c))]),
            expect=dict(
                forbidden=FORBIDDEN, reply=dict(facts=[EMAIL[lang]], must_not_say=[x.lstrip("#") for x in c["all"]])
            ),
        )
    )
suite = dict(
    suite="guest-verification",
    description=(
        "A guest proves who they are under the production rule (tools/verification.py order_proof: the account's "
        "email, an order number and its zip, together), en/fr/es/de, tau-retail customers. Details given over several "
        "turns add up; the reply asks only for what is still missing; name + zip is never proof. Written before the "
        "change it scores (lead, session 32)."
    ),
    tags=["security", "identity"],
    customer=None,
    cases=cases,
)


write_unaliased_suite(ROOT / "evals" / "suites" / "guest-verification.yaml", suite)
print(len(cases))
