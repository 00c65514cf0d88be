"""Code-drawn product shots for the demo catalog.

A shot is one piece of jewelry on a light studio background. The piece is drawn with PIL on
a transparent layer SUPERSAMPLE times larger than the output and downsampled with LANCZOS,
so edges are anti-aliased; it then gets a soft drop shadow and a light falloff. The drawing
follows the item's category, metal, stone and its style words (tags and title: "halo",
"hoops", "oval cut" ...). Within those, each item has its own design details seeded by its id
(proportions, wire, stone size, prongs, accent stones, an ornament), so two items of the same
description are two different-looking products; the shot's seed only poses the piece.

Coordinates are fractions of the picture (0..1, y down) of the piece before its pose.
"""

from __future__ import annotations

import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageChops, ImageFilter

from retrieval.catalog import Item
from retrieval.demo.canvas import LIGHT, RGB, SUPERSAMPLE, Canvas, Pose
from retrieval.demo.pieces import draw_piece

BACKGROUND_CENTER: RGB = (247, 246, 243)
BACKGROUND_EDGE: RGB = (222, 221, 217)
SHADOW_COLOR: RGB = (150, 148, 144)
SHADOW_OPACITY = 0.45
SHADOW_OFFSET = (0.01, 0.025)
SHADOW_BLUR = 2.5  # in pixels of a quarter-size copy of the piece's silhouette
LIGHT_FALLOFF = 0.16  # the side away from the light is this much darker

# --- the shot ----------------------------------------------------------------------------


@lru_cache(maxsize=4)
def studio_background(size: int) -> Image.Image:
    """Light paper, darkening slightly towards the corners."""
    axis = np.linspace(-1.0, 1.0, size)
    falloff = np.clip((axis[None, :] ** 2 + axis[:, None] ** 2) / 2, 0.0, 1.0)[..., None]
    center, edge = np.array(BACKGROUND_CENTER, float), np.array(BACKGROUND_EDGE, float)
    return Image.fromarray((center + (edge - center) * falloff).astype(np.uint8), "RGB")


@lru_cache(maxsize=4)
def light_falloff(size: int) -> Image.Image:
    """A multiplier that darkens the side of the piece away from the light."""
    axis = np.linspace(-0.5, 0.5, size)
    toward = axis[None, :] * LIGHT[0] + axis[:, None] * LIGHT[1]
    factor = 1.0 - LIGHT_FALLOFF * (0.5 - np.clip(toward, -0.5, 0.5))
    gray = (factor * 255).astype(np.uint8)
    return Image.fromarray(np.dstack([gray, gray, gray, np.full_like(gray, 255)]), "RGBA")


def downsample(canvas: Canvas, size: int) -> Image.Image:
    """The piece at the output size with straight alpha; only its bounding box is resampled."""
    layer = Image.new("RGBa", (size, size))
    bbox = canvas.image.getbbox()
    if bbox is not None:
        left, top = bbox[0] // SUPERSAMPLE, bbox[1] // SUPERSAMPLE
        right, bottom = -(-bbox[2] // SUPERSAMPLE), -(-bbox[3] // SUPERSAMPLE)
        box = (left * SUPERSAMPLE, top * SUPERSAMPLE, right * SUPERSAMPLE, bottom * SUPERSAMPLE)
        layer.paste(canvas.image.resize((right - left, bottom - top), Image.Resampling.LANCZOS, box=box), (left, top))
    return layer.convert("RGBA")


def drop_shadow(background: Image.Image, piece: Image.Image) -> Image.Image:
    """The background with the piece's silhouette cast on it, soft and a little below."""
    size = background.width
    small = piece.getchannel("A").resize((size // 4, size // 4), Image.Resampling.BILINEAR)
    soft = small.filter(ImageFilter.GaussianBlur(SHADOW_BLUR)).resize((size, size), Image.Resampling.BILINEAR)
    mask = Image.new("L", (size, size))
    offset = (round(SHADOW_OFFSET[0] * size), round(SHADOW_OFFSET[1] * size))
    mask.paste(soft.point(lambda v: round(v * SHADOW_OPACITY)), offset)
    return Image.composite(Image.new("RGB", background.size, SHADOW_COLOR), background, mask)


def piece_cutout(item: Item, size: int, seed: int = 0) -> Image.Image:
    """The piece of `render_product_shot(item, size, seed)` alone, lit but on no background: an
    RGBA cut-out, what a shopper photographs."""
    rng = random.Random(f"{item.id}:{seed}")
    canvas = Canvas(size, Pose.sample(rng))
    draw_piece(item, canvas, rng)
    return ImageChops.multiply(downsample(canvas, size), light_falloff(size))


def render_product_shot(item: Item, size: int = 256, seed: int = 0) -> Image.Image:
    """A product photo of `item`, drawn in code: the same item and seed give the same picture."""
    piece = piece_cutout(item, size, seed)
    shot = drop_shadow(studio_background(size), piece)
    shot.paste(piece, mask=piece)
    return shot
