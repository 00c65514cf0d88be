"""Object-centric preprocessing: find the piece in a photo, lift it onto plain paper, crop to it.

A catalog shot has a plain, smoothly lit background; a shopper's photo may have a table, a
cloth or a hand behind the piece. Either way the background is what the photo's border shows:
a smooth colour surface (a quadratic in x and y, fitted to the border: paper, a gradient,
uneven light) and a few dominant colours (k-means on the border: wood grain, fabric). A pixel
far from both is the piece. Small specks far from the biggest parts are dropped, small gaps
in the rest are closed, the piece is composited onto studio paper, turned upright
(its silhouette's long axis level or plumb, by the smallest turn), and cropped to its box with
a margin, keeping its aspect. Catalog shots and shoppers' photos go through the same steps, so
both end up looking like an upright product shot.

`color_signature` sums up the colours the piece is made of (hue, saturation and value
histograms of its pixels): the same whichever way the piece lies.

The mask is found on a small copy of the photo (WORK_SIDE pixels), so it costs a few ms.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter
from scipy import ndimage

WORK_SIDE = 128  # the mask is found on a copy this size, then scaled up
MAX_PHOTO_SIDE = 1024  # bigger photos are scaled down first: the crop still has pixels to spare
MIN_TURN_DEGREES = 1.0  # a piece this close to upright is left as it is
BORDER_SHARE = 0.06  # the band along each edge taken to be background
PALETTE_COLORS = 6  # dominant background colours
PALETTE_ROUNDS = 6  # k-means iterations
PALETTE_SAMPLE = 1024  # border pixels the palette is learned from
MIN_CONTRAST = 18.0  # RGB distance (0-255) below which a pixel is never the piece
# A pixel is the piece when further from the background than this many times the 97th
# percentile of the border's own distances (the background's texture).
BORDER_QUANTILE = 0.97
CONTRAST_FACTOR = 1.3
SPECK_SHARE = 0.15  # parts smaller than this share of the biggest part are specks
JOIN_PIXELS = 2  # parts this close (in WORK_SIDE pixels) belong together
CLOSE_PIXELS = 3  # gaps this wide inside the piece are closed
MIN_PIECE_SHARE = 0.002  # below this share of the photo nothing was found
MAX_PIECE_SHARE = 0.9  # above it the "piece" is the whole photo: nothing to lift out
EDGE_SOFTNESS = 1.5  # blur of the silhouette's edge at full size, pixels
CROP_MARGIN = 0.08  # of the piece's longer side, on every side
PAPER = (240, 239, 236)  # the studio paper every piece is put on
HUE_SATURATION_BINS = 8  # per axis of the joint hue-saturation histogram
VALUE_BINS = 8


@dataclass
class Piece:
    image: Image.Image  # the piece on paper, upright, cropped to it
    mask: Image.Image  # "L": where the piece's own pixels are in `image` (for its colours)
    found: bool  # False: no piece stood out, `image` is the whole photo


def isolate_piece(photo: Image.Image, upright: bool = True) -> Piece:
    """The piece lifted out of `photo` onto paper, turned upright and cropped to it; the whole
    photo, as it is, when no piece stands out from its background."""
    masks = piece_masks(photo)
    if masks is None:
        return Piece(photo, Image.new("L", photo.size, 255), found=False)
    if max(photo.size) > MAX_PHOTO_SIDE:
        photo = photo.copy()
        photo.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE), Image.Resampling.BILINEAR)
    pixels, solid = (_full_size(mask, photo.size) for mask in masks)
    image = Image.composite(photo, Image.new("RGB", photo.size, PAPER), solid)
    box = _piece_box(solid, margin=CROP_MARGIN)
    angle = level_angle(masks[1]) if upright else 0.0
    if abs(angle) >= MIN_TURN_DEGREES:  # turn only the piece's surroundings, then crop again
        around = _piece_box(solid, margin=2 * CROP_MARGIN)
        image, pixels, solid = (layer.crop(around) for layer in (image, pixels, solid))
        image = image.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=PAPER)
        pixels, solid = (mask.rotate(angle, Image.Resampling.BILINEAR, expand=True) for mask in (pixels, solid))
        box = _piece_box(solid, margin=CROP_MARGIN)
    return Piece(image.crop(box), pixels.crop(box), found=True)


def piece_masks(photo: Image.Image) -> tuple[np.ndarray, np.ndarray] | None:
    """Boolean masks of the piece at WORK_SIDE scale: the pixels that stand out from the
    background, and the silhouette they close into; None if nothing stands out."""
    small = photo.copy()
    small.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.BILINEAR)
    pixels = np.asarray(small, np.float32)
    distance, border = _background_distance(pixels)
    threshold = max(MIN_CONTRAST, CONTRAST_FACTOR * float(np.quantile(distance[border], BORDER_QUANTILE)))
    piece = _without_specks(distance > threshold)
    if not MIN_PIECE_SHARE <= piece.mean() <= MAX_PIECE_SHARE:
        return None
    # Closed, not filled: a ring's hole shows the background, which belongs on paper too.
    return piece, ndimage.binary_closing(piece, iterations=CLOSE_PIXELS, border_value=0) | piece


def level_angle(silhouette: np.ndarray) -> float:
    """The smallest turn, in degrees counter-clockwise, that sets the silhouette's long axis
    level or plumb (within +-45 degrees)."""
    ys, xs = np.nonzero(silhouette)
    xs, ys = xs - xs.mean(), ys - ys.mean()
    # The principal axis of the pixel cloud. With y pointing down this angle runs clockwise on
    # screen, so it is itself the counter-clockwise turn that undoes the tilt.
    axis = 0.5 * np.degrees(np.arctan2(2 * np.mean(xs * ys), np.mean(xs**2) - np.mean(ys**2)))
    return float((axis + 45) % 90 - 45)


def color_signature(piece: Piece) -> np.ndarray:
    """Unit vector: the square roots of the piece's joint hue-saturation histogram and of its
    value histogram, over the piece's own pixels."""
    weights = np.asarray(piece.mask, np.float32).ravel() / 255
    hsv = np.asarray(piece.image.convert("HSV"), np.float32).reshape(-1, 3) / 256
    hue_saturation, *_ = np.histogram2d(
        hsv[:, 0], hsv[:, 1], bins=HUE_SATURATION_BINS, range=[[0, 1], [0, 1]], weights=weights
    )
    value, _ = np.histogram(hsv[:, 2], bins=VALUE_BINS, range=(0, 1), weights=weights)
    signature = np.sqrt(np.concatenate([hue_saturation.ravel(), value]) / max(weights.sum(), 1e-9))
    return (signature / max(np.linalg.norm(signature), 1e-9)).astype(np.float32)


