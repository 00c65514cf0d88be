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

import math
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from retrieval.catalog import Item
from retrieval.vocabulary import GEMSTONE_COLORS

RGB = tuple[int, int, int]
Point = tuple[float, float]
TAU = 2 * math.pi

SUPERSAMPLE = 3
BACKGROUND_CENTER: RGB = (247, 246, 243)
BACKGROUND_EDGE: RGB = (222, 221, 217)
SHADOW_COLOR: RGB = (150, 148, 144)
SHADOW_OPACITY = 0.45
SHADOW_OFFSET = (0.01, 0.025)
SHADOW_BLUR = 2.5  # in pixels of a quarter-size copy of the piece's silhouette
LIGHT = (-0.6, -0.8)  # unit vector from the piece towards the light: upper left
LIGHT_ANGLE = math.atan2(LIGHT[1], LIGHT[0])
LIGHT_FALLOFF = 0.16  # the side away from the light is this much darker

POSE_SCALE = (0.9, 1.06)
POSE_TILT_DEGREES = 10.0
POSE_SHIFT = 0.035

WHITE: RGB = (255, 255, 255)


# --- colours -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Metal:
    shadow: RGB
    base: RGB
    light: RGB
    highlight: RGB

    def tone(self, t: float) -> RGB:
        """The metal's colour at lightness t: 0 in shadow, 1 a specular highlight."""
        stops = ((0.0, self.shadow), (0.45, self.base), (0.8, self.light), (1.0, self.highlight))
        t = min(max(t, 0.0), 1.0)
        for (t0, c0), (t1, c1) in zip(stops, stops[1:]):
            if t <= t1:
                return mix(c0, c1, (t - t0) / (t1 - t0))
        return self.highlight


METALS = {
    "yellow gold": Metal((122, 82, 18), (214, 166, 64), (242, 206, 116), (255, 247, 214)),
    "white gold": Metal((104, 102, 96), (194, 192, 186), (226, 224, 218), (255, 254, 250)),
    "rose gold": Metal((124, 64, 50), (214, 144, 122), (238, 186, 166), (255, 238, 228)),
    "sterling silver": Metal((82, 88, 98), (164, 170, 180), (206, 212, 220), (250, 252, 255)),
    "platinum": Metal((96, 100, 106), (184, 188, 194), (218, 222, 228), (253, 254, 255)),
}
DEFAULT_METAL = "sterling silver"  # a neutral grey for metals the palette does not know

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


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def scaled(color: RGB, factor: float) -> RGB:
    return mix((0, 0, 0), color, factor)


# --- what stones look like ----------------------------------------------------------------

FACETED, PEARL, OPAL = "faceted", "pearl", "opal"
# How often each cut is drawn for a stone whose item does not name one ("oval cut").
CUT_WEIGHTS = {"round": 5, "oval": 2, "princess": 1.5, "emerald": 1, "pear": 1, "cushion": 1.5}
STEP_CUTS = {"emerald": (0.78, 0.56)}  # the steps' outlines, as fractions of the girdle
BRILLIANT_TABLE = 0.55  # the table's size, as a fraction of the girdle
GIRDLE_WIDTH = 0.04
GLINT_WAIST = 0.18  # how thin a glint's star is between its rays
SMALL_STONE_PIXELS = 14  # a stone smaller than this (radius, supersampled) gets no facets
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


# --- the canvas --------------------------------------------------------------------------


@dataclass(frozen=True)
class Pose:
    scale: float
    tilt: float  # radians
    shift: Point

    @classmethod
    def sample(cls, rng: random.Random) -> Pose:
        return cls(
            scale=rng.uniform(*POSE_SCALE),
            tilt=math.radians(rng.uniform(-POSE_TILT_DEGREES, POSE_TILT_DEGREES)),
            shift=(rng.uniform(-POSE_SHIFT, POSE_SHIFT), rng.uniform(-POSE_SHIFT, POSE_SHIFT)),
        )


class Canvas:
    """A transparent supersampled layer that draws in posed unit coordinates."""

    def __init__(self, size: int, pose: Pose):
        self.pixels = size * SUPERSAMPLE
        # Every supersampled pixel is fully covered or empty, so straight and premultiplied
        # alpha agree; premultiplied is what downsampling needs.
        self.image = Image.new("RGBa", (self.pixels, self.pixels))
        self.draw = ImageDraw.Draw(self.image)
        self.unit = self.pixels * pose.scale
        self._cos = math.cos(pose.tilt) * self.unit
        self._sin = math.sin(pose.tilt) * self.unit
        self._origin = ((0.5 + pose.shift[0]) * self.pixels, (0.5 + pose.shift[1]) * self.pixels)

    def xy(self, points: Sequence[Point]) -> list[Point]:
        cos, sin, (ox, oy) = self._cos, self._sin, self._origin
        return [(ox + (x - 0.5) * cos - (y - 0.5) * sin, oy + (x - 0.5) * sin + (y - 0.5) * cos) for x, y in points]

    def width(self, length: float) -> int:
        return max(1, round(length * self.unit))

    def polygon(self, points: Sequence[Point], fill: RGB, outline: RGB | None = None) -> None:
        self.draw.polygon(self.xy(points), fill=fill, outline=outline)

    def line(self, points: Sequence[Point], fill: RGB, width: float, round_joints: bool = False) -> None:
        """A stroke; smooth paths need no round joints, which are slow to draw."""
        self.draw.line(self.xy(points), fill=fill, width=self.width(width), joint="curve" if round_joints else None)

    def annulus(self, center: Point, rx: float, ry: float, width: float, fill: RGB) -> None:
        """An elliptical ring: filled even-odd, so it has no notches where a thick line turns."""
        outer = ellipse_path(center, rx + width / 2, ry + width / 2, points=ANNULUS_POINTS)
        inner = ellipse_path(center, rx - width / 2, ry - width / 2, points=ANNULUS_POINTS)
        self.draw.polygon(self.xy(outer + inner[::-1]), fill=fill)

    def disc(self, center: Point, radius: float, fill: RGB) -> None:
        (x, y), r = self.xy([center])[0], radius * self.unit
        self.draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)

    def small(self, radius: float) -> bool:
        return radius * self.unit < SMALL_STONE_PIXELS


