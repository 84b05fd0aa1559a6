"""Photo triage without a generative model: retrieval-layer evidence weighed against the customer's words."""

from __future__ import annotations

import re

from assistant.grounding.catalog_lexicon import fold
from assistant.grounding.colour_mismatch import says_colour_mismatch
from assistant.grounding.complaint_cues import complaint_cues
from assistant.grounding.negations import unnegated
from assistant.models.contracts import PhotoTriage, TriageLabel
from assistant.models.damage_evidence import is_damage_claim, photo_shows_damage
from assistant.models.requests import DamageCue, PhotoEvidence
from assistant.models.resolver.photo_confidence import ESCALATE_BELOW, calibrated_confidence

SAME_PRODUCT_SIMILARITY = 0.80  # photo vs ordered variant above this: it is the ordered product
OTHER_PRODUCT_MARGIN = 0.05  # another product must beat the ordered one by this to call it a wrong item
CONFLICT_CONFIDENCE = 0.5  # words and photo disagree: below the graph's escalation bar (0.6 or more)


def _passing(level: float) -> float:
    """A hand-set confidence meant to let the verdict through: the escalation bar is chosen for the calibrated
    photo-only probability (photo_confidence.ESCALATE_BELOW, 0.6 or more), and a policy level set at or above
    0.6 must stay on the side of it it was set on."""
    return max(level, ESCALATE_BELOW)

# What the customer's words claim, in the languages the shop answers in (en, fr, es, de). Word stems take
# their plural and inflected forms ("stains", "taches", "Flecken"). A box or parcel on its own is only where
# the item came from: shipping damage needs words that say the packaging or the item was hurt on the way.
WORDS: dict[TriageLabel, re.Pattern[str]] = {
    TriageLabel.SHIPPING_DAMAGE: re.compile(
        r"\b(?:crush(?:ed)?|dent(?:s|ed)?|smashed|squashed|squished|soaked|wet|ripped open|torn open|caved in|crumpled"
        r"|damaged (?:in transit|in the post|in shipping|during (?:delivery|shipping))"
        r"|(?:box|parcel|package|packaging) (?:was |is |arrived |came )?(?:damaged|broken|open(?:ed)?|torn)"
        r"|écrasée?s?|enfoncée?s?|cabossée?s?|colis (?:abîmé|endommagé)|carton (?:abîmé|endommagé)|mouillée?s?"
        r"|aplastad[oa]s?|abollad[oa]s?|hundid[oa]s?|empapad[oa]s?|(?:caja|paquete) (?:dañad[oa]|rot[oa])|mojad[oa]s?"
        r"|zerdrückt\w*|eingedrückt\w*|zerquetscht\w*|verbeult\w*|eingedellt\w*|zerknautscht\w*"
        r"|(?:paket|karton|verpackung) (?:ist |war )?beschädigt|nass)\b",
        re.I,
    ),
    TriageLabel.PRODUCT_DEFECT: re.compile(
        r"\b(?:tears?|torn|rips?|ripped|holes?|stains?|stained|seams?|stitching|broken|broke|defects?|"
        r"defective|faulty|fell off|came off|coming apart|frayed|snapped|damaged|chipped|cracked|scratch(?:ed|es)?"
        r"|ruined|dirty"
        r"|déchirée?s?|déchirure|trous?|taches?|tachée?s?|cassée?s?|défauts?|défectueuse?s?|abîmée?s?"
        r"|endommagée?s?"
        r"|rot[oa]s?|rasgad[oa]s?|rasgón|agujeros?|manchas?|manchad[oa]s?|defectos?|defectuos[oa]s?|dañad[oa]s?"
        r"|suci[oa]s?"
        r"|gerissen|risse?|löcher|loch|flecke?n?|fleckig|kaputt|defekt\w*|beschädigt\w*|schmutzig)\b",
        re.I,
    ),
    TriageLabel.WRONG_ITEM: re.compile(
        r"\b(?:wrong (?:item|product|thing)|not what i ordered|didn'?t order|different (?:item|product)|"
        r"someone else'?s|somebody else'?s|not mine"
        r"|mauvais (?:article|produit)|pas ce que j'ai commandé|artículo equivocado|producto equivocado"
        r"|no es lo que pedí|falscher artikel|falsches produkt|nicht (?:das|was) ich bestellt habe)\b",
        re.I,
    ),
    TriageLabel.WRONG_COLOUR_OR_SIZE: re.compile(
        r"\b(?:wrong (?:colou?r|size)|different colou?r|colou?r is (?:off|wrong|different)|too (?:small|big|"
        r"large|tight|loose)|instead of|ordered (?:a |an )?\w+ but"
        r"|mauvaise (?:couleur|taille)|trop (?:petite?|grande?|serrée?)|color equivocado|talla equivocada"
        r"|demasiado (?:pequeñ[oa]|grande)|falsche (?:farbe|größe)|zu (?:klein|groß|eng))\b",
        re.I,
    ),
    TriageLabel.MISSING_PARTS: re.compile(
        r"\b(?:missing|not included|only (?:one|got|received)|wasn'?t in|isn'?t in|left out|incomplete"
        r"|manquante?s?|il manque|incomplète?|falta|faltan|incomplet[oa]|fehlt|fehlen|unvollständig)\b",
        re.I,
    ),
}
CUE_LABEL: dict[DamageCue, TriageLabel] = {
    DamageCue.CRUSHED_PARCEL: TriageLabel.SHIPPING_DAMAGE,
    DamageCue.TEAR: TriageLabel.PRODUCT_DEFECT,
    DamageCue.STAIN: TriageLabel.PRODUCT_DEFECT,
    DamageCue.HOLE: TriageLabel.PRODUCT_DEFECT,
    DamageCue.BROKEN_PART: TriageLabel.PRODUCT_DEFECT,
    DamageCue.MISSING_PART: TriageLabel.MISSING_PARTS,
    DamageCue.VISIBLE_DEFECT: TriageLabel.PRODUCT_DEFECT,
}

