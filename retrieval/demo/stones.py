"""What stones look like, and how they are drawn and set: faceted, pearl and opal; prongs,
bezels and seats."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Callable

from retrieval.catalog import Item
from retrieval.demo.canvas import (
    LIGHT, LIGHT_ANGLE, RGB, TAU, WHITE, Canvas, Metal, Point, closed, dome, ellipse_path, mix, place, points_along,
    scaled, shrink, sphere
)  # fmt: skip
from retrieval.vocabulary import GEMSTONE_COLORS

STONE_COLORS: dict[str, RGB] = {
    "colorless": (222, 232, 250),
    "white": (238, 236, 230),
    "iridescent white": (230, 232, 238),
    "red": (196, 16, 40),
    "dark red": (120, 12, 28),
    "pink": (236, 116, 164),
    "blue": (26, 60, 172),
    "london blue": (28, 70, 110),
    "light blue": (136, 198, 230),
    "green": (14, 138, 82),
    "lime green": (148, 196, 36),
    "purple": (126, 46, 168),
    "yellow": (242, 188, 30),
    "golden": (222, 178, 96),
    "black": (40, 40, 48),
}
UNKNOWN_STONE_COLOR: RGB = (170, 170, 176)
COLORLESS = ("colorless", "white")
FIRE_COLORS: tuple[RGB, ...] = ((255, 80, 80), (80, 200, 255), (255, 220, 60), (120, 255, 140))
OPAL_FLECK_COLORS: tuple[RGB, ...] = ((120, 200, 255), (130, 235, 170), (255, 160, 200), (255, 200, 120))
OPAL_FLECKS = 9
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
PEARL_SHEEN: RGB = (246, 206, 214)
PEARL_PASTEL = 0.35  # a pearl's colour is a soft overtone, never a gem's saturated one


# --- what stones look like ----------------------------------------------------------------

FACETED, PEARL, OPAL = "faceted", "pearl", "opal"
# How often each cut is drawn for a stone whose item does not name one ("oval cut").
CUT_WEIGHTS = {"round": 5, "oval": 2, "princess": 1.5, "emerald": 1, "pear": 1, "cushion": 1.5}
STEP_CUTS = {"emerald": (0.78, 0.56)}  # the steps' outlines, as fractions of the girdle
BRILLIANT_TABLE = 0.55  # the table's size, as a fraction of the girdle
GIRDLE_WIDTH = 0.04
GLINT_WAIST = 0.18  # how thin a glint's star is between its rays
# Facet colours as fractions of the stone's colour (edge, dark) and a mix towards white (light).
FACET_EDGE, FACET_DARK, FACET_LIGHT = 0.4, 0.6, 0.42
BEZEL_RIM = 1.18  # a bezel's radius over its stone's
SEAT_RIM = 1.25  # the metal seat of a small stone in a row, over the stone's radius
SIX_PRONG_RADIUS = 0.06  # larger round and oval stones are held by six prongs


@dataclass(frozen=True)
class Stone:
    kind: str
    color: RGB
    cut: str
    fire: bool  # rainbow glints of a diamond


def _teardrop(t: float) -> Point:
    return math.sin(t) * math.sin(t / 2), -math.cos(t)


def _superellipse(t: float) -> Point:
    c, s = math.cos(t), math.sin(t)
    return 0.92 * math.copysign(abs(c) ** 0.5, c), 0.92 * math.copysign(abs(s) ** 0.5, s)


def _heart(t: float) -> Point:
    x = 16 * math.sin(t) ** 3
    y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
    return x / 17, -(y + 2) / 15


def _outline(curve: Callable[[float], Point], points: int) -> tuple[Point, ...]:
    return tuple(curve(TAU * i / points) for i in range(points))


def _octagon(half_width: float, half_height: float, corner: float) -> tuple[Point, ...]:
    w, h, c = half_width, half_height, corner
    return ((-w + c, -h), (w - c, -h), (w, -h + c), (w, h - c), (w - c, h), (-w + c, h), (-w, h - c), (-w, -h + c))


# Girdle outlines at radius 1, pointing up.
CUT_OUTLINES: dict[str, tuple[Point, ...]] = {
    "round": _outline(lambda t: (math.cos(t), math.sin(t)), 16),
    "oval": _outline(lambda t: (0.74 * math.cos(t), math.sin(t)), 16),
    "princess": ((-0.8, -0.8), (0, -0.8), (0.8, -0.8), (0.8, 0), (0.8, 0.8), (0, 0.8), (-0.8, 0.8), (-0.8, 0)),
    "emerald": _octagon(0.7, 1.0, 0.2),
    "pear": _outline(_teardrop, 16),
    "cushion": _outline(_superellipse, 16),
    "heart": _outline(_heart, 20),
}


def stone_of(item: Item, words: str, rng: random.Random) -> Stone | None:
    """How the item's stone looks: its colour (or its gemstone's usual one), kind and cut."""
    if not item.has_stone:
        return None
    color_name = item.gemstone_color or GEMSTONE_COLORS.get(item.gemstone, "")
    color = STONE_COLORS.get(color_name, STONE_COLORS.get(GEMSTONE_COLORS.get(item.gemstone, ""), UNKNOWN_STONE_COLOR))
    kind = {"pearl": PEARL, "opal": OPAL}.get(item.gemstone, FACETED)
    named_cuts = [cut for cut in CUT_OUTLINES if f"{cut} cut" in words]
    cut = named_cuts[0] if named_cuts else rng.choices(list(CUT_WEIGHTS), list(CUT_WEIGHTS.values()))[0]
    return Stone(kind, color, cut, fire=item.gemstone == "diamond" and color_name in COLORLESS)


# --- drawing stones ----------------------------------------------------------------------


def draw_stone(canvas: Canvas, stone: Stone, center: Point, radius: float, squash: float = 1.0, cut: str = "") -> None:
    if stone.kind == PEARL:
        sphere(canvas, center, radius, lambda t: pearl_tone(stone.color, t))
    elif stone.kind == OPAL:
        opal(canvas, stone, center, radius, squash)
    elif canvas.small(radius):
        small_stone(canvas, stone, center, radius)
    else:
        faceted(canvas, stone, center, radius, squash, cut or stone.cut)


def facet_colors(color: RGB) -> tuple[RGB, RGB, RGB]:
    """Edge, dark facet and light facet colours of a transparent stone."""
    return scaled(color, FACET_EDGE), scaled(color, FACET_DARK), mix(color, WHITE, FACET_LIGHT)


def faceted(canvas: Canvas, stone: Stone, center: Point, radius: float, squash: float, cut: str) -> None:
    """A cut stone seen face-up: its facets lit from LIGHT, a glint, and fire for a diamond."""
    girdle = place(CUT_OUTLINES[cut], center, radius, squash)
    edge, dark, light = facet_colors(stone.color)
    canvas.polygon(girdle, dark)
    if cut in STEP_CUTS:
        step_facets(canvas, girdle, center, STEP_CUTS[cut], dark, light, edge)
    else:
        brilliant_facets(canvas, girdle, center, dark, light)
    canvas.line(closed(girdle), edge, radius * GIRDLE_WIDTH)
    glint(canvas, (center[0] + LIGHT[0] * radius * 0.3, center[1] + LIGHT[1] * radius * 0.3 * squash), radius * 0.35)
    if stone.fire:
        fire(canvas, center, radius)


def facing_light(a: Point, b: Point, center: Point) -> float:
    """1 for a facet whose outer edge a-b faces the light, 0 for one facing away."""
    normal = math.atan2((a[1] + b[1]) / 2 - center[1], (a[0] + b[0]) / 2 - center[0])
    return 0.5 + 0.5 * math.cos(normal - LIGHT_ANGLE)


def brilliant_facets(canvas: Canvas, girdle: list[Point], center: Point, dark: RGB, light: RGB) -> None:
    """Crown facets between the girdle and an octagonal table, and the pavilion's reflections
    showing through the table as a pinwheel."""
    table = shrink(girdle[::2], center, BRILLIANT_TABLE)
    corners = len(table)
    for k in range(corners):
        g0, g1, g2 = girdle[2 * k], girdle[2 * k + 1], girdle[(2 * k + 2) % len(girdle)]
        t0, t1 = table[k], table[(k + 1) % corners]
        lit = facing_light(g0, g2, center)
        canvas.polygon([t0, g0, g1], mix(dark, light, 0.25 + 0.6 * lit))
        canvas.polygon([t1, g1, g2], mix(dark, light, 0.1 + 0.5 * lit))
        canvas.polygon([t0, g1, t1], mix(dark, light, 0.9 - 0.5 * lit))  # star facet
        canvas.polygon([center, t0, t1], light if k % 2 else mix(dark, light, 0.5))


def step_facets(
    canvas: Canvas, girdle: list[Point], center: Point, steps: tuple[float, ...], dark: RGB, light: RGB, edge: RGB
) -> None:
    """Concentric steps, as on an emerald cut, shaded by the side they face."""
    rings = [girdle] + [shrink(girdle, center, step) for step in steps]
    for outer, inner in zip(rings, rings[1:]):
        for i in range(len(outer)):
            j = (i + 1) % len(outer)
            lit = facing_light(outer[i], outer[j], center)
            canvas.polygon([outer[i], outer[j], inner[j], inner[i]], mix(dark, light, lit), outline=edge)
    canvas.polygon(rings[-1], mix(dark, light, 0.7), outline=edge)


def small_stone(canvas: Canvas, stone: Stone, center: Point, radius: float) -> None:
    edge, dark, light = facet_colors(stone.color)
    canvas.disc(center, radius, edge)
    canvas.disc(center, radius * 0.85, mix(dark, light, 0.4))
    canvas.disc((center[0] + LIGHT[0] * radius * 0.2, center[1] + LIGHT[1] * radius * 0.2), radius * 0.5, light)
    canvas.disc((center[0] + LIGHT[0] * radius * 0.35, center[1] + LIGHT[1] * radius * 0.35), radius * 0.18, WHITE)


def glint(canvas: Canvas, center: Point, size: float) -> None:
    """A four-pointed star of light."""
    rays = [(TAU * k / 8 - math.pi / 2, size if k % 2 == 0 else size * GLINT_WAIST) for k in range(8)]
    canvas.polygon([(center[0] + math.cos(a) * r, center[1] + math.sin(a) * r) for a, r in rays], WHITE)


def fire(canvas: Canvas, center: Point, radius: float) -> None:
    """Spots of spectral colour: a diamond's dispersion."""
    for k, color in enumerate(FIRE_COLORS):
        a = TAU * (k + 0.3) / len(FIRE_COLORS)
        spot = (center[0] + math.cos(a) * radius * 0.62, center[1] + math.sin(a) * radius * 0.62)
        canvas.disc(spot, radius * 0.07, color)


