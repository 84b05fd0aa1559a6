"""Damage seen in a customer's photo, without their words: a defect on the item (tear, hole, stain, broken
part) and an item crushed in transit.

The photo is compared with the ordered variant's catalog photo (`defect_reference.py`: nearest-neighbour
distances between their patch maps at two scales, the silhouettes and proportions) and a patch classifier on
the pretrained network's maps scores defect-like cells; two small logistic models weigh that evidence. They
are fitted by `vitrine eval defects --fit` on defects drawn by one generator (with phone degradations and a
tilted camera) and checked on defects drawn by another (evals/defects/REPORT.md). Without a reference photo
the reading keeps the patch classifier's score as evidence and names no damage.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel

from tools.catalog.defect_maps import GRID, PhotoMaps, photo_maps
from tools.catalog.defect_reference import FEATURES, reference_features
from tools.catalog.efficientnet_lite import EfficientNetLite0, shared_network
from tools.catalog.fused import CUT_SIDE
from tools.catalog.photos import ImageInput, cut_out, open_photo
from tools.catalog.reference_framing import PEAK_FLOOR, frame_reference, framed_peaks, framed_residual

MODEL_PATH = Path(__file__).with_name("defect_model.json")
# framed_probability's logistic: slope and intercept on log(blob share + FRAMED_FLOOR), fitted by
# `python -m evals.defects.clean_views` on its calibration products (evals/defects/CLEAN_VIEWS.md)
FRAMED_FLOOR = 1e-3
FRAMED_COEF = (1.890, 9.942)
# The laid-over view read at two scales and two levels (reference_framing.framed_peaks): a logistic fitted on
# generator A's defects and clean photos of the calibration products by `python -m evals.defects.framed_recall
# --report` (evals/defects/REPORT.md, defect28); "blob" is the one-number reading above.
FRAMED_PEAKS_PATH = Path(__file__).with_name("framed_peaks_model.json")
FramedReader = Literal["blob", "peaks"]
FRAMED_READER: FramedReader = "blob"


class LinearModel(BaseModel):
    """A standardised logistic regression: p = sigmoid(((x - mean) / scale) . coef + intercept)."""

    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float

    def probability(self, rows: np.ndarray) -> np.ndarray:
        rows = np.asarray(rows, dtype=np.float64)
        z = ((rows - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.coef) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


class DefectModel(BaseModel):
    """The patch classifier, the image-level defect and crushed models and the thresholds that flag them."""

    patch: LinearModel
    cell: LinearModel | None = None  # over the cell-level comparison (defect_cells.CELL_FEATURES)
    defect: LinearModel  # over `features` (the comparison with the reference)
    crushed: LinearModel
    defect_threshold: float
    crushed_threshold: float
    # another product than the reference shows (a wrong item sent): it differs everywhere, as a crushed item
    # does, so an item is called crushed only when this model does not read it as another product
    other_product: LinearModel | None = None
    other_product_threshold: float = 1.0
    features: list[str] = list(FEATURES)
    fitted_on: str


class DamageReading(BaseModel):
    """What the photo shows: scores in 0..1 and whether each passes its threshold. `compared` is False when
    no reference photo was at hand: the defect score is then the patch classifier's alone and nothing is
    flagged."""

    defect_score: float
    crushed_score: float
    defect: bool
    crushed: bool
    compared: bool = True
    other_product_score: float | None = None  # how much the photo reads as another product than the reference
    typical_distance: float | None = None  # the typical photo cell's distance to the reference (stride 8)
    # the catalog view the photo shows laid over it (reference_framing.py): its largest differing blob, as a
    # share of the item, and which view (0: the main photo); None when no view was laid over the photo
    framed_blob: float | None = None
    framed_view: int | None = None


def read_damage(
    photo: ImageInput,
    *,
    reference: ImageInput | None = None,
    views: Sequence[ImageInput] = (),
    left_out: np.ndarray | None = None,
    another_colour: bool = False,
    network: EfficientNetLite0 | None = None,
    model: DefectModel | None = None,
    framed_reader: FramedReader = FRAMED_READER,
) -> DamageReading:
    """Defect and crushed scores of a customer's photo, against the ordered variant's catalog photo.

    `views`: every catalog view of the ordered colour (main first). A defect the comparison names is checked
    against the view the photo shows, laid over it (`framed_defect`); `left_out`: the photo's pixels (at its
    size) redaction covered, which that check ignores; `another_colour`: the photo reads as another colour than
    the views show (a wrong colour sent), where that check only confirms; `framed_reader`: how the laid-over
    view is read (FRAMED_READER)."""
    model = model or shipped_defect_model()
    network = network or shared_network()
    maps = maps_of(photo, network)
    patch = patch_score(model, maps)
    if reference is None:
        return DamageReading(defect_score=round(patch, 4), crushed_score=0.0, defect=False, crushed=False,
                             compared=False)
    reference_maps = (
        cached_reference_maps(str(reference)) if isinstance(reference, str | Path) else maps_of(reference, network)
    )
    reading = judge(model, comparison_features(model, maps, reference_maps))
    if not views:
        return reading
    return framed_defect(reading, photo, views, model, left_out, another_colour, framed_reader)


def framed_defect(
    reading: DamageReading, photo: ImageInput, views: Sequence[ImageInput], model: DefectModel,
    left_out: np.ndarray | None = None, another_colour: bool = False, reader: FramedReader = FRAMED_READER,
) -> DamageReading:
    """The defect read on the view the photo shows, laid over it: the comparison's window reads a tilted,
    cropped, zoomed or differently lit photo of an undamaged item, or its back view, as damage (16 of 32 clean
    phone copies of demo catalog photos; 0.45 of every view degraded, evals/defects/CLEAN_VIEWS.md), while the
    laid-over view leaves only what differs on the item, and separates drawn defects from clean photos far
    better there (AUC 0.88-0.97 against 0.57-0.65). Where a view is laid over the photo its evidence gives the
    defect score; a photo no view can be laid over keeps the comparison's (a crushed item, another product, a
    blurred close-up). An item a catalog view is laid over with nothing differing on it is undamaged, so not
    crushed either: the comparison called 0.27 of the clean photos crushed (most of them back views against the
    main photo); a crushed item laid over still differs (creases, a squeezed part), and keeps its reading.
    On a photo of another colour of the product the view carried to its colours still leaves edges at colour
    boundaries (5 of 16 sibling colours over the cut): there the laid-over view only confirms the comparison
    (the lower score of the two), it never names a defect the comparison did not. `reader`: "blob" reads the
    largest differing blob at 256 px alone (framed_probability), "peaks" the blobs at two scales and two levels
    and the highest residuals (framed_peaks_probability)."""
    framing = frame_reference(photo, views)
    if framing is None:
        return reading
    if reader == "peaks":
        peaks = framed_peaks(photo, framing, left_out)
        blob = max(0.0, float(np.exp(peaks[0])) - PEAK_FLOOR)
        score = framed_peaks_probability(peaks)
    else:
        blob = framed_residual(photo, framing, left_out).blob_share
        score = framed_probability(blob)
    if another_colour:
        score = min(score, reading.defect_score)
    differs = score >= model.defect_threshold
    return reading.model_copy(update={"defect_score": round(score, 4), "defect": differs,
                                      "crushed": reading.crushed and differs, "framed_blob": round(blob, 5),
                                      "framed_view": framing.view})


def framed_probability(blob_share: float) -> float:
    """P(defect) from the laid-over view's largest differing blob (a logistic on its log share; FRAMED_COEF)."""
    z = FRAMED_COEF[0] * float(np.log(blob_share + FRAMED_FLOOR)) + FRAMED_COEF[1]
    return float(1.0 / (1.0 + np.exp(-z)))