CUE_WORDS = {DamageCue.VISIBLE_DEFECT: "a visible defect", DamageCue.CRUSHED_PARCEL: "a crushed item or parcel"}


def _says_option_mismatch(text: str) -> bool:
    """A mismatch said about a colour or size in the complaint lexicons' words, in any language ("la couleur
    n'est pas la bonne", "no es del color que pedí"): the patterns above know only a few fixed phrasings."""
    said, cues = fold(text), complaint_cues()
    # "die hose ist grau angekommen, ich hatte schwarz bestellt": the two colours named say it too
    return (cues.mismatch.search(said) is not None and cues.option_nouns.search(said) is not None
            or says_colour_mismatch(text))


def says_damage(text: str) -> bool:
    """A damage said in the complaint lexicons' words, in any language, and not taken back by a negation a few
    words before ("arrivé troué", "vino agujereado", "zerrissen angekommen", "a kaputte zip"; not "it isn't torn"):
    the patterns above know a few stems only, and a participle or an inflected adjective slips past them."""
    return bool(unnegated(fold(text), complaint_cues().damage))


def claimed_labels(text: str) -> list[TriageLabel]:
    """Labels the customer's words point to, most specific first. A damage the lexicons read that no pattern
    above names is a product defect: the customer says something is wrong with the item (fresh17 F6)."""
    order = [
        TriageLabel.WRONG_ITEM,
        TriageLabel.WRONG_COLOUR_OR_SIZE,
        TriageLabel.MISSING_PARTS,
        TriageLabel.SHIPPING_DAMAGE,
        TriageLabel.PRODUCT_DEFECT,
    ]
    claims = [label for label in order if WORDS[label].search(text)
              or (label is TriageLabel.WRONG_COLOUR_OR_SIZE and _says_option_mismatch(text))]
    if not any(is_damage_claim(label) for label in claims) and says_damage(text):
        claims.append(TriageLabel.PRODUCT_DEFECT)
    return claims


def seen_labels(evidence: PhotoEvidence) -> list[tuple[TriageLabel, str]]:
    """Labels the measured evidence supports, each with the reason in words.

    A crushed item comes first (crushing also changes the colour and shape a comparison reads); then another
    product; then marks on the ordered product, before its colour: a stain or a hole shifts the colour a photo
    reads, while the damage reader compares the photo with the ordered colour's own catalog photo (on train
    cases of evals/photo_triage, 8 of 40 defect photos read as another colour were flagged, 1 of 40 photos of
    another colour was). A stain on another product is still the wrong product.
    """
    cues = [(CUE_LABEL[cue], f"the photo shows {CUE_WORDS.get(cue, cue.value.replace('_', ' '))}")
            for cue in evidence.damage_cues]
    seen = [cue for cue in cues if cue[0] is TriageLabel.SHIPPING_DAMAGE]
    marks = [cue for cue in cues if cue[0] is not TriageLabel.SHIPPING_DAMAGE]
    if _other_product(evidence):
        return [*seen, (TriageLabel.WRONG_ITEM, f"the photo matches {evidence.best_other_product}, not the order"),
                *marks]
    seen += marks
    if _colour_differs(evidence):
        seen.append(
            (
                TriageLabel.WRONG_COLOUR_OR_SIZE,
                f"the item in the photo is {evidence.photo_colour}, the order was {evidence.ordered_colour}",
            )
        )
    return seen