def pearl_tone(color: RGB, t: float) -> RGB:
    color = mix(color, WHITE, PEARL_PASTEL)
    shadow = mix(scaled(color, 0.62), (120, 116, 124), 0.3)
    if t < 0.5:
        return mix(shadow, mix(color, PEARL_SHEEN, 0.45), t * 2)
    return mix(mix(color, PEARL_SHEEN, 0.45), mix(color, WHITE, 0.8), (t - 0.5) * 2)


def opal(canvas: Canvas, stone: Stone, center: Point, radius: float, squash: float) -> None:
    """A polished cabochon with play-of-colour flecks, spread like sunflower seeds."""
    rx, ry = radius * 0.8, radius * squash
    canvas.polygon(ellipse_path(center, rx, ry, points=32), scaled(stone.color, 0.7))
    canvas.polygon(ellipse_path(center, rx * 0.9, ry * 0.9, points=32), stone.color)
    for k in range(OPAL_FLECKS):
        angle, reach = k * GOLDEN_ANGLE, 0.7 * math.sqrt((k + 0.5) / OPAL_FLECKS)
        spot = (center[0] + math.cos(angle) * rx * reach, center[1] + math.sin(angle) * ry * reach)
        color = mix(OPAL_FLECK_COLORS[k % len(OPAL_FLECK_COLORS)], stone.color, 0.25)
        canvas.polygon(ellipse_path(spot, rx * 0.2, ry * 0.12, points=10, rotation=angle), color)
    sheen = ellipse_path((center[0] - rx * 0.3, center[1] - ry * 0.4), rx * 0.3, ry * 0.14, points=12, rotation=-0.5)
    canvas.polygon(sheen, mix(stone.color, WHITE, 0.7))


