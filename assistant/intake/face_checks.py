"""Is a BlazeFace detection a face? Checks on what the model reports beyond its score: the geometry of its
keypoints (eyes level and apart, nose and mouth below them) and, in the photo, the box's size and skin colour.

BlazeFace scores a torso, a bag or a shoe as a face now and then; masking one wipes out the evidence a
complaint photo carries. A real face seen at any turn is found upright on one of the quarter turns, where these
checks hold, so dropping the odd-looking detections costs no recall (measured: `evals/redaction/`)."""

from __future__ import annotations

import cv2
import numpy as np

from assistant.intake.blazeface import Detection

# Keypoint geometry of upright faces, in eye distances, from the Magento catalog's model photos (detections
# on heads outside the labelled evaluation set): 2nd-98th percentiles widened by a margin, so that three-quarter
# views, tilted heads and profiles pass and a geometry no face has does not.
EYE_SPAN = (0.15, 0.7)  # eye distance over box width
MAX_TILT_DEG = 50.0  # BlazeFace finds faces tilted up to ~45°; a quarter turn covers the rest
NOSE_BELOW_EYES = (-0.2, 2.0)
MOUTH_BELOW_EYES = (0.4, 2.6)
MOUTH_BELOW_NOSE = 0.05  # the mouth is further from the eye line than the nose tip
PROFILE_EYE_TO_MOUTH = (0.15, 0.9)  # in box heights, for a face in profile (both eye keypoints on one eye)
# A side view (a head turned away): the nose tip at one edge of the box and the ear keypoints together at the
# other (shares of the box's width). The back of a head has its "ears" at both edges instead.
SIDE_NOSE_TO_EARS = 0.5
SIDE_EARS_APART = 0.4
# Size: a face filling more than this share of a photo is a close-up; a box this large must be confident.
LARGE_SHARE = 0.3
LARGE_MIN_SCORE = 0.9
MAX_SHARE = 0.6  # no complaint photo is mostly face; beyond this, a "face" is a print, a torso or a ball
# Skin: the middle of a face box is mostly skin-coloured (YCrCb, wide enough for every skin tone under studio
# and indoor light). Checked when the detector is unsure or the box is large: the torsos and bags it mistakes
# for faces are neither.
SKIN_CHECK_BELOW_SCORE = 0.8
SKIN_CHECK_ABOVE_SHARE = 0.1
MIN_SKIN = 0.25
GREY_PHOTO_CHROMA = 6.0  # a black-and-white photo has no skin colour to check


def plausible_geometry(detection: Detection) -> bool:
    """The keypoints of an upright face, frontal or in profile, in the frame the model saw it in."""
    x0, y0, x1, y1 = (float(v) for v in detection.box)
    width, height = x1 - x0, y1 - y0
    if width <= 0 or height <= 0 or not 0.7 <= width / height <= 1.4:
        return False
    right_eye, left_eye, nose, mouth = detection.keypoints[:4]
    eyes = left_eye - right_eye
    span = float(np.hypot(*eyes))
    if span / width < EYE_SPAN[0]:
        return _profile(detection, height)
    if span / width > EYE_SPAN[1]:
        return False
    if abs(np.degrees(np.arctan2(eyes[1], eyes[0]))) > MAX_TILT_DEG:
        return False
    down = np.array([-eyes[1], eyes[0]]) / span  # perpendicular to the eye line, towards the chin
    middle = (right_eye + left_eye) / 2
    nose_depth = float(np.dot(nose - middle, down)) / span
    mouth_depth = float(np.dot(mouth - middle, down)) / span
    return (NOSE_BELOW_EYES[0] <= nose_depth <= NOSE_BELOW_EYES[1]
            and MOUTH_BELOW_EYES[0] <= mouth_depth <= MOUTH_BELOW_EYES[1]
            and mouth_depth >= nose_depth + MOUTH_BELOW_NOSE)


def is_profile(detection: Detection) -> bool:
    """In profile BlazeFace puts both eyes on the one it sees: the eye line tells nothing of the tilt."""
    eyes = detection.keypoints[1] - detection.keypoints[0]
    return float(np.hypot(*eyes)) < EYE_SPAN[0] * float(detection.box[2] - detection.box[0])


def side_view(detection: Detection) -> bool:
    """A face seen from the side, upright: both eye keypoints on the one eye seen, the mouth below it, the nose
    tip at one edge of the box and both ear keypoints at the other (the one ear seen)."""
    x0, y0, x1, y1 = (float(v) for v in detection.box)
    width, height = x1 - x0, y1 - y0
    if width <= 0 or height <= 0 or not 0.7 <= width / height <= 1.4:
        return False
    if not is_profile(detection) or not _profile(detection, height):
        return False
    nose, right_ear, left_ear = detection.keypoints[2, 0], detection.keypoints[4, 0], detection.keypoints[5, 0]
    ears = (right_ear + left_ear) / 2
    return (abs(float(right_ear - left_ear)) <= SIDE_EARS_APART * width
            and abs(float(nose - ears)) >= SIDE_NOSE_TO_EARS * width)


def _profile(detection: Detection, height: float) -> bool:
    """A face in profile: the mouth below the eye, at a face's distance from it."""
    right_eye, left_eye, _, mouth = detection.keypoints[:4]
    down = mouth - (right_eye + left_eye) / 2
    length = float(np.hypot(*down))
    if not PROFILE_EYE_TO_MOUTH[0] <= length / height <= PROFILE_EYE_TO_MOUTH[1]:
        return False
    return abs(np.degrees(np.arctan2(down[0], down[1]))) <= MAX_TILT_DEG


def plausible_in_photo(box: tuple[int, int, int, int], score: float, small: np.ndarray, scale: float) -> bool:
    """Size and colour: `box` in the photo's pixels; `small` the photo shrunk by `scale` (what the detector
    ran on, cheap to look at)."""
    _, _, w, h = box
    if w <= 0 or h <= 0:
        return False
    share = w * h * scale * scale / (small.shape[0] * small.shape[1])
    if share > MAX_SHARE or (share > LARGE_SHARE and score < LARGE_MIN_SCORE):
        return False
    if score >= SKIN_CHECK_BELOW_SCORE and share <= SKIN_CHECK_ABOVE_SHARE:
        return True
    return skin_share(small, tuple(round(v * scale) for v in box)) >= MIN_SKIN or _grey(small)  # type: ignore[arg-type]


def skin_share(rgb: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """The share of skin-coloured pixels in the middle half of `box` (where the cheeks, nose and eyes are)."""
    x, y, w, h = box
    middle = np.ascontiguousarray(rgb[y + h // 4:y + h - h // 4, x + w // 4:x + w - w // 4])
    if middle.size == 0:
        return 0.0
    ycrcb = cv2.cvtColor(middle, cv2.COLOR_RGB2YCrCb)
    cr, cb = ycrcb[..., 1], ycrcb[..., 2]
    return float(((cr >= 133) & (cr <= 180) & (cb >= 77) & (cb <= 135)).mean())


def _grey(rgb: np.ndarray) -> bool:
    ycrcb = cv2.cvtColor(rgb, cv2.COLOR_RGB2YCrCb).reshape(-1, 3).astype(np.float32)
    return float(np.abs(ycrcb[:, 1:] - 128).mean()) < GREY_PHOTO_CHROMA