# --- geometry ----------------------------------------------------------------------------


def ellipse_path(
    center: Point, rx: float, ry: float, start: float = 0.0, end: float = TAU, points: int = 64, rotation: float = 0.0
) -> list[Point]:
    """Points on an ellipse; angle 0 is right, pi/2 is down."""
    cx, cy = center
    cos, sin = math.cos(rotation), math.sin(rotation)
    path = []
    for i in range(points + 1):
        a = start + (end - start) * i / points
        x, y = rx * math.cos(a), ry * math.sin(a)
        path.append((cx + x * cos - y * sin, cy + x * sin + y * cos))
    return path


def closed(path: list[Point]) -> list[Point]:
    """The path with its first points repeated, so a thick stroke joins without a notch."""
    return path + path[:2]


def place(
    outline: Sequence[Point], center: Point, radius: float, squash: float = 1.0, rotation: float = 0.0
) -> list[Point]:
    """A unit outline scaled to `radius`, turned, squashed vertically and moved to `center`."""
    cos, sin = math.cos(rotation), math.sin(rotation)
    cx, cy = center
    return [(cx + radius * (x * cos - y * sin), cy + radius * squash * (x * sin + y * cos)) for x, y in outline]


def shrink(points: Sequence[Point], center: Point, factor: float, shift: Point = (0.0, 0.0)) -> list[Point]:
    cx, cy = center
    return [(cx + (x - cx) * factor + shift[0], cy + (y - cy) * factor + shift[1]) for x, y in points]


def toward_light(points: Sequence[Point], distance: float) -> list[Point]:
    dx, dy = LIGHT[0] * distance, LIGHT[1] * distance
    return [(x + dx, y + dy) for x, y in points]


def points_along(path: Sequence[Point], spacing: float) -> list[tuple[Point, float]]:
    """Evenly spaced points on a polyline, each with the path's direction there."""
    xy = np.asarray(path, dtype=float)
    lengths = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))])
    stations = np.arange(spacing / 2, lengths[-1], spacing)
    xs, ys = np.interp(stations, lengths, xy[:, 0]), np.interp(stations, lengths, xy[:, 1])
    segment = np.clip(np.searchsorted(lengths, stations) - 1, 0, len(xy) - 2)
    dx, dy = np.diff(xy, axis=0)[segment].T
    return [((x, y), a) for x, y, a in zip(xs.tolist(), ys.tolist(), np.arctan2(dy, dx).tolist())]


def hanging_path(top: float, half_width: float, depth: float, v_shape: float, points: int = 60) -> list[Point]:
    """A chain hanging from two points at the top into a U (v_shape 0) or a V (v_shape 1)."""
    path = []
    for i in range(points + 1):
        t = -math.pi / 2 + math.pi * i / points
        sag = (1 - v_shape) * math.cos(t) + v_shape * (1 - abs(t) / (math.pi / 2)) ** 1.2
        path.append((0.5 + half_width * math.sin(t), top + depth * sag))
    return path


# --- shading primitives ------------------------------------------------------------------

# A round wire is stacked strokes: (width fraction, tone, shift towards the light in widths).
TUBE_LAYERS = ((1.0, 0.08, 0.0), (0.8, 0.34, 0.05), (0.55, 0.6, 0.12), (0.3, 0.84, 0.18), (0.12, 1.0, 0.2))
# A domed plate is stacked shrinking copies of its outline: (scale, tone).
DOME_LAYERS = ((1.0, 0.1), (0.92, 0.35), (0.78, 0.55), (0.6, 0.72), (0.4, 0.86), (0.2, 0.97))
ANNULUS_POINTS = 48
SPHERE_LAYERS = 7
BAND_SWEEP_STEPS = 7
BAND_FAR_TONE, BAND_NEAR_TONE = 0.2, 0.5


def ellipse_tube(
    canvas: Canvas, center: Point, rx: float, ry: float, width: float, metal: Metal, dim: float = 1.0
) -> None:
    """A round metal wire bent into an ellipse."""
    for fraction, tone, shift in TUBE_LAYERS:
        (x, y), = toward_light([center], shift * width)
        canvas.annulus((x, y), rx, ry, width * fraction, metal.tone(tone * dim))