def _full_size(mask: np.ndarray, size: tuple[int, int]) -> Image.Image:
    small = Image.fromarray(mask.astype(np.uint8) * 255)
    return small.resize(size, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(EDGE_SOFTNESS))


def _background_distance(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each pixel's RGB distance to the nearer background model, and the border band's mask."""
    height, width = pixels.shape[:2]
    band_y, band_x = max(1, round(BORDER_SHARE * height)), max(1, round(BORDER_SHARE * width))
    border = np.zeros((height, width), bool)
    border[:band_y], border[-band_y:], border[:, :band_x], border[:, -band_x:] = True, True, True, True

    terms = _quadratic_terms(height, width)
    border_terms = terms[border]  # least squares by the normal equations: 6 unknowns per channel
    coefficients = np.linalg.solve(border_terms.T @ border_terms, border_terms.T @ pixels[border])
    from_surface = np.linalg.norm(pixels - terms @ coefficients, axis=-1)
    border_pixels = pixels[border]
    palette = _kmeans(border_pixels[:: max(1, len(border_pixels) // PALETTE_SAMPLE)], PALETTE_COLORS)
    from_palette = np.sqrt(((pixels[..., None, :] - palette) ** 2).sum(-1)).min(-1)
    return np.minimum(from_surface, from_palette), border


def _quadratic_terms(height: int, width: int) -> np.ndarray:
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    x, y = x / width - 0.5, y / height - 0.5
    return np.stack([np.ones_like(x), x, y, x * x, y * y, x * y], axis=-1)


def _kmeans(points: np.ndarray, k: int) -> np.ndarray:
    """k cluster centres, started from evenly spaced points of the brightness order (deterministic)."""
    order = np.argsort(points.sum(axis=1))
    centres = points[order[np.linspace(0, len(points) - 1, k).astype(int)]].copy()
    for _ in range(PALETTE_ROUNDS):
        nearest = ((points[:, None] - centres[None]) ** 2).sum(-1).argmin(axis=1)
        for cluster in range(k):
            members = points[nearest == cluster]
            if len(members):
                centres[cluster] = members.mean(axis=0)
    return centres


def _without_specks(mask: np.ndarray) -> np.ndarray:
    """Parts of the mask (after joining near neighbours) much smaller than the biggest are dropped."""
    parts, count = ndimage.label(ndimage.binary_dilation(mask, iterations=JOIN_PIXELS))
    if count == 0:
        return mask
    sizes = ndimage.sum(mask, parts, index=np.arange(1, count + 1))
    kept = np.flatnonzero(sizes >= SPECK_SHARE * sizes.max()) + 1
    return mask & np.isin(parts, kept)


def _piece_box(silhouette: Image.Image, margin: float) -> tuple[int, int, int, int]:
    """The box around the silhouette (alpha >= 50%), grown by `margin` of its longer side."""
    left, top, right, bottom = silhouette.point(lambda a: 255 if a >= 128 else 0).getbbox() or (0, 0, *silhouette.size)
    grow = margin * max(right - left, bottom - top)
    return (
        max(0, round(left - grow)), max(0, round(top - grow)),
        min(silhouette.width, round(right + grow)), min(silhouette.height, round(bottom + grow)),
    )  # fmt: skip
