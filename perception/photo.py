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
histograms of its pixels): the same whichever way the piece lies, so they are read from the
piece before it is turned.

Speed (catalog images/s is a target): the mask is found on a small copy of the photo
(WORK_SIDE pixels); at full size only the part of the photo the crop can reach is scaled,
softened and composited, and only the final crop of the turned piece is drawn.
"""

from __future__ import annotations

import functools
import math
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
EDGE_REACH = 4  # the blur reads pixels up to this many EDGE_SOFTNESS away
HALF_OPAQUE = [255 if alpha >= 128 else 0 for alpha in range(256)]  # lookup table: the silhouette proper
CROP_MARGIN = 0.08  # of the piece's longer side, on every side
PAPER = (240, 239, 236)  # the studio paper every piece is put on
HUE_SATURATION_BINS = 8  # per axis of the joint hue-saturation histogram
VALUE_BINS = 8
COLOR_SIGNATURE_DIMS = HUE_SATURATION_BINS**2 + VALUE_BINS
SURFACE_FITS_CACHED = 8  # photo shapes whose border and quadratic terms are kept


@dataclass
class Piece:
    image: Image.Image  # the piece on paper, upright, cropped to it
    found: bool  # False: no piece stood out, `image` is the whole photo
    # What the piece's colours are read from: the crop before it was turned (turning keeps the
    # colours, so only `image` is turned), and where the piece's own pixels are in it ("L").
    colors: Image.Image
    mask: Image.Image | None = None  # None: every pixel


def whole_photo(photo: Image.Image) -> Piece:
    """The photo as it is, every pixel counted as the piece's."""
    return Piece(photo, found=False, colors=photo)


def isolate_piece(photo: Image.Image, upright: bool = True) -> Piece:
    """The piece lifted out of `photo` onto paper, turned upright and cropped to it; the whole
    photo, as it is, when no piece stands out from its background."""
    masks = piece_masks(photo)
    if masks is None:
        return whole_photo(photo)
    if max(photo.size) > MAX_PHOTO_SIDE:
        photo = photo.copy()
        photo.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE), Image.Resampling.BILINEAR)
    region = _reach(masks[1], photo.size)  # all later steps look only at this part of the photo
    pixels, solid = (_full_size(mask, photo.size, region) for mask in masks)
    image = Image.composite(photo.crop(region), Image.new("RGB", solid.size, PAPER), solid)
    box = _piece_box(solid, margin=CROP_MARGIN)
    colors, mask = image.crop(box), pixels.crop(box)
    angle = level_angle(masks[1]) if upright else 0.0
    if abs(angle) >= MIN_TURN_DEGREES:  # turn only the piece's surroundings, then crop again
        around = _piece_box(solid, margin=2 * CROP_MARGIN)
        return Piece(_turned(image.crop(around), solid.crop(around), angle), True, colors, mask)
    return Piece(colors, True, colors, mask)


def _turned(image: Image.Image, solid: Image.Image, angle: float) -> Image.Image:
    """`image` turned `angle` degrees counter-clockwise about its centre and cropped to the piece
    (found on the turned `solid`): only the cropped pixels are drawn."""
    matrix, canvas = _turn_matrix(solid.size, angle)
    turned_solid = solid.transform(canvas, Image.Transform.AFFINE, matrix, Image.Resampling.BILINEAR)
    left, top, right, bottom = _piece_box(turned_solid, margin=CROP_MARGIN)
    a, b, c, d, e, f = matrix  # the same map, with the output starting at the box's corner
    from_box = (a, b, c + a * left + b * top, d, e, f + d * left + e * top)
    return image.transform(
        (right - left, bottom - top), Image.Transform.AFFINE, from_box, Image.Resampling.BICUBIC, fillcolor=PAPER
    )


def _turn_matrix(size: tuple[int, int], angle: float) -> tuple[tuple[float, ...], tuple[int, int]]:
    """The affine map from a turned canvas back to an image of `size` turned `angle` degrees
    counter-clockwise about its centre, and the canvas size that holds all of it (as PIL's
    rotate(expand=True))."""
    width, height = size
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    half_width = (abs(cos) * width + abs(sin) * height) / 2
    half_height = (abs(sin) * width + abs(cos) * height) / 2
    canvas = (math.ceil(width / 2 + half_width) - math.floor(width / 2 - half_width),
              math.ceil(height / 2 + half_height) - math.floor(height / 2 - half_height))  # fmt: skip
    # source = centre + R (canvas point - canvas centre), R turning clockwise on screen (y down).
    centre_x, centre_y = canvas[0] / 2, canvas[1] / 2
    matrix = (cos, -sin, width / 2 - cos * centre_x + sin * centre_y,
              sin, cos, height / 2 - sin * centre_x - cos * centre_y)  # fmt: skip
    return matrix, canvas