def tube(
    canvas: Canvas, path: list[Point], width: float, metal: Metal, dim: float = 1.0, round_joints: bool = False
) -> None:
    """A round metal wire along `path`."""
    for fraction, tone, shift in TUBE_LAYERS:
        canvas.line(toward_light(path, shift * width), metal.tone(tone * dim), width * fraction, round_joints)


def dome(canvas: Canvas, outline: list[Point], metal: Metal) -> None:
    """A polished metal shape, domed towards the light."""
    cx = sum(x for x, _ in outline) / len(outline)
    cy = sum(y for _, y in outline) / len(outline)
    radius = max(math.hypot(x - cx, y - cy) for x, y in outline)
    for scale, tone in DOME_LAYERS:
        shift = (1 - scale) * radius * 0.45
        canvas.polygon(shrink(outline, (cx, cy), scale, (LIGHT[0] * shift, LIGHT[1] * shift)), metal.tone(tone))


def sphere(canvas: Canvas, center: Point, radius: float, color_at: Callable[[float], RGB]) -> None:
    """A shaded ball: concentric discs, smaller and lighter towards the light."""
    for i in range(SPHERE_LAYERS):
        t = i / (SPHERE_LAYERS - 1)
        r = radius * (1 - 0.82 * t)
        shift = (radius - r) * 0.5
        canvas.disc((center[0] + LIGHT[0] * shift, center[1] + LIGHT[1] * shift), r, color_at(t))
    glint = radius * 0.55
    canvas.disc((center[0] + LIGHT[0] * glint, center[1] + LIGHT[1] * glint), radius * 0.12, WHITE)


def swept_band(
    canvas: Canvas, metal: Metal, center: Point, rx: float, ry: float, wire: float, depth: Point, dim: float = 1.0
) -> None:
    """A band with visible width: its rim swept from the far edge (offset by `depth`) to the near edge."""
    for k in range(BAND_SWEEP_STEPS):
        far = 1 - k / BAND_SWEEP_STEPS
        tone = BAND_FAR_TONE + (BAND_NEAR_TONE - BAND_FAR_TONE) * (1 - far)
        canvas.annulus((center[0] + depth[0] * far, center[1] + depth[1] * far), rx, ry, wire, metal.tone(tone * dim))
    ellipse_tube(canvas, center, rx, ry, wire, metal, dim)


def link_chain(canvas: Canvas, path: list[Point], link: float, metal: Metal, dim: float = 1.0) -> None:
    """Oval links along `path`, alternately seen face-on and edge-on."""
    wire = link * 0.2
    dark, light = metal.tone(0.12 * dim), metal.tone(0.85 * dim)
    for i, (point, angle) in enumerate(points_along(path, link * 0.78)):
        if i % 2 == 0:
            ring = closed(ellipse_path(point, link * 0.55, link * 0.3, points=12, rotation=angle))
            canvas.line(ring, dark, wire)
            canvas.line(toward_light(ring, wire * 0.3), light, wire * 0.45)
        else:
            dx, dy = math.cos(angle) * link * 0.5, math.sin(angle) * link * 0.5
            bar = [(point[0] - dx, point[1] - dy), (point[0] + dx, point[1] + dy)]
            canvas.line(bar, dark, wire * 1.5)
            canvas.line(toward_light(bar, wire * 0.3), light, wire * 0.6)


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


# --- design details ----------------------------------------------------------------------

# Two items of the same category, metal and stone are still two products, and a shop's photos
# of them differ: each item's id seeds its own design (proportions, wire, stone size, prongs,
# accent stones, an ornament along its metal), so no two items are drawn alike. The shot's
# seed moves only the pose; the category, metal and stone colour stay the item's own.
ORNAMENTS = ("plain", "milgrain", "engraved", "twisted", "beaded")
WIRE_RANGE = (0.75, 1.4)  # band, hoop and link thickness, times the category's own
STONE_SIZE_RANGE = (0.8, 1.22)  # the main stone or motif, times the category's own
PROPORTION_RANGE = (0.8, 1.2)  # widths and lengths of loops, drops and bars
MAX_ACCENT_PAIRS = 3  # accent stones (metal beads on a piece without stones) beside the main one
EXTRA_COUNT_RANGE = (-1, 2)  # stations, charms, petals and points, added to the category's own
PRONG_COUNTS = (4, 6)


@dataclass(frozen=True)
class Design:
    wire: float
    stone_size: float
    width: float
    length: float
    ornament: str
    accent_pairs: int
    extra_count: int
    prongs: int
    bezel: bool  # a metal rim rather than prongs, where the category allows either

    @classmethod
    def of(cls, item: Item) -> Design:
        rng = random.Random(f"design:{item.id}")
        return cls(
            wire=rng.uniform(*WIRE_RANGE),
            stone_size=rng.uniform(*STONE_SIZE_RANGE),
            width=rng.uniform(*PROPORTION_RANGE),
            length=rng.uniform(*PROPORTION_RANGE),
            ornament=rng.choice(ORNAMENTS),
            accent_pairs=rng.randint(0, MAX_ACCENT_PAIRS),
            extra_count=rng.randint(*EXTRA_COUNT_RANGE),
            prongs=rng.choice(PRONG_COUNTS),
            bezel=rng.random() < 0.3,
        )


