"""The feature vector the learned colour namer reads: where a garment's pixels fall in CIELAB lightness,
chroma and hue (the whole garment, then its core without the trim band), plus what the hand-set palette calls
its colour clusters."""

from __future__ import annotations

import numpy as np

# Catalog colour names the classifier chooses from (the variant `color` values of the Magento catalog).
COLOUR_NAMES = (
    "Black", "Blue", "Brown", "Gray", "Green", "Lavender", "Orange", "Purple", "Red", "White", "Yellow",
)  # fmt: skip
FEATURE_VERSION = "lch-hist+core/v2"
# Below about this chroma a pixel has no perceptible hue; the soft step is this many chroma units wide.
ACHROMATIC_CHROMA = 10.0
ACHROMATIC_SOFTNESS = 2.0
ACHROMATIC_LIGHTNESS = (0.0, 15.0, 25.0, 35.0, 50.0, 65.0, 80.0, 92.0, 100.0)
HUE_BINS = 12  # 30 degrees each
CHROMATIC_LIGHTNESS = (0.0, 30.0, 55.0, 80.0, 100.0)
CHROMATIC_CHROMA = (0.0, 25.0, 50.0, 80.0)
# Pixels count towards the "accent" hue histogram by how vivid they are: from nothing at chroma 8 to
# fully at chroma 28. A small vivid trim (a waistband, stripes) is what a colourway is often named after.
ACCENT_CHROMA = (8.0, 28.0)
SKIN_WEIGHT = 0.25
# Lightness percentiles of the garment's core: a black item lit with specular highlights still has its
# darkest tenth and quarter near black, where its mean and its clusters drift grey.
DARK_PERCENTILES = (10.0, 25.0)


def feature_length() -> int:
    return 2 * histograms_length() + len(DARK_PERCENTILES) + len(COLOUR_NAMES)


def histograms_length() -> int:
    """Length of one region's histogram block (the whole garment's comes first, then its core's)."""
    achromatic = len(ACHROMATIC_LIGHTNESS)
    chromatic = HUE_BINS * len(CHROMATIC_LIGHTNESS) * len(CHROMATIC_CHROMA)
    return achromatic + chromatic + HUE_BINS + 1


def colour_features(
    pixels: np.ndarray, cluster_names: dict[str, float], core_pixels: np.ndarray | None = None
) -> np.ndarray:
    """Features of a garment's CIELAB pixels (N x 3), of its core's pixels and of its palette-named clusters
    (name -> weight).

    The core (tools/catalog/colour.py `garment_masks`: the garment less the band along its outline and the
    wearer's skin) gets the same histograms as the whole garment, so the model can learn when a colourway
    is named after the body and when after its trim (a waistband, piping, straps), plus its darkest
    lightness percentiles. Without `core_pixels` (a flat swatch, which has no trim) the core is the whole.
    """
    whole = _lab_rows(pixels)
    core = whole if core_pixels is None else _lab_rows(core_pixels)
    names = [cluster_names.get(name, 0.0) for name in COLOUR_NAMES]
    return np.concatenate([_histograms(whole), _histograms(core), _dark_lightness(core), names]).astype(np.float32)


def _lab_rows(pixels: np.ndarray) -> np.ndarray:
    lab = np.asarray(pixels, dtype=np.float64).reshape(-1, 3)
    return lab if len(lab) else np.zeros((1, 3))


def _histograms(lab: np.ndarray) -> np.ndarray:
    """Soft CIELAB histograms of pixels: greys by lightness, hue x lightness x chroma, vivid accent hues, and
    the vivid share.

    Histograms are soft (each pixel split between its two nearest bin centres) so a colour on a bin edge
    does not flip the features, and square-rooted (Hellinger) so a linear model compares them fairly.
    """
    lightness, a, b = lab[:, 0], lab[:, 1], lab[:, 2]
    chroma = np.hypot(a, b)
    hue = np.degrees(np.arctan2(b, a)) % 360
    weight = np.where(skin_toned(lab), SKIN_WEIGHT, 1.0)
    weight = weight / weight.sum()
    achromatic = 1.0 / (1.0 + np.exp((chroma - ACHROMATIC_CHROMA) / ACHROMATIC_SOFTNESS))
    grey_scale = (weight * achromatic) @ _soft_bins(lightness, ACHROMATIC_LIGHTNESS)
    hues = _soft_hue_bins(hue, HUE_BINS)
    joint = np.einsum(
        "n,nh,nl,nc->hlc",
        weight * (1.0 - achromatic),
        hues,
        _soft_bins(lightness, CHROMATIC_LIGHTNESS),
        _soft_bins(chroma, CHROMATIC_CHROMA),
    ).ravel()
    low, high = ACCENT_CHROMA
    vivid = weight * np.clip((chroma - low) / (high - low), 0.0, 1.0)
    accent = vivid @ hues
    accent = accent / max(float(accent.sum()), 1e-9)
    return np.concatenate([np.sqrt(grey_scale), np.sqrt(joint), np.sqrt(accent), [np.sqrt(vivid.sum())]])


def skin_toned(lab: np.ndarray) -> np.ndarray:
    """Which CIELAB colours (... x 3) look like skin: moderately light, muted, orange-yellow hue. Orange and
    yellow garments are more saturated; the photos' arms, legs and faces fall inside."""
    lightness, a, b = lab[..., 0], lab[..., 1], lab[..., 2]
    chroma = np.hypot(a, b)
    hue = np.degrees(np.arctan2(b, a)) % 360
    return (lightness >= 30) & (lightness <= 85) & (chroma >= 8) & (chroma <= 38) & (hue >= 35) & (hue <= 75)


def _dark_lightness(lab: np.ndarray) -> np.ndarray:
    return np.percentile(lab[:, 0], DARK_PERCENTILES) / 100.0


def _soft_bins(values: np.ndarray, centres: tuple[float, ...]) -> np.ndarray:
    edges = np.asarray(centres)
    x = np.clip(values, edges[0], edges[-1])
    low = np.clip(np.searchsorted(edges, x) - 1, 0, len(edges) - 2)
    t = (x - edges[low]) / (edges[low + 1] - edges[low])
    out = np.zeros((len(x), len(edges)))
    rows = np.arange(len(x))
    out[rows, low] = 1.0 - t
    out[rows, low + 1] += t
    return out


def _soft_hue_bins(hue: np.ndarray, count: int) -> np.ndarray:
    position = hue / (360.0 / count)
    low = np.floor(position).astype(int) % count
    t = position - np.floor(position)
    out = np.zeros((len(hue), count))
    rows = np.arange(len(hue))
    out[rows, low] = 1.0 - t
    out[rows, (low + 1) % count] += t
    return out