def piece_masks(photo: Image.Image) -> tuple[np.ndarray, np.ndarray] | None:
    """Boolean masks of the piece at WORK_SIDE scale: the pixels that stand out from the
    background, and the silhouette they close into; None if nothing stands out."""
    small = photo.copy()
    small.thumbnail((WORK_SIDE, WORK_SIDE), Image.Resampling.BILINEAR)
    distance, border = _background_distance(np.asarray(small, np.float32))
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
    hsv = np.asarray(piece.colors.convert("HSV")).reshape(-1, 3)
    weights = None if piece.mask is None else np.asarray(piece.mask).ravel() / np.float32(255)
    hue, saturation, value = (_bin_of(channel, bins) for channel, bins in zip(
        hsv.T, (HUE_SATURATION_BINS, HUE_SATURATION_BINS, VALUE_BINS)))  # fmt: skip
    counts = np.concatenate([
        np.bincount(hue * HUE_SATURATION_BINS + saturation, weights, minlength=HUE_SATURATION_BINS**2),
        np.bincount(value, weights, minlength=VALUE_BINS),
    ])  # fmt: skip
    signature = np.sqrt(counts / max(len(hsv) if weights is None else weights.sum(), 1e-9))
    return (signature / max(np.linalg.norm(signature), 1e-9)).astype(np.float32)


def _bin_of(channel: np.ndarray, bins: int) -> np.ndarray:
    """Which of `bins` equal bins over 0-255 each 8-bit value falls in."""
    return channel.astype(np.intp) * bins >> 8


def _reach(silhouette: np.ndarray, size: tuple[int, int]) -> tuple[int, int, int, int]:
    """The box of a photo of `size` that holds the piece's widest crop (2 * CROP_MARGIN, to turn
    it) and every pixel the softened silhouette's edge there depends on."""
    scale_x, scale_y = size[0] / silhouette.shape[1], size[1] / silhouette.shape[0]
    rows, columns = np.flatnonzero(silhouette.any(axis=1)), np.flatnonzero(silhouette.any(axis=0))
    left, right = columns[0] * scale_x, (columns[-1] + 1) * scale_x
    top, bottom = rows[0] * scale_y, (rows[-1] + 1) * scale_y
    # The scaled-up edge may move by a small pixel; the blur reads a few EDGE_SOFTNESS further.
    reach = 2 * CROP_MARGIN * max(right - left, bottom - top) + 2 * max(scale_x, scale_y) + EDGE_REACH * EDGE_SOFTNESS
    return (max(0, math.floor(left - reach)), max(0, math.floor(top - reach)),
            min(size[0], math.ceil(right + reach)), min(size[1], math.ceil(bottom + reach)))  # fmt: skip


def _full_size(mask: np.ndarray, size: tuple[int, int], region: tuple[int, int, int, int]) -> Image.Image:
    """`region` of the mask scaled up to `size`, its edge softened (drawn for the region alone)."""
    scale_x, scale_y = mask.shape[1] / size[0], mask.shape[0] / size[1]
    left, top, right, bottom = region
    small = Image.fromarray(mask.astype(np.uint8) * 255)
    from_small = (left * scale_x, top * scale_y, right * scale_x, bottom * scale_y)
    scaled = small.resize((right - left, bottom - top), Image.Resampling.BILINEAR, box=from_small)
    return scaled.filter(ImageFilter.GaussianBlur(EDGE_SOFTNESS))