def ornament(canvas: Canvas, metal: Metal, path: list[Point], wire: float, style: str) -> None:
    """A pattern worked along a metal wire: milgrain dots, engraved notches, a twist, beads."""
    if style == "milgrain":
        for point, _ in points_along(path, wire * 0.75):
            canvas.disc(point, wire * 0.2, metal.tone(0.95))
    elif style == "engraved":
        for point, angle in points_along(path, wire * 1.1):
            dx, dy = -math.sin(angle) * wire * 0.4, math.cos(angle) * wire * 0.4
            canvas.line([(point[0] - dx, point[1] - dy), (point[0] + dx, point[1] + dy)], metal.tone(0.05), wire * 0.2)
    elif style == "twisted":
        for point, angle in points_along(path, wire * 0.9):
            a = angle + math.pi / 4
            dx, dy = math.cos(a) * wire * 0.45, math.sin(a) * wire * 0.45
            canvas.line([(point[0] - dx, point[1] - dy), (point[0] + dx, point[1] + dy)], metal.tone(0.15), wire * 0.22)
    elif style == "beaded":
        for point, _ in points_along(path, wire * 1.6):
            sphere(canvas, point, wire * 0.42, metal.tone)


def accents(canvas: Canvas, piece: Piece, path: list[Point], radius: float) -> None:
    """Accent stones at both ends of `path` working inwards, pair by pair; metal beads without a stone."""
    points = points_along(path, radius * 2.6)
    pairs = min(piece.design.accent_pairs, len(points) // 2)
    for k in range(pairs):
        for point, _ in (points[k], points[-1 - k]):
            if piece.stone is None:
                sphere(canvas, point, radius * 0.8, piece.metal.tone)
            else:
                canvas.disc(point, radius * SEAT_RIM, piece.metal.tone(0.3))
                draw_stone(canvas, piece.stone, point, radius)


# --- the pieces --------------------------------------------------------------------------


@dataclass
class Piece:
    """What the drawing needs from an item."""

    metal: Metal
    stone: Stone | None
    carat: float | None
    words: str  # tags and title, lower case: style hints such as "halo" or "hoops"
    rng: random.Random
    design: Design

    def says(self, *words: str) -> bool:
        return any(word in self.words for word in words)


RING_CENTER = (0.5, 0.6)
RING_RADIUS = 0.24
RING_ASPECT = 0.88  # horizontal over vertical radius: the ring is turned a little
RING_DEPTH = (0.055, -0.025)  # where the far rim of the band is
STONE_SQUASH = 0.8  # a stone on a ring is seen from a little above
CATHEDRAL_SHOULDERS = (-2.2, -0.95)  # angles on the band where the arches to the head start
PAVE_SHOULDERS = ((-2.5, -2.0), (-1.15, -0.65))
HALO_DIAMOND = Stone(FACETED, STONE_COLORS["colorless"], "round", fire=True)
RING_FRONT = (0.35, 2.8)  # the near arc of a band, where an ornament shows
RING_SHOULDERS = (-2.75, -0.39)  # the arc across the top of a band, where accents sit


def band_point(angle: float, center: Point = RING_CENTER) -> Point:
    return ellipse_path(center, RING_RADIUS * RING_ASPECT, RING_RADIUS, angle, angle, points=1)[0]


def band_arc(start: float, end: float, center: Point = RING_CENTER) -> list[Point]:
    return ellipse_path(center, RING_RADIUS * RING_ASPECT, RING_RADIUS, start, end, points=24)


def ring_band(canvas: Canvas, piece: Piece, wire: float, depth_scale: float = 1.0) -> Point:
    """The band of an upright ring, in the item's wire and ornament; returns the top of it,
    midway between its rims."""
    wire, depth_scale = wire * piece.design.wire, depth_scale * piece.design.length
    depth = (RING_DEPTH[0] * depth_scale, RING_DEPTH[1] * depth_scale)
    swept_band(canvas, piece.metal, RING_CENTER, RING_RADIUS * RING_ASPECT, RING_RADIUS, wire, depth)
    ornament(canvas, piece.metal, band_arc(*RING_FRONT), wire, piece.design.ornament)
    return RING_CENTER[0] + depth[0] / 2, RING_CENTER[1] - RING_RADIUS + depth[1] / 2


def ring_head(canvas: Canvas, metal: Metal, top: Point, radius: float, height: float) -> Point:
    """A tapered basket rising from the band; returns where the stone sits."""
    x, y = top
    seat = (x, y - height)
    foot, rim = radius * 0.35, radius * 0.75
    dome(canvas, [(x - foot, y), (x + foot, y), (x + rim, seat[1]), (x - rim, seat[1])], metal)
    return seat


def side_stones(canvas: Canvas, metal: Metal, stone: Stone, seat: Point, radius: float) -> None:
    """The two smaller stones of a three-stone ring."""
    for side in (-1, 1):
        center = (seat[0] + side * radius * 1.55, seat[1] + radius * 0.38)
        set_stone(canvas, metal, stone, center, radius * 0.58, STONE_SQUASH)


def halo(canvas: Canvas, metal: Metal, center: Point, radius: float) -> None:
    """A ring of small diamonds around a center stone."""
    ring = ellipse_path(center, radius * 1.28, radius * 1.28 * STONE_SQUASH, points=48)
    canvas.polygon(ring, metal.tone(0.3))
    for point, _ in points_along(ring, radius * 0.34):
        draw_stone(canvas, HALO_DIAMOND, point, radius * 0.15)


def draw_ring(canvas: Canvas, piece: Piece) -> None:
    stackable = piece.says("stackable")
    top = ring_band(canvas, piece, wire=0.022 if stackable else 0.032, depth_scale=0.6 if stackable else 1.0)
    accents(canvas, piece, band_arc(*RING_SHOULDERS), 0.011)
    stone, size = piece.stone, piece.design.stone_size
    if stone is None:
        if piece.says("signet"):
            dome(canvas, place(CUT_OUTLINES["cushion"], (top[0], top[1] - 0.01), 0.075 * size, 0.55), piece.metal)
        return
    if stackable:
        set_stone(canvas, piece.metal, stone, (top[0], top[1] - 0.01), 0.028 * size, STONE_SQUASH, bezel=True)
        return
    radius = (0.085 if piece.says("cocktail") else 0.062) * size
    seat = ring_head(canvas, piece.metal, top, radius, radius * 0.6 * piece.design.length)
    if piece.says("three-stone"):
        side_stones(canvas, piece.metal, stone, seat, radius)
    if piece.says("halo", "cocktail"):
        halo(canvas, piece.metal, seat, radius)
    set_stone(canvas, piece.metal, stone, seat, radius, STONE_SQUASH, bezel=piece.design.bezel, prong_count=piece.design.prongs)


def draw_engagement_ring(canvas: Canvas, piece: Piece) -> None:
    top = ring_band(canvas, piece, wire=0.024, depth_scale=0.7)
    stone = piece.stone
    if stone is None:
        return
    radius = (0.06 + 0.045 * math.sqrt(min(piece.carat or 1.0, 4.0))) * piece.design.stone_size  # grows with carats
    seat = (top[0], top[1] - radius * 1.05 * piece.design.length)
    for angle in CATHEDRAL_SHOULDERS:
        shoulder = band_point(angle)
        arch = [shoulder, ((shoulder[0] + seat[0]) / 2, seat[1] + radius * 0.3), seat]
        tube(canvas, arch, 0.018 * piece.design.wire, piece.metal, round_joints=True)
    if piece.says("pavé", "pave"):
        for start, end in PAVE_SHOULDERS:
            stones_along(canvas, piece.metal, stone, band_arc(start, end), 0.011, 0.03)
    else:
        accents(canvas, piece, band_arc(*RING_SHOULDERS), 0.01)
    seat = ring_head(canvas, piece.metal, top, radius, top[1] - seat[1])
    if piece.says("three-stone"):
        side_stones(canvas, piece.metal, stone, seat, radius)
    if piece.says("halo"):
        halo(canvas, piece.metal, seat, radius)
    set_stone(canvas, piece.metal, stone, seat, radius, STONE_SQUASH, prong_count=piece.design.prongs)


def draw_wedding_band(canvas: Canvas, piece: Piece) -> None:
    wide = piece.says("men's", "6mm", "7mm", "8mm")
    depth_scale = 1.5 if wide else 1.2
    ring_band(canvas, piece, wire=0.05 if wide else 0.04, depth_scale=depth_scale)
    if piece.stone is None:
        return
    # The stones run along the outside of the band, midway between its rims.
    depth_scale *= piece.design.length
    middle = (RING_CENTER[0] + RING_DEPTH[0] * depth_scale / 2, RING_CENTER[1] + RING_DEPTH[1] * depth_scale / 2)
    start, end = (-2.2, 0.3) if piece.says("eternity") else (-1.9, -0.6)
    spacing = 0.034 * piece.design.width
    stones_along(canvas, piece.metal, piece.stone, band_arc(start, end, middle), 0.014 * piece.design.stone_size, spacing)


CHAIN_TOP = -0.2  # chains hang from above the picture, whatever the pose


def draw_necklace(canvas: Canvas, piece: Piece) -> None:
    design = piece.design
    path = hanging_path(CHAIN_TOP, 0.3 * design.width, (0.72 - CHAIN_TOP) * design.length, piece.rng.uniform(0.0, 0.3))
    stone = piece.stone
    if stone is not None and stone.kind == PEARL and not piece.says("station"):
        for point, _ in points_along(path, 0.044 * design.stone_size):
            draw_stone(canvas, stone, point, 0.022 * design.stone_size)
        return
    if stone is not None and piece.says("tennis"):
        stones_along(canvas, piece.metal, stone, path, 0.016 * design.stone_size, 0.038 * design.stone_size)
        return
    link_chain(canvas, path, (0.03 if piece.says("men's") else 0.024) * design.wire, piece.metal)
    if stone is None:
        return
    if piece.says("station"):
        for point, _ in points_along(path, 0.16 * design.length)[1:-1]:
            set_stone(canvas, piece.metal, stone, point, 0.022 * design.stone_size, bezel=True)
        return
    bottom = path[len(path) // 2]
    ellipse_tube(canvas, (bottom[0], bottom[1] + 0.02), 0.012, 0.016, 0.008, piece.metal)
    radius = 0.04 * design.stone_size
    set_stone(canvas, piece.metal, stone, (bottom[0], bottom[1] + 0.02 + radius), radius, bezel=True)


def draw_pendant(canvas: Canvas, piece: Piece) -> None:
    shapes = {"drop": drop_pendant, "heart": heart_pendant, "circle": circle_pendant, "bar": bar_pendant}
    named = [shape for shape in shapes if piece.says(shape)]
    shape = named[0] if named else piece.rng.choice(list(shapes))
    design = piece.design
    chain = hanging_path(CHAIN_TOP, 0.26 * design.width, (0.5 - CHAIN_TOP) * design.length, v_shape=0.75)
    link_chain(canvas, chain, 0.016 * design.wire, piece.metal)
    bail = chain[len(chain) // 2]
    ellipse_tube(canvas, (bail[0], bail[1] + 0.02), 0.014, 0.022, 0.01, piece.metal)
    shapes[shape](canvas, piece, (bail[0], bail[1] + 0.04))


def drop_pendant(canvas: Canvas, piece: Piece, hook: Point) -> None:
    size = 0.12 * piece.design.stone_size
    center = (hook[0], hook[1] + size)
    dome(canvas, place(CUT_OUTLINES["pear"], center, size, squash=piece.design.length), piece.metal)
    if piece.stone is not None:
        draw_stone(canvas, piece.stone, (center[0], center[1] + 0.008), size * 0.79, piece.design.length, cut="pear")


def heart_pendant(canvas: Canvas, piece: Piece, hook: Point) -> None:
    size = 0.12 * piece.design.stone_size
    center = (hook[0], hook[1] + size * 0.92)
    dome(canvas, place(CUT_OUTLINES["heart"], center, size), piece.metal)
    if piece.stone is not None:
        draw_stone(canvas, piece.stone, center, size * 0.71, cut="heart")
    else:
        ornament(canvas, piece.metal, place(CUT_OUTLINES["heart"], center, size * 0.8), 0.02, piece.design.ornament)


def circle_pendant(canvas: Canvas, piece: Piece, hook: Point) -> None:
    """A medallion holding the stone, or an open circle without one."""
    size = 0.1 * piece.design.stone_size
    center = (hook[0], hook[1] + size)
    if piece.stone is None:
        ellipse_tube(canvas, center, size * 0.95, size * 0.95, 0.026 * piece.design.wire, piece.metal)
        ornament(canvas, piece.metal, ellipse_path(center, size * 0.95, size * 0.95, points=40), 0.026, piece.design.ornament)
        return
    dome(canvas, ellipse_path(center, size, size, points=40), piece.metal)
    set_stone(canvas, piece.metal, piece.stone, center, size * 0.6, prong_count=piece.design.prongs)


def bar_pendant(canvas: Canvas, piece: Piece, hook: Point) -> None:
    half, length = 0.03 * piece.design.width, 0.26 * piece.design.length
    x, top, bottom = hook[0], hook[1] + 0.005, hook[1] + length
    dome(canvas, [(x - half, top), (x + half, top), (x + half, bottom), (x - half, bottom)], piece.metal)
    if piece.stone is not None:
        for k in range(max(1, 3 + piece.design.extra_count)):
            draw_stone(canvas, piece.stone, (x, top + 0.05 + k * 0.07), 0.022)
    else:
        ornament(canvas, piece.metal, [(x, top + 0.02), (x, bottom - 0.02)], 0.03, piece.design.ornament)


EARRING_X = (0.31, 0.69)


def draw_earrings(canvas: Canvas, piece: Piece) -> None:
    if piece.says("hoop", "huggie"):
        style = hoop
    elif piece.says("drop", "dangle"):
        style = drop
    elif piece.says("stud"):
        style = stud
    else:
        style = piece.rng.choice((stud, hoop, drop))
    for x in EARRING_X:
        style(canvas, piece, x)


def stud(canvas: Canvas, piece: Piece, x: float) -> None:
    center, size = (x, 0.5), piece.design.stone_size
    canvas.line([(x + 0.03, 0.53), (x + 0.07, 0.6)], piece.metal.tone(0.3), 0.012)  # the post behind
    if piece.stone is None:
        sphere(canvas, center, 0.07 * size, piece.metal.tone)
        return
    if piece.design.accent_pairs:  # a halo of metal beads round the stone
        ornament(canvas, piece.metal, ellipse_path(center, 0.1 * size, 0.1 * size, points=32), 0.02, "beaded")
    set_stone(canvas, piece.metal, piece.stone, center, 0.08 * size, bezel=piece.design.bezel, prong_count=piece.design.prongs)


def hoop(canvas: Canvas, piece: Piece, x: float) -> None:
    center, rx, ry = (x, 0.5), 0.12 * piece.design.width, 0.16 * piece.design.length
    wire = 0.026 * piece.design.wire
    outward = 1 if x > 0.5 else -1  # the pair is turned away from each other
    swept_band(canvas, piece.metal, center, rx, ry, wire, (0.025 * outward, -0.005))
    front = ellipse_path(center, rx, ry, 0.35, 2.8, points=24)
    if piece.stone is not None:
        stones_along(canvas, piece.metal, piece.stone, front, 0.011, 0.03)
    else:
        ornament(canvas, piece.metal, front, wire, piece.design.ornament)


def drop(canvas: Canvas, piece: Piece, x: float) -> None:
    hook = ellipse_path((x, 0.22), 0.035, 0.04, math.pi * 1.05, math.pi * 2.15, points=16)
    stem = 0.32 + 0.06 * (piece.design.length - 1)  # a longer or shorter link to the drop
    tube(canvas, hook + [(x, stem)], 0.01, piece.metal, round_joints=True)
    sphere(canvas, (x, stem + 0.01), 0.016, piece.metal.tone)
    size, top = 0.1 * piece.design.stone_size, stem + 0.01
    if piece.stone is None:
        dome(canvas, place(CUT_OUTLINES["pear"], (x, top + size * 1.4), size, piece.design.width), piece.metal)
    elif piece.stone.kind == FACETED:
        dome(canvas, place(CUT_OUTLINES["pear"], (x, top + size * 1.3), size), piece.metal)
        draw_stone(canvas, piece.stone, (x, top + size * 1.35), size * 0.82, cut="pear")
    else:
        tube(canvas, [(x, top), (x, top + 0.07)], 0.008, piece.metal)
        draw_stone(canvas, piece.stone, (x, top + 0.06 + size * 0.7), size * 0.7)


BRACELET_CENTER, BRACELET_RADII = (0.5, 0.55), (0.34, 0.18)
BRACELET_FRONT = (0.6, 2.54)  # the arc of the loop's front where stations sit
BRACELET_STATIONS = 3


def draw_bracelet(canvas: Canvas, piece: Piece) -> None:
    rx, ry = BRACELET_RADII[0] * piece.design.width, BRACELET_RADII[1] * piece.design.length
    back = ellipse_path(BRACELET_CENTER, rx, ry, math.pi, TAU, points=40)
    front = ellipse_path(BRACELET_CENTER, rx, ry, 0.0, math.pi, points=40)
    if piece.stone is not None and piece.says("tennis"):
        stones_along(canvas, piece.metal, piece.stone, back, 0.016, 0.036)
        stones_along(canvas, piece.metal, piece.stone, front, 0.019, 0.042)
        return
    link = (0.034 if piece.says("men's") else 0.026) * piece.design.wire
    link_chain(canvas, back, link * 0.85, piece.metal, dim=0.85)  # the far side is smaller and darker
    link_chain(canvas, front, link, piece.metal)
    if piece.says("charm"):
        hanging_charms(canvas, piece, BRACELET_CENTER, rx, ry)
    elif piece.stone is not None:
        stations = BRACELET_STATIONS + piece.design.extra_count
        for angle in np.linspace(*BRACELET_FRONT, stations).tolist() if stations > 1 else [math.pi / 2]:
            point = ellipse_path(BRACELET_CENTER, rx, ry, angle, angle, points=1)[0]
            set_stone(canvas, piece.metal, piece.stone, point, 0.034 * piece.design.stone_size, bezel=True)


BANGLE_STONES = (1, 3, 5)


def draw_bangle(canvas: Canvas, piece: Piece) -> None:
    center, rx, ry = (0.5, 0.5), 0.33 * piece.design.width, 0.16 * piece.design.length
    wire = 0.045 * piece.design.wire
    swept_band(canvas, piece.metal, center, rx, ry, wire, (0.0, 0.075))
    ornament(canvas, piece.metal, ellipse_path(center, rx, ry, 0.25, 2.9, points=40), wire, piece.design.ornament)
    if piece.stone is not None:
        stones = BANGLE_STONES[min(piece.design.accent_pairs, len(BANGLE_STONES) - 1)]
        for k in range(stones):
            angle = math.pi / 2 + (k - stones // 2) * 0.32
            point = ellipse_path(center, rx, ry, angle, angle, points=1)[0]
            radius = (0.036 if k == stones // 2 else 0.026) * piece.design.stone_size
            set_stone(canvas, piece.metal, piece.stone, point, radius, bezel=True)


def draw_anklet(canvas: Canvas, piece: Piece) -> None:
    center, rx, ry = (0.5, 0.47), 0.38 * piece.design.width, 0.14 * piece.design.length
    link = 0.02 * piece.design.wire
    link_chain(canvas, ellipse_path(center, rx, ry, math.pi, TAU, points=40), link * 0.85, piece.metal, dim=0.85)
    link_chain(canvas, ellipse_path(center, rx, ry, 0.0, math.pi, points=40), link, piece.metal)
    hanging_charms(canvas, piece, center, rx, ry)


CHARM_ARC = (0.75, 2.39)  # where charms hang on the front of a chain loop
CHARMS = 4


def hanging_charms(canvas: Canvas, piece: Piece, center: Point, rx: float, ry: float) -> None:
    """Small stones, hearts and discs dangling from the front of a chain loop."""
    charms = CHARMS + piece.design.extra_count
    drop_length = 0.035 * piece.design.stone_size
    for k, angle in enumerate(np.linspace(*CHARM_ARC, charms).tolist()):
        x, y = ellipse_path(center, rx, ry, angle, angle, points=1)[0]
        tube(canvas, [(x, y), (x, y + drop_length)], 0.006, piece.metal)
        if piece.stone is not None and k % 2 == 0:
            draw_stone(canvas, piece.stone, (x, y + drop_length + 0.02), 0.024)
        else:
            dome(canvas, place(CUT_OUTLINES["heart" if k % 2 else "round"], (x, y + drop_length + 0.02), 0.026), piece.metal)


def draw_brooch(canvas: Canvas, piece: Piece) -> None:
    shapes = {"flower": flower_brooch, "star": star_brooch, "bow": bow_brooch}
    named = [shape for shape in shapes if piece.says(shape)]
    shapes[named[0] if named else piece.rng.choice(list(shapes))](canvas, piece)


FLOWER_PETALS = 6
BROOCH_ACCENT_ARC = (0.3, math.pi - 0.3)  # accents curve under the centre
STAR_POINTS = 5


def flower_brooch(canvas: Canvas, piece: Piece) -> None:
    center, petals = (0.5, 0.5), FLOWER_PETALS + piece.design.extra_count
    reach, length, breadth = 0.14 * piece.design.length, 0.14 * piece.design.length, 0.075 * piece.design.width
    for k in range(petals):
        angle = TAU * k / petals - math.pi / 2
        petal_center = (center[0] + math.cos(angle) * reach, center[1] + math.sin(angle) * reach)
        dome(canvas, ellipse_path(petal_center, length, breadth, points=24, rotation=angle)[:-1], piece.metal)
    brooch_center(canvas, piece, center, 0.075 * piece.design.stone_size)


def star_brooch(canvas: Canvas, piece: Piece) -> None:
    center, points = (0.5, 0.52), STAR_POINTS + max(0, piece.design.extra_count)
    outer, inner = 0.3 * piece.design.length, 0.13 * piece.design.width
    tips = [(TAU * k / (2 * points) - math.pi / 2, outer if k % 2 == 0 else inner) for k in range(2 * points)]
    dome(canvas, [(center[0] + math.cos(a) * r, center[1] + math.sin(a) * r) for a, r in tips], piece.metal)
    brooch_center(canvas, piece, center, 0.07 * piece.design.stone_size)


def bow_brooch(canvas: Canvas, piece: Piece) -> None:
    x, y = center = (0.5, 0.47)
    tail, loop_size = 0.26 * piece.design.length, 0.15 * piece.design.width
    for side in (-1, 1):
        dome(canvas, [(x, y), (x + side * 0.1, y + tail), (x + side * 0.03, y + tail - 0.04)], piece.metal)  # a tail
        loop = place(CUT_OUTLINES["pear"], (x + side * loop_size, y), loop_size, rotation=side * math.pi / 2)
        dome(canvas, loop, piece.metal)
    brooch_center(canvas, piece, center, 0.055 * piece.design.stone_size)


def brooch_center(canvas: Canvas, piece: Piece, center: Point, radius: float) -> None:
    if piece.stone is None:
        sphere(canvas, center, radius * 0.8, piece.metal.tone)
    else:
        set_stone(canvas, piece.metal, piece.stone, center, radius, bezel=True)
    below = ellipse_path(center, radius * 2.2, radius * 2.2, *BROOCH_ACCENT_ARC, points=24)
    accents(canvas, piece, below, radius * 0.3)


DRAWERS: dict[str, Callable[[Canvas, Piece], None]] = {
    "ring": draw_ring,
    "engagement ring": draw_engagement_ring,
    "wedding band": draw_wedding_band,
    "necklace": draw_necklace,
    "pendant": draw_pendant,
    "earrings": draw_earrings,
    "bracelet": draw_bracelet,
    "bangle": draw_bangle,
    "anklet": draw_anklet,
    "brooch": draw_brooch,
}


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


def draw_piece(item: Item, canvas: Canvas, rng: random.Random) -> None:
    words = " ".join([*item.tags, item.title.lower()])
    metal = METALS.get(item.metal, METALS[DEFAULT_METAL])
    piece = Piece(metal, stone_of(item, words, rng), item.carat, words, rng, Design.of(item))
    DRAWERS.get(item.category, draw_ring)(canvas, piece)


def render_product_shot(item: Item, size: int = 256, seed: int = 0) -> Image.Image:
    """A product photo of `item`, drawn in code: the same item and seed give the same picture."""
    rng = random.Random(f"{item.id}:{seed}")
    canvas = Canvas(size, Pose.sample(rng))
    draw_piece(item, canvas, rng)
    piece = ImageChops.multiply(downsample(canvas, size), light_falloff(size))
    shot = drop_shadow(studio_background(size), piece)
    shot.paste(piece, mask=piece)
    return shot
