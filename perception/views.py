"""Training views: made-up shopper photos of a catalog shot, for tuning the image vectors to a
shop's own catalog at ingest (retrieval/tuning.py).

`catalog_cutout(shot)` lifts the piece off the shot's plain background (its alpha is where the
piece's pixels stand out); `training_view(cutout, rng)` lays it, mirrored or not, turned up to
+-30 degrees and scaled, on a background drawn from a few generic families (a flat colour, a
gradient, waves, sometimes a skin-coloured blob such as a hand), changes the light, colours
and sharpness, crops and re-compresses it as a JPEG.

Written apart from perception/augment.py on purpose: that one makes the benchmark's shopper
photos, and tuning on its own backgrounds would teach the vectors the test.
"""

from __future__ import annotations

import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from perception.photo import piece_masks

VIEW_SIZES = ((320, 320), (320, 240), (240, 320))
MAX_TURN_DEGREES = 30.0
PIECE_SIDE_RANGE = (0.5, 1.2)  # the piece's longer side, relative to the view's short side
MAX_SHIFT = 0.2  # of the view's sides
ENHANCE_RANGE = (0.7, 1.3)  # brightness, contrast and saturation factors
BLUR_CHANCE, BLUR_RADIUS = 0.3, (0.3, 1.5)
CROP_SIDE_RANGE = (0.7, 1.0)
JPEG_QUALITY_RANGE = (30, 95)
GRAIN_MAX = 12.0  # standard deviation of the background's pixel noise, 0-255
WAVES = 4
WAVE_FREQUENCY = (1.0, 20.0)  # cycles across the view
HAND_CHANCE = 0.35
SKIN_TONES = ((241, 194, 170), (224, 172, 140), (198, 134, 104), (141, 85, 60), (110, 70, 50))
HAND_BLUR = 2


def catalog_cutout(shot: Image.Image) -> Image.Image:
    """The piece of a plain-background catalog shot as RGBA; the whole shot if nothing stands out."""
    cutout = shot.convert("RGBA")
    masks = piece_masks(shot)
    if masks is not None:
        pixels = Image.fromarray(masks[0].astype(np.uint8) * 255)
        cutout.putalpha(pixels.resize(shot.size, Image.Resampling.BILINEAR))
    return cutout


def training_view(cutout: Image.Image, rng: random.Random) -> Image.Image:
    """One made-up RGB photo of the RGBA `cutout`; the same rng state gives the same photo."""
    piece = cutout.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if rng.random() < 0.5 else cutout
    piece = piece.rotate(rng.uniform(-MAX_TURN_DEGREES, MAX_TURN_DEGREES), Image.Resampling.BICUBIC, expand=True)
    width, height = rng.choice(VIEW_SIZES)
    scale = rng.uniform(*PIECE_SIDE_RANGE) * min(width, height) / max(piece.size)
    piece = piece.resize((max(1, round(piece.width * scale)), max(1, round(piece.height * scale))), Image.Resampling.BILINEAR)

    view = _background(width, height, rng)
    left = round((width - piece.width) / 2 + rng.uniform(-MAX_SHIFT, MAX_SHIFT) * width)
    top = round((height - piece.height) / 2 + rng.uniform(-MAX_SHIFT, MAX_SHIFT) * height)
    view.paste(piece.convert("RGB"), (left, top), piece.getchannel("A"))
    for enhance in (ImageEnhance.Brightness, ImageEnhance.Contrast, ImageEnhance.Color):
        view = enhance(view).enhance(rng.uniform(*ENHANCE_RANGE))
    if rng.random() < BLUR_CHANCE:
        view = view.filter(ImageFilter.GaussianBlur(rng.uniform(*BLUR_RADIUS)))
    return _jpeg(_crop(view, rng), rng.randint(*JPEG_QUALITY_RANGE))


def _background(width: int, height: int, rng: random.Random) -> Image.Image:
    one, other = (np.array([rng.randint(0, 255) for _ in range(3)], np.float32) for _ in range(2))
    x = np.linspace(0, 1, width, dtype=np.float32)[None, :, None]
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None, None]
    family = rng.choice(("flat", "gradient", "waves"))
    if family == "flat":
        shade = np.zeros((height, width, 1), np.float32)
    elif family == "gradient":
        angle = rng.uniform(0, math.pi)
        shade = x * math.cos(angle) + y * math.sin(angle)
    else:
        shade = sum(
            np.sin(2 * math.pi * (rng.uniform(*WAVE_FREQUENCY) * x + rng.uniform(*WAVE_FREQUENCY) * y) + rng.uniform(0, 2 * math.pi))
            for _ in range(WAVES)
        )
    shade = (shade - shade.min()) / (np.ptp(shade) + 1e-6)
    grain = rng.uniform(0, GRAIN_MAX) * np.random.default_rng(rng.getrandbits(32)).standard_normal((height, width, 3), np.float32)
    image = Image.fromarray(np.clip(one + (other - one) * shade + grain, 0, 255).astype(np.uint8))
    return _with_hand(image, rng) if rng.random() < HAND_CHANCE else image


def _with_hand(image: Image.Image, rng: random.Random) -> Image.Image:
    """A soft skin-coloured ellipse: pieces are often photographed worn or held."""
    width, height = image.size
    centre_x, centre_y = rng.uniform(0.2, 0.8) * width, rng.uniform(0.2, 0.8) * height
    half_width, half_height = rng.uniform(0.2, 0.5) * width, rng.uniform(0.15, 0.4) * height
    ImageDraw.Draw(image).ellipse(
        [centre_x - half_width, centre_y - half_height, centre_x + half_width, centre_y + half_height], fill=rng.choice(SKIN_TONES)
    )
    return image.filter(ImageFilter.GaussianBlur(HAND_BLUR))


def _crop(image: Image.Image, rng: random.Random) -> Image.Image:
    width, height = image.size
    crop_width, crop_height = round(width * rng.uniform(*CROP_SIDE_RANGE)), round(height * rng.uniform(*CROP_SIDE_RANGE))
    left, top = rng.randint(0, width - crop_width), rng.randint(0, height - crop_height)
    return image.crop((left, top, left + crop_width, top + crop_height))


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
