"""The pieces: each item's own design details and one drawer per category."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Callable

import numpy as np

from retrieval.catalog import Item
from retrieval.demo.canvas import (
    DEFAULT_METAL, METALS, TAU, Canvas, Metal, Point, dome, ellipse_path, ellipse_tube, hanging_path, link_chain,
    place, points_along, sphere, swept_band, tube
)  # fmt: skip
from retrieval.demo.stones import (
    CUT_OUTLINES, FACETED, PEARL, SEAT_RIM, STONE_COLORS, Stone, draw_stone, set_stone, stone_of, stones_along
)  # fmt: skip

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


def draw_piece(item: Item, canvas: Canvas, rng: random.Random) -> None:
    words = " ".join([*item.tags, item.title.lower()])
    metal = METALS.get(item.metal, METALS[DEFAULT_METAL])
    piece = Piece(metal, stone_of(item, words, rng), item.carat, words, rng, Design.of(item))
    DRAWERS.get(item.category, draw_ring)(canvas, piece)
