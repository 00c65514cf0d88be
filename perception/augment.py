"""Shopper photos simulated from a catalog piece: what a phone snapshot does to a product shot.

`shopper_photo(piece, rng)` takes the piece as an RGBA cut-out (its alpha is the silhouette)
and returns an RGB photo: mirrored, turned up to +-25 degrees, scaled 0.6-1.3x, laid on a
background drawn in code (a table, cloth, marble, a gradient, a hand), lit unevenly,
colour-jittered, cropped so that at least 60% of the piece stays in the frame, and
re-compressed as a JPEG. The same rng state gives the same photo. Each step can be switched
off by name, so a benchmark can measure them one at a time.

Used by the vision benchmark and the tests to measure instance retrieval and attributes.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Callable, Iterable

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from perception.photo import PAPER

STEPS = ("mirror", "rotate", "scale", "background", "light", "jitter", "crop", "jpeg")

PHOTO_LONG_SIDE = 480
ASPECTS = ((4, 3), (3, 4), (1, 1), (16, 9), (9, 16))
MAX_ROTATION_DEGREES = 25.0
SCALE_RANGE = (0.6, 1.3)  # the piece's framing relative to the catalog shot's, on the photo's short side
MAX_CENTER_SHIFT = 0.15  # of the photo's sides
LIGHT_RANGE = (0.8, 1.1)  # a linear brightness ramp across the photo, darkest to brightest
JITTER_RANGE = (0.8, 1.2)  # brightness, contrast and saturation factors
MAX_HUE_SHIFT = 0.02  # of a full turn: small, so gold stays gold
MIN_PIECE_KEPT = 0.6  # a crop keeps at least this share of the piece's silhouette
CROP_AREA_RANGE = (0.45, 0.95)
CROP_TRIES = 30
JPEG_QUALITY_RANGE = (40, 90)
SHADOW_OPACITY = 0.35
SHADOW_BLUR = 6
SHADOW_OFFSET = (0.01, 0.02)  # of the photo's short side

Background = Callable[[int, int, random.Random], np.ndarray]


@dataclass
class ShopperPhoto:
    image: Image.Image  # RGB
    silhouette: Image.Image  # "L", where the piece is in `image`: for measuring a crop


def shopper_photo(piece: Image.Image, rng: random.Random, steps: Iterable[str] = STEPS) -> ShopperPhoto:
    """A photo of the RGBA cut-out `piece`, after the named `steps` (all by default)."""
    steps = set(steps)
    unknown = steps - set(STEPS)
    if unknown:
        raise ValueError(f"unknown augmentation steps {sorted(unknown)}; known: {', '.join(STEPS)}")
    piece = piece.convert("RGBA")
    if "mirror" in steps and rng.random() < 0.5:
        piece = piece.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    width, height = _photo_size(rng) if "background" in steps else piece.size
    # At scale 1 the piece is framed as in the catalog shot, on the photo's short side.
    scale = rng.uniform(*SCALE_RANGE) if "scale" in steps else 1.0
    side = max(1, round(scale * min(width, height)))
    piece = piece.resize((side, round(side * piece.height / piece.width)), Image.Resampling.LANCZOS)
    if "rotate" in steps:
        angle = rng.uniform(-MAX_ROTATION_DEGREES, MAX_ROTATION_DEGREES)
        piece = piece.rotate(angle, Image.Resampling.BICUBIC, expand=True)

    background = _draw_background(width, height, rng) if "background" in steps else _paper(width, height)
    offset = _placement(width, height, piece.size, rng if "background" in steps else None)
    photo = _composite(background, piece, offset)
    silhouette = Image.new("L", (width, height))
    silhouette.paste(piece.getchannel("A"), offset)

    if "light" in steps:
        photo = _uneven_light(photo, rng)
    if "jitter" in steps:
        photo = _jitter(photo, rng)
    if "crop" in steps:
        box = _crop_box(np.asarray(silhouette, np.float32), rng)
        photo, silhouette = photo.crop(box), silhouette.crop(box)
    if "jpeg" in steps:
        photo = _recompress(photo, rng.randint(*JPEG_QUALITY_RANGE))
    return ShopperPhoto(photo, silhouette)


def _photo_size(rng: random.Random) -> tuple[int, int]:
    across, down = rng.choice(ASPECTS)
    long_side = PHOTO_LONG_SIDE
    return (long_side, round(long_side * down / across)) if across >= down else (round(long_side * across / down), long_side)


def _placement(width: int, height: int, size: tuple[int, int], rng: random.Random | None) -> tuple[int, int]:
    dx = rng.uniform(-MAX_CENTER_SHIFT, MAX_CENTER_SHIFT) * width if rng else 0.0
    dy = rng.uniform(-MAX_CENTER_SHIFT, MAX_CENTER_SHIFT) * height if rng else 0.0
    return round((width - size[0]) / 2 + dx), round((height - size[1]) / 2 + dy)


def _composite(background: np.ndarray, piece: Image.Image, offset: tuple[int, int]) -> Image.Image:
    height, width = background.shape[:2]
    alpha = Image.new("L", (width, height))
    alpha.paste(piece.getchannel("A"), offset)
    short = min(width, height)
    shadow = Image.new("L", (width, height))
    shadow.paste(alpha, (round(SHADOW_OFFSET[0] * short), round(SHADOW_OFFSET[1] * short)))
    shadow = np.asarray(shadow.filter(ImageFilter.GaussianBlur(SHADOW_BLUR)), np.float32)[..., None] / 255
    shaded = background * (1 - SHADOW_OPACITY * shadow)
    photo = Image.fromarray(np.clip(shaded, 0, 255).astype(np.uint8), "RGB")
    photo.paste(piece.convert("RGB"), offset, piece.getchannel("A"))
    return photo


# --- backgrounds --------------------------------------------------------------------------


def _paper(width: int, height: int) -> np.ndarray:
    return np.broadcast_to(np.array(PAPER, np.float32), (height, width, 3)).copy()


def _smooth_noise(width: int, height: int, rng: random.Random, cell: int) -> np.ndarray:
    """Value noise in [0, 1]: a coarse random grid upsampled smoothly."""
    seed = np.random.default_rng(rng.getrandbits(32))
    coarse = seed.random((max(2, height // cell + 2), max(2, width // cell + 2)), dtype=np.float32)
    image = Image.fromarray((coarse * 255).astype(np.uint8)).resize((width, height), Image.Resampling.BICUBIC)
    return np.asarray(image, np.float32) / 255


def _tint(shade: np.ndarray, dark: tuple[int, int, int], light: tuple[int, int, int]) -> np.ndarray:
    dark_rgb, light_rgb = np.array(dark, np.float32), np.array(light, np.float32)
    return dark_rgb + (light_rgb - dark_rgb) * shade[..., None]


def _random_color(rng: random.Random, low: int, high: int) -> tuple[int, int, int]:
    return (rng.randint(low, high), rng.randint(low, high), rng.randint(low, high))


def _wood(width: int, height: int, rng: random.Random) -> np.ndarray:
    x, y = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    wobble = 25 * _smooth_noise(width, height, rng, 60)
    grain = 0.5 + 0.5 * np.sin((y + wobble) / rng.uniform(4, 9) + np.sin(x / rng.uniform(40, 90)))
    shade = 0.6 * grain + 0.4 * _smooth_noise(width, height, rng, 8)
    base = rng.choice((((92, 58, 32), (160, 112, 70)), ((130, 96, 62), (204, 168, 120)), ((58, 40, 30), (110, 80, 58))))
    return _tint(shade, *base)


def _cloth(width: int, height: int, rng: random.Random) -> np.ndarray:
    weave = _smooth_noise(width, height, rng, 3) * 0.5 + _smooth_noise(width, height, rng, 30) * 0.5
    dark = _random_color(rng, 20, 150)
    return _tint(weave, dark, tuple(min(255, c + rng.randint(30, 80)) for c in dark))


def _marble(width: int, height: int, rng: random.Random) -> np.ndarray:
    x, y = np.meshgrid(np.arange(width, dtype=np.float32), np.arange(height, dtype=np.float32))
    turbulence = _smooth_noise(width, height, rng, 50) * 6 + _smooth_noise(width, height, rng, 12) * 2
    veins = np.abs(np.sin((x * 0.7 + y) / rng.uniform(30, 60) + turbulence)) ** 0.3
    return _tint(veins, (150, 150, 155), (236, 234, 230))


def _gradient(width: int, height: int, rng: random.Random) -> np.ndarray:
    angle = rng.uniform(0, 2 * math.pi)
    x, y = np.meshgrid(np.linspace(-1, 1, width, dtype=np.float32), np.linspace(-1, 1, height, dtype=np.float32))
    ramp = np.clip(0.5 + 0.5 * (x * math.cos(angle) + y * math.sin(angle)), 0, 1)
    return _tint(ramp, _random_color(rng, 0, 255), _random_color(rng, 0, 255))


def _hand(width: int, height: int, rng: random.Random) -> np.ndarray:
    """A skin-toned palm and fingers on a dark surface, under the piece."""
    photo = _cloth(width, height, rng) * 0.6
    skin = rng.choice(((241, 194, 167), (224, 172, 135), (198, 134, 94), (141, 85, 54), (92, 58, 40)))
    mask = Image.new("L", (width, height))
    draw = ImageDraw.Draw(mask)
    cx, cy, short = width / 2, height / 2, min(width, height)
    draw.ellipse((cx - 0.35 * short, cy, cx + 0.35 * short, cy + 0.9 * short), fill=255)  # palm
    for finger in range(4):
        x = cx - 0.3 * short + finger * 0.2 * short
        draw.rounded_rectangle((x, cy - 0.55 * short, x + 0.16 * short, cy + 0.2 * short), radius=0.08 * short, fill=255)
    alpha = np.asarray(mask.filter(ImageFilter.GaussianBlur(3)), np.float32)[..., None] / 255
    shading = 0.85 + 0.15 * _smooth_noise(width, height, rng, 40)[..., None]
    return photo * (1 - alpha) + np.array(skin, np.float32) * shading * alpha


BACKGROUNDS: tuple[Background, ...] = (_wood, _cloth, _marble, _gradient, _hand)


def _draw_background(width: int, height: int, rng: random.Random) -> np.ndarray:
    return rng.choice(BACKGROUNDS)(width, height, rng)


# --- light, colour, crop, compression -------------------------------------------------------


def _uneven_light(photo: Image.Image, rng: random.Random) -> Image.Image:
    width, height = photo.size
    angle = rng.uniform(0, 2 * math.pi)
    x, y = np.meshgrid(np.linspace(-0.5, 0.5, width, dtype=np.float32), np.linspace(-0.5, 0.5, height, dtype=np.float32))
    low, high = LIGHT_RANGE
    ramp = low + (high - low) * np.clip(0.5 + x * math.cos(angle) + y * math.sin(angle), 0, 1)
    lit = np.asarray(photo, np.float32) * ramp[..., None]
    return Image.fromarray(np.clip(lit, 0, 255).astype(np.uint8), "RGB")


def _jitter(photo: Image.Image, rng: random.Random) -> Image.Image:
    for enhancer in (ImageEnhance.Brightness, ImageEnhance.Contrast, ImageEnhance.Color):
        photo = enhancer(photo).enhance(rng.uniform(*JITTER_RANGE))
    hue, saturation, value = photo.convert("HSV").split()
    shift = round(rng.uniform(-MAX_HUE_SHIFT, MAX_HUE_SHIFT) * 256)
    hue = hue.point(lambda h: (h + shift) % 256)
    return Image.merge("HSV", (hue, saturation, value)).convert("RGB")


def _crop_box(silhouette: np.ndarray, rng: random.Random) -> tuple[int, int, int, int]:
    """A window of 45-95% of the photo's area that keeps at least MIN_PIECE_KEPT of the piece."""
    height, width = silhouette.shape
    total = silhouette.sum()
    for _ in range(CROP_TRIES):
        share = math.sqrt(rng.uniform(*CROP_AREA_RANGE))
        crop_w, crop_h = max(1, round(width * share)), max(1, round(height * share))
        left, top = rng.randint(0, width - crop_w), rng.randint(0, height - crop_h)
        kept = silhouette[top : top + crop_h, left : left + crop_w].sum() if total else 0
        if total == 0 or kept >= MIN_PIECE_KEPT * total:
            return left, top, left + crop_w, top + crop_h
    return 0, 0, width, height


def _recompress(photo: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")