def triage_photo(evidence: PhotoEvidence | None, text: str) -> PhotoTriage:
    """Agreement between photo and words gives high confidence; either alone less; conflict escalates. Damage
    (which a remedy gives goods or money for) is as certain as the photo makes it: the words add no confidence."""
    claims = claimed_labels(text)
    seen = seen_labels(evidence) if evidence else []
    for label, reason in seen:
        if label in claims and is_damage_claim(label):
            return _damage_described_and_seen(label, reason, evidence)
        if label in claims:
            return PhotoTriage(label=label, confidence=0.9, rationale=f"{reason}, as the customer described")
    if seen and claims:
        return _conflict(claims[0], seen[0][1])
    if seen:
        label, reason = seen[0]
        return PhotoTriage(label=label, confidence=_photo_only(evidence, label, _passing(0.7)), rationale=reason)
    if claims:
        return _claim_only(claims[0], evidence)
    if evidence is not None and _looks_as_ordered(evidence):
        return PhotoTriage(
            label=TriageLabel.NOT_A_PROBLEM,
            confidence=_photo_only(evidence, TriageLabel.NOT_A_PROBLEM, _passing(0.6)),
            rationale="the photo matches the item the customer ordered and shows no visible fault",
        )
    return PhotoTriage(
        label=TriageLabel.NOT_A_PROBLEM, confidence=0.3, rationale="I can't see a problem in the photo"
    )


def _photo_only(evidence: PhotoEvidence | None, label: TriageLabel, unscored: float) -> float:
    """A verdict from the photo alone: its calibrated probability of being right. `unscored` stands in only
    when the evidence carries no model scores (a catalog without the photo models)."""
    calibrated = calibrated_confidence(evidence, label)
    return unscored if calibrated is None else calibrated


def _damage_described_and_seen(label: TriageLabel, reason: str, evidence: PhotoEvidence | None) -> PhotoTriage:
    """The damage the customer describes, named by the damage reader too: the photo's own calibrated confidence,
    and below the escalation bar when the photo does not show the ordered item (a cue on a picture of nothing)."""
    if not photo_shows_damage(evidence, label):
        return _described_not_shown(label)
    return PhotoTriage(label=label, confidence=_photo_only(evidence, label, _passing(0.9)),
                       rationale=f"{reason}, as the customer described")


def _described_not_shown(claim: TriageLabel) -> PhotoTriage:
    """Damage in the customer's words that the photo does not show: their claim names the case, and a person
    looks at the photo (a remedy that gives goods or money away is never given on the words alone)."""
    words = claim.value.replace("_", " ")
    return PhotoTriage(label=claim, confidence=CONFLICT_CONFIDENCE,
                       rationale=f"the customer described {words}; the photo does not show it")


def _conflict(claim: TriageLabel, seen_reason: str) -> PhotoTriage:
    """The words and the photo point to different problems. The customer's claim names the case (a crushed
    parcel or a stain also shifts the colour and shape a photo is compared on, so the photo's reading is the
    weaker evidence of what went wrong), and the confidence stays below the escalation bar: a person looks."""
    words = claim.value.replace("_", " ")
    rationale = f"the customer described {words}, but {seen_reason}"[:280]  # for the desk: never "you"
    return PhotoTriage(label=claim, confidence=CONFLICT_CONFIDENCE, rationale=rationale)


def _claim_only(claim: TriageLabel, evidence: PhotoEvidence | None) -> PhotoTriage:
    if claim is TriageLabel.WRONG_COLOUR_OR_SIZE and evidence and _colour_matches(evidence):
        return PhotoTriage(
            label=TriageLabel.NOT_A_PROBLEM,
            confidence=0.5,
            rationale=f"the item in the photo looks {evidence.photo_colour}, which is the colour ordered",
        )
    if claim is TriageLabel.WRONG_ITEM and evidence and _looks_as_ordered(evidence):
        return PhotoTriage(
            label=TriageLabel.NOT_A_PROBLEM,
            confidence=0.45,
            rationale="the photo looks like the product that was ordered",
        )
    if is_damage_claim(claim):
        return _described_not_shown(claim)
    words = claim.value.replace("_", " ")
    return PhotoTriage(label=claim, confidence=0.5, rationale=f"the customer described {words}")


def _other_product(evidence: PhotoEvidence) -> bool:
    if evidence.same_product is False and evidence.best_other_product:
        return True
    ordered, other = evidence.similarity_to_ordered, evidence.best_other_similarity
    return (
        evidence.best_other_product is not None
        and ordered is not None
        and other is not None
        and other > ordered + OTHER_PRODUCT_MARGIN
        and ordered < SAME_PRODUCT_SIMILARITY
    )


def _colour_differs(evidence: PhotoEvidence) -> bool:
    return (
        evidence.same_product is not False
        and evidence.photo_colour is not None
        and evidence.ordered_colour is not None
        and not _same_colour(evidence.photo_colour, evidence.ordered_colour)
    )


def _colour_matches(evidence: PhotoEvidence) -> bool:
    return (
        evidence.photo_colour is not None
        and evidence.ordered_colour is not None
        and _same_colour(evidence.photo_colour, evidence.ordered_colour)
    )


def _looks_as_ordered(evidence: PhotoEvidence) -> bool:
    similar = (evidence.similarity_to_ordered or 0.0) >= SAME_PRODUCT_SIMILARITY
    return (evidence.same_product is True or similar) and not _colour_differs(evidence)


def _same_colour(a: str, b: str) -> bool:
    a, b = a.strip().lower(), b.strip().lower()
    return a == b or a in b.split() or b in a.split()
