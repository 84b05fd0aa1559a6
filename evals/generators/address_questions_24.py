import yaml
NEWQ = ["new shipping address", "new address", "nouvelle adresse", "nueva dirección", "nueva direccion", "neue Lieferadresse", "neue Adresse",
        "write it like", "Please write it"]
YN = ["clear yes or no", "un oui ou un non clair", "un sí o un no claro", "ein klares Ja oder Nein"]
WRITES = ["cancel_pending_order", "modify_pending_order_address", "modify_pending_order_items", "modify_pending_order_payment",
          "return_delivered_order_items", "exchange_delivered_order_items", "modify_customer_address"]
cases = []
def q(cid, lang, cust, turns, desc, tag="address-question"):
    ts = []
    for t in turns:
        if isinstance(t, str):
            ts.append({"text": t})
        else:
            text, facts, mns = t
            r = {}
            if facts: r["facts"] = facts
            r["must_not_say"] = mns
            ts.append({"text": text, "reply": r})
    cases.append({"id": cid, "tags": [lang, "address-questions-24", tag], "description": desc,
                  "user": {"customer": cust, "turns": ts},
                  "expect": {"forbidden": [{"name": n} for n in WRITES]}})
A = lambda s: [[s]]
# address questions
q("en-lucas-pending", "en", "lucas_martin_4549", [("what's the shipping address on my pending order?", A("758 Lakeview"), NEWQ)],
  "pending #W9318778 ships to 758 Lakeview Drive: answered from the order, no address change asked")
q("en-amelia-tshirt", "en", "amelia_wilson_4614", ["hey wheres my order with the tshirt", ("what address is it going to?", A("388 Elm Avenue"), NEWQ)],
  "#W3062096 (t-shirt) ships to 388 Elm Avenue: a question after a status question")
q("en-emma-kettle", "en", "emma_nguyen_5878", [("which address is my tea kettle order shipping to?", A("263 Laurel Lane"), NEWQ)],
  "#W5809689 ships to 263 Laurel Lane (not the account's default 388 Lakeview Drive)")
q("en-liam-where", "en", "liam_li_5260", [("where is my pending order being shipped to?", A("475 Oak Street"), NEWQ)],
  "#W9653558 ships to 475 Oak Street (account default differs)")
q("fr-lucas-status-then-address", "fr", "lucas_martin_4549", ["bonjour, ou en est ma commande en attente ?", ("et l'adresse de livraison c'est laquelle ?", A("758 Lakeview"), NEWQ)],
  "after a status question, the address of #W9318778 asked: 758 Lakeview Drive")
q("fr-olivia-livre-ou", "fr", "olivia_lopez_9494", [("c'est livré a quelle adresse ma commande ?", A("200 Elm Street"), NEWQ)],
  "#W8955613 ships to 200 Elm Street (account default 180 Oak Street)")
q("fr-fatima-adresse", "fr", "fatima_li_8519", [("quelle est l'adresse de livraison de ma commande ?", A("359 Willow Lane"), NEWQ)],
  "#W5267498 ships to 359 Willow Lane")
q("fr-amelia-part-ou", "fr", "amelia_wilson_4614", ["ma commande avec le t-shirt, elle en est ou ?", ("elle part a quelle adresse ?", A("388 Elm Avenue"), NEWQ)],
  "#W3062096 ships to 388 Elm Avenue")
q("es-mei-status-address-total", "es", "mei_gonzalez_4785",
  ["hola, cuando llega mi pedido pendiente?", ("a que direccion lo mandan?", A("858 Elm Street"), NEWQ),
   ("y cuanto pagué en total?", [["1913.46", "1.913,46", "1913,46", "1,913.46"]], NEWQ)],
  "#W2052757: address 858 Elm Street, then the total paid 1913.46; never stuck re-asking a new address")
q("es-lucas-direccion", "es", "lucas_martin_4549", [("cual es la direccion de envio de mi pedido pendiente?", A("758 Lakeview"), NEWQ)],
  "#W9318778 ships to 758 Lakeview Drive")
q("es-emma-tetera", "es", "emma_nguyen_5878", [("mi pedido de la tetera, a donde lo envian?", A("263 Laurel Lane"), NEWQ)],
  "#W5809689 ships to 263 Laurel Lane")
q("es-ethan-va", "es", "ethan_johnson_5450", [("a que dirección va mi pedido pendiente?", A("299 Broadway"), NEWQ)],
  "#W4250290 ships to 299 Broadway (account default 392 Main Street)")
q("de-lucas-offene", "de", "lucas_martin_4549", [("an welche adresse wird meine offene bestellung geliefert?", A("758 Lakeview"), NEWQ)],
  "#W9318778 ships to 758 Lakeview Drive")
q("de-amelia-tshirt", "de", "amelia_wilson_4614", ["wo ist meine bestellung mit dem t-shirt", ("an welche adresse geht die?", A("388 Elm Avenue"), NEWQ)],
  "#W3062096 ships to 388 Elm Avenue")
q("de-olivia-wohin", "de", "olivia_lopez_9494", [("wohin wird meine bestellung geschickt?", A("200 Elm Street"), NEWQ)],
  "#W8955613 ships to 200 Elm Street")
q("de-emma-lieferadresse", "de", "emma_nguyen_5878", [("Welche Lieferadresse hat meine Bestellung mit dem Teekessel?", A("263 Laurel Lane"), NEWQ)],
  "#W5809689 ships to 263 Laurel Lane")
# 'no! don't cancel anything' at a proposed address change
for lang, t1, t2, t3 in [
    ("en", "please send the order with the office chair to 5 Elm St, San Jose, CA 95112", "no! don't cancel anything", "so what address does it ship to?"),
    ("fr", "envoyez la commande avec la chaise de bureau au 5 Elm St, San Jose, CA 95112", "non ! n'annulez rien", "alors elle part a quelle adresse ?"),
    ("es", "envia el pedido con la silla de oficina a 5 Elm St, San Jose, CA 95112", "no! no canceles nada", "entonces a que direccion va?"),
    ("de", "schick die bestellung mit dem bürostuhl an 5 Elm St, San Jose, CA 95112", "nein! nichts stornieren", "an welche adresse geht sie dann?"),
]:
    q(f"{lang}-mei-no-dont-cancel", lang, "mei_gonzalez_4785", [t1, (t2, None, YN), (t3, A("858 Elm Street"), NEWQ + YN)],
      "address change of #W2052757 to 5 Elm St proposed; 'no! don't cancel anything' is a no (nothing written, the yes/no question not asked again); the address stays 858 Elm Street",
      tag="no-dont-cancel")
doc = {"suite": "address-questions-24",
       "description": "A question about an order's shipping address is answered from the order data, never read as a request to change it; at a proposed address change, 'no! don't cancel anything' is a no.",
       "tags": ["address-questions-24"], "customer": None, "cases": cases}
hdr = ("# address-questions-24 — %d cases (en, fr, es, de), written by helper addrq24 from the task's class before reading the fix's code.\n"
       "# Class: a question about an order's shipping address (\"what address is it going to?\", \"c'est livré a quelle adresse ?\",\n"
       "# \"a que direccion lo mandan?\", \"an welche Adresse geht die?\") is answered with the address from the order, never an address-change flow;\n"
       "# at a proposed address change, \"no! don't cancel anything\" (and fr/es/de) is a no.\n"
       "# Data: tau-retail orders/users (addresses checked against data/tau-retail); 5 Elm St is invented.\n") % len(cases)
open("evals/suites/address-questions-24.yaml", "w").write(hdr + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=140))