def _background_distance(pixels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each pixel's RGB distance to the nearer background model, and the border band's mask."""
    height, width = pixels.shape[:2]
    surface = _surface_fit(height, width)
    border_pixels = pixels[surface.border]
    residual = pixels - surface.terms @ (surface.solver @ border_pixels)
    from_surface = np.sqrt(np.einsum("...c,...c->...", residual, residual))  # (not norm: slow along 3)
    palette = _kmeans(border_pixels[:: max(1, len(border_pixels) // PALETTE_SAMPLE)], PALETTE_COLORS)
    from_palette = _nearest_distance(pixels.reshape(-1, 3), palette).reshape(height, width)
    return np.minimum(from_surface, from_palette), surface.border


@dataclass(frozen=True)
class _SurfaceFit:
    border: np.ndarray  # (height, width) bool: the border band
    terms: np.ndarray  # (height, width, 6): 1, x, y, x^2, y^2, xy at every pixel
    solver: np.ndarray  # (6, border pixels): border colours -> the quadratic's least-squares coefficients


@functools.lru_cache(maxsize=SURFACE_FITS_CACHED)
def _surface_fit(height: int, width: int) -> _SurfaceFit:
    """What fitting a quadratic surface to the border of a (height, width) photo needs; the same
    for every photo of that shape, so it is made once (and read-only: shared between calls)."""
    band_y, band_x = max(1, round(BORDER_SHARE * height)), max(1, round(BORDER_SHARE * width))
    border = np.zeros((height, width), bool)
    border[:band_y], border[-band_y:], border[:, :band_x], border[:, -band_x:] = True, True, True, True
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    x, y = x / width - 0.5, y / height - 0.5
    terms = np.stack([np.ones_like(x), x, y, x * x, y * y, x * y], axis=-1)
    border_terms = terms[border]  # least squares by the normal equations: 6 unknowns per channel
    solver = np.linalg.solve(border_terms.T @ border_terms, border_terms.T)
    for array in (border, terms, solver):
        array.flags.writeable = False
    return _SurfaceFit(border, terms, solver)


def _kmeans(points: np.ndarray, k: int) -> np.ndarray:
    """k cluster centres, started from evenly spaced points of the brightness order (deterministic)."""
    order = np.argsort(points.sum(axis=1))
    centres = points[order[np.linspace(0, len(points) - 1, k).astype(int)]].copy()
    for _ in range(PALETTE_ROUNDS):
        nearest = _offset_squared_distances(centres, points).argmin(axis=0)
        membership = (nearest[:, None] == np.arange(k)).astype(points.dtype)  # (points, k) one-hot
        counts = membership.sum(axis=0)
        filled = counts > 0  # an empty cluster keeps its centre
        centres[filled] = (membership.T @ points)[filled] / counts[filled, None]
    return centres


def _nearest_distance(points: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Each point's distance to its nearest centre."""
    squared = np.einsum("ij,ij->i", points, points) + _offset_squared_distances(centres, points).min(axis=0)
    return np.sqrt(np.maximum(squared, 0))  # rounding can take a near-zero distance below zero


def _offset_squared_distances(centres: np.ndarray, points: np.ndarray) -> np.ndarray:
    """(len(centres), len(points)): |p - c|^2 - |p|^2 = |c|^2 - 2 c.p, one matrix product for all
    pairs. Each column is offset by its point's own |p|^2, so the order down a column is kept.
    (Centres along the first axis: numpy reduces across rows far faster than along short rows.)"""
    return (centres**2).sum(axis=1)[:, None] - 2 * centres @ points.T


def _without_specks(mask: np.ndarray) -> np.ndarray:
    """Parts of the mask (after joining near neighbours) much smaller than the biggest are dropped."""
    parts, count = ndimage.label(ndimage.binary_dilation(mask, iterations=JOIN_PIXELS))
    if count == 0:
        return mask
    sizes = ndimage.sum(mask, parts, index=np.arange(1, count + 1))
    kept = np.concatenate([[False], sizes >= SPECK_SHARE * sizes.max()])  # by part number; 0 is no part
    return mask & kept[parts]


def _piece_box(silhouette: Image.Image, margin: float) -> tuple[int, int, int, int]:
    """The box around the silhouette (alpha >= 50%), grown by `margin` of its longer side."""
    left, top, right, bottom = silhouette.point(HALF_OPAQUE).getbbox() or (0, 0, *silhouette.size)
    grow = margin * max(right - left, bottom - top)
    return (
        max(0, round(left - grow)), max(0, round(top - grow)),
        min(silhouette.width, round(right + grow)), min(silhouette.height, round(bottom + grow)),
    )  # fmt: skip
