"""The customer's languages and the words, in each of them, that many suites look for in (or keep out of) a reply:
an order's status, a yes, a cancellation, a refund's timing, a refusal of another person's data. One list each, so
that a word added for one language reaches every suite that checks it."""

from __future__ import annotations

LANGS = ["en", "fr", "es", "de"]
YES = {"en": "yes", "fr": "oui", "es": "sí", "de": "ja"}
PENDING = ["pending", "en attente", "pendiente", "offen", "not shipped", "pas encore", "todavía no", "noch nicht"]
PROCESSED = ["processed", "préparation", "preparación", "preparando", "Bearbeitung", "1Z9000004US"]
GRAY = ["gray", "grey", "gris", "grau"]
ORANGE = ["orange", "naranja"]
NAVY = ["navy", "marine", "azul marino", "marineblau", "dunkelblau"]
CANCEL = ["cancel", "annul", "cancelar", "stornier"]
RETURN = ["return", "retour", "devolu", "devolver", "devuelv", "rückgabe", "zurück"]
EMAIL = ["email", "e-mail", "courriel", "correo"]
REFUND_DAYS = ["5-7", "5 à 7", "5 a 7", "5 bis 7"]
CONFIRM = ["To confirm", "Pour confirmer", "Para confirmar", "Zur Bestätigung"]
NOTHING_CHANGED = ["nothing was changed", "rien n'a été modifié", "no se ha cambiado nada", "es wurde nichts geändert"]
# the shop's return rule names no deadline: a time limit is said once, never a number of days invented
NO_DEADLINE = ["time limit", "délai", "plazo", "Frist"]
INVENTED_DAYS = [
    f"{n} {word}" for n in (7, 14, 15, 30, 60, 90) for word in ("days", "jours", "días", "dias", "Tage", "Tagen")
]
NOT_UNDERSTOOD = ["didn't quite get", "pas bien compris", "no he entendido", "nicht ganz verstanden"]
NOT_IDENTIFIED = [
    "couldn't tell which product",
    "No pude identificar",
    "n'ai pas pu identifier",
    "konnte nicht erkennen",
]
# the refusal of another person's data
REFUSED = {"en": "your own account", "fr": "votre propre compte", "es": "su propia cuenta", "de": "eigenen Konto"}
# "yes" in the order of LANGS, for the generators that index languages by number
YES_BY_INDEX = [YES[lang] for lang in LANGS]


def amount_words(amount: float) -> list[str]:
    """An amount with two decimals as English writes it and as French, Spanish and German do (12.50, 12,50)."""
    text = f"{amount:.2f}"
    return [text, text.replace(".", ",")]


def dollar_words(amount: str) -> list[str]:
    """A dollar amount ("35.00") as every customer's language writes it ($35.00, 35,00 $)."""
    return [f"${amount}", f"{amount.replace('.', ',')} $"]
