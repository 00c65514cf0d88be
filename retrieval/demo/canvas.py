"""Drawing on a supersampled canvas: the metals' colours, the canvas and its pose, paths, and the
shading primitives (round wire, domed plates, spheres, swept bands, chains) the pieces are built of.

Coordinates are fractions of the picture (0..1, y down) of the piece before its pose.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
from PIL import Image, ImageDraw

RGB = tuple[int, int, int]
Point = tuple[float, float]
TAU = 2 * math.pi

SUPERSAMPLE = 3
LIGHT = (-0.6, -0.8)  # unit vector from the piece towards the light: upper left
LIGHT_ANGLE = math.atan2(LIGHT[1], LIGHT[0])

POSE_SCALE = (0.9, 1.06)
POSE_TILT_DEGREES = 10.0
POSE_SHIFT = 0.035
SMALL_STONE_PIXELS = 14  # a stone smaller than this (radius, supersampled) gets no facets

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

def mix(a: RGB, b: RGB, t: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def scaled(color: RGB, factor: float) -> RGB:
    return mix((0, 0, 0), color, factor)


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