def framed_peaks_probability(peaks: np.ndarray) -> float:
    """P(defect) from the laid-over view's evidence at two scales (reference_framing.PEAK_FEATURES)."""
    return float(framed_peaks_model().probability(np.asarray(peaks, dtype=np.float64)[None])[0])


@functools.cache
def framed_peaks_model() -> LinearModel:
    return LinearModel.model_validate_json(FRAMED_PEAKS_PATH.read_text())


def comparison_features(model: DefectModel, maps: PhotoMaps, reference_maps: PhotoMaps) -> np.ndarray:
    """The image-level features the defect and crushed models read (FEATURES), with this model's patch and cell
    classifiers."""
    cell = model.cell.probability if model.cell is not None else None
    return reference_features(maps, reference_maps, patch_score(model, maps), cell)


def judge(model: DefectModel, features: np.ndarray) -> DamageReading:
    defect = float(model.defect.probability(features[None])[0])
    crushed = float(model.crushed.probability(features[None])[0])
    other = float(model.other_product.probability(features[None])[0]) if model.other_product else None
    return DamageReading(
        defect_score=round(defect, 4),
        crushed_score=round(crushed, 4),
        defect=defect >= model.defect_threshold,
        crushed=crushed >= model.crushed_threshold and (other is None or other < model.other_product_threshold),
        other_product_score=None if other is None else round(other, 4),
        typical_distance=round(float(features[FEATURES.index("fine_median")]), 4),
    )


def maps_of(photo: ImageInput, network: EfficientNetLite0) -> PhotoMaps:
    return photo_maps(network, cut_out(open_photo(photo, CUT_SIDE), CUT_SIDE))


@functools.lru_cache(maxsize=256)
def cached_reference_maps(path: str) -> PhotoMaps:
    """A catalog photo's maps, kept: the same ordered variant comes back in many complaints."""
    return maps_of(Path(path), shared_network())


def patch_score(model: DefectModel, maps: PhotoMaps) -> float:
    return defect_score_of_grid(model.patch.probability(maps.patches), maps.on_subject)


def defect_score_of_grid(probabilities: np.ndarray, on_subject: np.ndarray) -> float:
    """The most defect-like patch on the subject, averaged with its neighbours (one noisy patch is not a tear)."""
    grid = probabilities.reshape(GRID, GRID)
    padded = np.pad(grid, 1, mode="edge")
    smooth = sum(padded[1 + dy : 1 + dy + GRID, 1 + dx : 1 + dx + GRID] for dy in (-1, 0, 1) for dx in (-1, 0, 1)) / 9
    combined = np.maximum(smooth, grid * 0.75).ravel()
    return float(combined[on_subject].max()) if on_subject.any() else 0.0


@functools.cache
def shipped_defect_model() -> DefectModel:
    return DefectModel.model_validate_json(MODEL_PATH.read_text())