def prongs(canvas: Canvas, metal: Metal, center: Point, radius: float, squash: float, count: int = 4) -> None:
    for k in range(count):
        a = TAU * (k + 0.5) / count - math.pi / 2
        tip = (center[0] + math.cos(a) * radius * 0.95, center[1] + math.sin(a) * radius * 0.95 * squash)
        sphere(canvas, tip, radius * 0.14, metal.tone)


def set_stone(
    canvas: Canvas,
    metal: Metal,
    stone: Stone,
    center: Point,
    radius: float,
    squash: float = 1.0,
    bezel: bool = False,
    prong_count: int | None = None,
) -> None:
    """A stone in its setting: a metal rim behind it (always for pearls and opals), or prongs
    (`prong_count`, or six for a large round or oval stone and four otherwise)."""
    if bezel or stone.kind != FACETED:
        rim = CUT_OUTLINES[stone.cut if stone.kind == FACETED else "round"]
        dome(canvas, place(rim, center, radius * BEZEL_RIM, squash), metal)
        draw_stone(canvas, stone, center, radius, squash)
        return
    draw_stone(canvas, stone, center, radius, squash)
    if not canvas.small(radius):
        six = stone.cut in ("round", "oval") and radius > SIX_PRONG_RADIUS
        prongs(canvas, metal, center, radius, squash, count=prong_count or (6 if six else 4))


def stones_along(canvas: Canvas, metal: Metal, stone: Stone, path: list[Point], radius: float, spacing: float) -> None:
    """Small stones in a row, each on a metal seat: channels, pavé and tennis lines."""
    for point, _ in points_along(path, spacing):
        canvas.disc(point, radius * SEAT_RIM, metal.tone(0.3))
        draw_stone(canvas, stone, point, radius)


