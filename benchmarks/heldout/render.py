"""Product-photo renderer for the held-out catalogs.

Written from scratch for benchmarks/heldout (it shares nothing with Facet's
own demo renderer).  Every photo is drawn with PIL + numpy + scipy:

* the metal parts of a piece are drawn as a binary mask, then shaded as
  polished metal (a height field from the distance transform, a key light
  from the top left, a tinted specular highlight and a soft environment
  band), in the metal's own colour;
* stones, pearls, black beads and bells are drawn on top with their own
  shading;
* the piece is rotated a little, scaled, given a soft contact shadow and
  put on one of several product-photo backgrounds.

Public entry point: ``render(spec, seed) -> PIL.Image`` (RGB, ``size`` px).
``spec`` keys: kind, metal, stone (or None), stone_color (optional override),
style (optional kind-specific variant), background (optional).
"""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from scipy import ndimage

S = 640  # working canvas; photos are downsampled to ``size`` (default 320)

# --- colours -----------------------------------------------------------------

METAL_RGB = {
    # deliberately separated tones: yellow is warm and saturated, rose is a
    # pink copper, white gold a bright warm white, platinum a darker neutral
    # grey, silver a cool bluish white.
    "yellow22": (226, 170, 52),
    "yellow18": (224, 183, 86),
    "yellow14": (214, 182, 104),
    "plated": (232, 188, 78),
    "rose": (214, 132, 112),
    "white": (232, 230, 222),
    "platinum": (172, 174, 178),
    "silver": (204, 210, 222),
}

STONE_RGB = {
    "diamond": (236, 242, 248),
    "cz": (240, 244, 250),
    "moissanite": (236, 242, 246),
    "lab diamond": (236, 242, 248),
    "ruby": (196, 18, 48),
    "emerald": (18, 138, 72),
    "sapphire": (28, 58, 168),
    "pink sapphire": (236, 108, 160),
    "yellow sapphire": (238, 200, 40),
    "pearl": (242, 234, 218),
    "kundan": (246, 246, 238),
    "polki": (214, 212, 200),
    "garnet": (118, 14, 30),
    "amethyst": (138, 66, 172),
    "opal": (222, 228, 232),
    "topaz": (78, 158, 222),
    "aquamarine": (150, 208, 224),
    "peridot": (156, 198, 46),
    "coral": (232, 94, 62),
    "hessonite": (196, 110, 40),
    "cats eye": (170, 168, 110),
    "onyx": (22, 22, 26),
    "black bead": (16, 16, 18),
}

COLOR_WORD_RGB = {
    "red": (196, 18, 48), "green": (18, 138, 72), "blue": (28, 58, 168),
    "pink": (236, 108, 160), "white": (238, 242, 248), "purple": (138, 66, 172),
    "yellow": (238, 200, 40), "black": (22, 22, 26), "sky blue": (96, 170, 226),
    "orange": (232, 120, 40),
}

NAVRATNA = ["ruby", "pearl", "coral", "emerald", "yellow sapphire", "diamond",
            "sapphire", "hessonite", "cats eye"]

WHITE_STONES = {"diamond", "cz", "moissanite", "lab diamond", "kundan", "polki"}


def metal_rgb(metal: str) -> tuple:
    return METAL_RGB[metal]


# --- geometry helpers ----------------------------------------------------------

def ellipse_pts(cx, cy, rx, ry, rot=0.0, n=64, a0=0.0, a1=2 * math.pi):
    pts = []
    c, s = math.cos(rot), math.sin(rot)
    for i in range(n + 1):
        t = a0 + (a1 - a0) * i / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((cx + x * c - y * s, cy + x * s + y * c))
    return pts


def poly_line(draw, pts, width, fill=255):
    draw.line(pts, fill=fill, width=int(width), joint="curve")
    r = width / 2
    for x, y in (pts[0], pts[-1]):
        draw.ellipse([x - r, y - r, x + r, y + r], fill=fill)


def path_length(pts):
    return sum(math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1))


def resample(pts, step):
    """Points every ``step`` px along a polyline, with tangent angles."""
    out = []
    acc = 0.0
    nxt = 0.0
    for i in range(len(pts) - 1):
        (x0, y0), (x1, y1) = pts[i], pts[i + 1]
        seg = math.dist((x0, y0), (x1, y1))
        if seg == 0:
            continue
        ang = math.atan2(y1 - y0, x1 - x0)
        while nxt <= acc + seg:
            f = (nxt - acc) / seg
            out.append((x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, ang))
            nxt += step
        acc += seg
    return out


def catenary(x0, x1, ytop, depth, n=80, sharp=1.0):
    pts = []
    for i in range(n + 1):
        t = i / n
        x = x0 + (x1 - x0) * t
        u = 2 * t - 1
        y = ytop + depth * (1 - abs(u) ** (2.0 * sharp))
        pts.append((x, y))
    return pts


# --- shading -----------------------------------------------------------------------

def shade_metal(mask: np.ndarray, rgb, half_width: float, rng: random.Random,
                engrave: np.ndarray | None = None) -> np.ndarray:
    """Polished-metal RGB for every pixel of ``mask`` (float 0..1, HxW)."""
    m = mask > 0.5
    dist = ndimage.distance_transform_edt(m)
    h = np.sqrt(np.clip(dist / max(half_width, 1.0), 0, 1))
    h = ndimage.gaussian_filter(h, 1.2)
    if engrave is not None:
        h = h - 0.35 * engrave
    gy, gx = np.gradient(h * half_width * 0.9)
    nz = np.ones_like(h)
    norm = np.sqrt(gx * gx + gy * gy + nz)
    nx, ny, nz = -gx / norm, -gy / norm, nz / norm
    L = np.array([-0.45, -0.55, 0.70])
    L = L / np.linalg.norm(L)
    lam = np.clip(nx * L[0] + ny * L[1] + nz * L[2], 0, 1)
    H = L + np.array([0, 0, 1.0])
    H = H / np.linalg.norm(H)
    spec = np.clip(nx * H[0] + ny * H[1] + nz * H[2], 0, 1) ** 40
    # environment: a soft darker band across the piece, like a studio reflector
    yy, xx = np.mgrid[0:mask.shape[0], 0:mask.shape[1]]
    phase = rng.uniform(0, 2 * math.pi)
    env = 0.92 + 0.08 * np.sin((xx * 0.6 + yy) / 55.0 + phase)
    base = np.array(rgb, dtype=np.float32) / 255.0
    col = base[None, None, :] * (0.50 + 0.62 * lam)[..., None] * env[..., None]
    tint = 0.55 * base + 0.45
    col = col + (0.75 * spec)[..., None] * tint[None, None, :]
    # rim darkening keeps the outline readable on white backgrounds
    rim = np.clip(1.0 - dist / 2.5, 0, 1) * m
    col = col * (1 - 0.35 * rim)[..., None]
    return np.clip(col, 0, 1)


# --- stones ---------------------------------------------------------------------------

def _shade(rgb, f):
    return tuple(int(max(0, min(255, c * f))) for c in rgb)


def _mix(a, b, t):
    return tuple(int(a[i] * (1 - t) + b[i] * t) for i in range(3))


def draw_gem(d: ImageDraw.ImageDraw, x, y, r, rgb, cut="round", rng=None,
             kind="faceted", rot=0.0):
    rng = rng or random.Random(0)
    if kind == "pearl":
        for i in range(12, 0, -1):
            t = i / 12
            c = _mix(_shade(rgb, 0.78), rgb, 1 - t)
            rr = r * t
            ox, oy = -r * 0.25 * (1 - t), -r * 0.25 * (1 - t)
            d.ellipse([x + ox - rr, y + oy - rr, x + ox + rr, y + oy + rr], fill=c)
        hr = r * 0.22
        d.ellipse([x - r * 0.42 - hr, y - r * 0.42 - hr, x - r * 0.42 + hr, y - r * 0.42 + hr],
                  fill=(255, 255, 255))
        return
    if kind == "bead":
        d.ellipse([x - r, y - r, x + r, y + r], fill=rgb)
        hr = r * 0.3
        d.ellipse([x - r * 0.35 - hr, y - r * 0.4 - hr, x - r * 0.35 + hr, y - r * 0.4 + hr],
                  fill=_mix(rgb, (255, 255, 255), 0.55))
        return
    if kind == "kundan":
        # flat foil-backed glass in a gold rim: mirror white with a soft sheen
        pts = ellipse_pts(x, y, r, r * 0.92, rot, 7 if cut == "polki" else 24)
        d.polygon(pts, fill=_shade(rgb, 0.86))
        inner = ellipse_pts(x - r * 0.1, y - r * 0.1, r * 0.62, r * 0.55, rot, 24)
        d.polygon(inner, fill=rgb)
        d.line([(x - r * 0.5, y - r * 0.1), (x - r * 0.05, y - r * 0.55)], fill=(255, 255, 255),
               width=max(1, int(r * 0.18)))
        return
    if kind == "opal":
        d.ellipse([x - r, y - r * 0.8, x + r, y + r * 0.8], fill=rgb)
        for _ in range(7):
            c = rng.choice([(120, 200, 170), (240, 150, 120), (140, 160, 240), (240, 220, 120)])
            px, py = x + rng.uniform(-0.6, 0.6) * r, y + rng.uniform(-0.5, 0.5) * r
            pr = r * rng.uniform(0.12, 0.25)
            d.ellipse([px - pr, py - pr, px + pr, py + pr], fill=c)
        return
    # faceted stone: outline + alternating light/dark facets + table + sparkle
    n = 8 if cut in ("round", "oval", "cushion") else 6
    ry = r * (0.75 if cut in ("oval", "pear", "marquise") else 1.0)
    outer = ellipse_pts(x, y, r, ry, rot, 4 if cut in ("princess", "cushion") else 32)
    if cut in ("princess", "cushion"):
        outer = ellipse_pts(x, y, r * 1.1, ry * 1.1, rot + math.pi / 4, 4)
    d.polygon(outer, fill=_shade(rgb, 0.55))
    white = rgb[0] > 200 and rgb[1] > 200 and rgb[2] > 200
    for i in range(n * 2):
        a0 = rot + 2 * math.pi * i / (n * 2)
        a1 = rot + 2 * math.pi * (i + 1) / (n * 2)
        p0 = (x + r * 0.92 * math.cos(a0), y + ry * 0.92 * math.sin(a0))
        p1 = (x + r * 0.92 * math.cos(a1), y + ry * 0.92 * math.sin(a1))
        f = 1.05 if i % 2 == 0 else 0.72
        if white:
            f = 1.0 if i % 2 == 0 else 0.80
        c = _shade(rgb, f)
        if white and i % 5 == 0:
            c = (200, 210, 226)
        d.polygon([(x, y), p0, p1], fill=c)
    t = 0.48
    table = ellipse_pts(x, y, r * t, ry * t, rot + math.pi / 8, 8)
    d.polygon(table, fill=_mix(rgb, (255, 255, 255), 0.25 if not white else 0.5))
    # sparkle
    sr = max(1.5, r * 0.28)
    sx, sy = x - r * 0.32, y - ry * 0.32
    d.polygon([(sx - sr, sy), (sx, sy - sr * 0.25), (sx + sr, sy), (sx, sy + sr * 0.25)],
              fill=(255, 255, 255))
    d.polygon([(sx, sy - sr), (sx + sr * 0.25, sy), (sx, sy + sr), (sx - sr * 0.25, sy)],
              fill=(255, 255, 255))
    if kind == "moissanite":
        for k, c in enumerate([(255, 120, 120), (120, 255, 160), (140, 160, 255)]):
            px = x + r * (0.15 + 0.15 * k)
            py = y + ry * 0.25
            d.ellipse([px - 1.5, py - 1.5, px + 1.5, py + 1.5], fill=c)


# --- the Piece: metal mask + stones list ------------------------------------------

class Piece:
    def __init__(self):
        self.mask = Image.new("L", (S, S), 0)
        self.md = ImageDraw.Draw(self.mask)
        self.engrave = Image.new("L", (S, S), 0)
        self.ed = ImageDraw.Draw(self.engrave)
        self.stones = []  # (x, y, r, stone_name_or_rgb, cut, kind)
        self.under = []   # drawn before metal: (callable)
        self.half_width = 10.0

    def stone(self, x, y, r, name, cut="round"):
        self.stones.append((x, y, r, name, cut))

    # convenience shapes
    def band(self, cx, cy, rx, ry, w, rot=0.0, a0=0.0, a1=2 * math.pi):
        if rot == 0.0:
            box = [cx - rx - w / 2, cy - ry - w / 2, cx + rx + w / 2, cy + ry + w / 2]
            if a1 - a0 >= 2 * math.pi - 1e-6:
                self.md.ellipse(box, outline=255, width=int(w))
            else:
                self.md.arc(box, math.degrees(a0), math.degrees(a1), fill=255, width=int(w))
                for a in (a0, a1):  # rounded ends
                    self.disc(cx + rx * math.cos(a), cy + ry * math.sin(a), w / 2)
            return
        pts = ellipse_pts(cx, cy, rx, ry, rot, 96, a0, a1)
        poly_line(self.md, pts, w)

    def disc(self, x, y, r):
        self.md.ellipse([x - r, y - r, x + r, y + r], fill=255)

    def link_chain(self, pts, link=14, wire=4, style="cable"):
        """Chain of interlocking oval links along ``pts``."""
        for i, (x, y, ang) in enumerate(resample(pts, link * 0.9)):
            if style == "box":
                c, s = math.cos(ang), math.sin(ang)
                hw = link * 0.45
                q = [(x + (-hw) * c - (-hw) * s, y + (-hw) * s + (-hw) * c),
                     (x + hw * c - (-hw) * s, y + hw * s + (-hw) * c),
                     (x + hw * c - hw * s, y + hw * s + hw * c),
                     (x + (-hw) * c - hw * s, y + (-hw) * s + hw * c)]
                self.md.line(q + [q[0]], fill=255, width=int(wire))
            elif i % 2 == 0 or style == "curb":
                e = ellipse_pts(x, y, link * 0.62, link * 0.36, ang + (0.35 if style == "curb" else 0), 20)
                self.md.line(e, fill=255, width=int(wire))
            else:
                c, s = math.cos(ang), math.sin(ang)
                self.md.line([(x - link * 0.55 * c, y - link * 0.55 * s),
                              (x + link * 0.55 * c, y + link * 0.55 * s)], fill=255, width=int(wire * 1.4))

    def rope(self, pts, w):
        poly_line(self.md, pts, w)
        for (x, y, ang) in resample(pts, w * 0.7):
            c, s = math.cos(ang + 0.9), math.sin(ang + 0.9)
            self.ed.line([(x - w * 0.45 * c, y - w * 0.45 * s), (x + w * 0.45 * c, y + w * 0.45 * s)],
                         fill=255, width=2)


# --- kinds -----------------------------------------------------------------------------

def _stone_name(spec):
    return spec.get("stone")


def k_ring(p: Piece, spec, rng):
    st = spec.get("style", "solitaire")
    stone = _stone_name(spec)
    cx, cy = S / 2, S / 2 + 40
    R = 150
    if st in ("band", "wedding", "plain", "signet", "mens"):
        # band seen at an angle: outer ellipse, inner ellipse shifted down
        w = 58 if st in ("wedding", "mens", "signet") else 40
        p.md.ellipse([cx - R, cy - R * 0.95, cx + R, cy + R * 0.95], fill=255)
        p.md.ellipse([cx - R + 26, cy - R * 0.95 + w, cx + R - 26, cy + R * 0.95 - 18], fill=0)
        p.half_width = 22
        if st == "signet":
            p.md.ellipse([cx - 80, cy - R - 50, cx + 80, cy - R + 50], fill=255)
            p.ed.ellipse([cx - 60, cy - R - 34, cx + 60, cy - R + 34], outline=255, width=5)
            if stone:
                p.stone(cx, cy - R, 44, stone, "oval")
        elif st == "mens" and stone:
            p.md.rectangle([cx - 60, cy - R - 40, cx + 60, cy - R + 40], fill=255)
            p.stone(cx, cy - R, 40, stone, "cushion")
        elif stone:
            for i in range(-3, 4):
                a = -math.pi / 2 + i * 0.22
                p.stone(cx + R * 0.92 * math.cos(a), cy + R * 0.92 * math.sin(a) + 14, 11, stone)
        return
    if st == "toe":
        R = 110
        p.band(cx, cy, R, R * 0.9, 18, 0, math.radians(110), math.radians(430))
        p.half_width = 8
        for i in range(5):
            a = -math.pi / 2 + (i - 2) * 0.25
            p.disc(cx + R * math.cos(a), cy + R * 0.9 * math.sin(a), 13)
        if stone:
            p.stone(cx, cy - R * 0.9, 16, stone)
        return
    # ring with a head: shank + setting
    w = 22 if st != "cocktail" else 28
    p.band(cx, cy, R, R * 0.98, w)
    p.half_width = 10
    top = cy - R * 0.98
    if st in ("solitaire", "engagement"):
        r = 44
        for a in (-0.9, -0.3, 0.3, 0.9):  # prongs
            p.md.line([(cx + 28 * math.sin(a) * 1.6, top + 10), (cx + r * 0.95 * math.sin(a) * 1.05, top - r - 4 + 20 * abs(a))],
                      fill=255, width=9)
        p.md.polygon([(cx - 30, top + 14), (cx + 30, top + 14), (cx + 18, top - 12), (cx - 18, top - 12)], fill=255)
        if stone:
            p.stone(cx, top - r + 8, r, stone, spec.get("cut", "round"))
        if spec.get("halo"):
            for i in range(14):
                a = 2 * math.pi * i / 14
                p.stone(cx + (r + 12) * math.cos(a), top - r + 8 + (r + 12) * math.sin(a), 8, "diamond")
    elif st == "cocktail":
        p.md.ellipse([cx - 80, top - 90, cx + 80, top + 40], fill=255)
        if stone == "navratna":
            for i, nm in enumerate(NAVRATNA[1:]):
                a = 2 * math.pi * i / 8
                p.stone(cx + 52 * math.cos(a), top - 25 + 46 * math.sin(a), 16, nm)
            p.stone(cx, top - 25, 24, "ruby")
        elif stone:
            p.stone(cx, top - 25, 50, stone, "oval")
            for i in range(16):
                a = 2 * math.pi * i / 16
                p.stone(cx + 68 * math.cos(a), top - 25 + 54 * math.sin(a), 8,
                        "diamond" if stone not in WHITE_STONES else stone)
    elif st == "flower":
        for i in range(6):
            a = 2 * math.pi * i / 6
            p.disc(cx + 30 * math.cos(a), top - 20 + 30 * math.sin(a), 24)
            if stone:
                p.stone(cx + 30 * math.cos(a), top - 20 + 30 * math.sin(a), 14, stone)
        p.disc(cx, top - 20, 20)
        if stone:
            p.stone(cx, top - 20, 14, stone if stone in WHITE_STONES else "diamond")
    elif st == "stacking":
        if stone:
            for i in range(-4, 5):
                a = -math.pi / 2 + i * 0.13
                p.stone(cx + R * math.cos(a), cy + R * 0.98 * math.sin(a), 8, stone)
    elif st == "trilogy":
        for dx, r in ((-44, 24), (0, 34), (44, 24)):
            p.disc(cx + dx, top - 14 + (8 if dx else 0), r + 5)
            if stone:
                p.stone(cx + dx, top - 14 + (8 if dx else 0), r, stone)
    else:  # simple bezel ring
        p.md.ellipse([cx - 40, top - 58, cx + 40, top + 22], fill=255)
        if stone:
            p.stone(cx, top - 18, 30, stone)


def k_bangle(p: Piece, spec, rng):
    st = spec.get("style", "single")
    stone = _stone_name(spec)
    n = {"pair": 2, "set": 4}.get(st, 1)
    squash = rng.uniform(0.55, 0.8)
    for i in range(n):
        cx = S / 2 + (i - (n - 1) / 2) * 28
        cy = S / 2 + (i - (n - 1) / 2) * 14
        p.band(cx, cy, 215, 215 * squash, 20)
        if stone:
            for k in range(18):
                a = math.pi * 0.1 + math.pi * 0.8 * k / 17
                p.stone(cx + 215 * math.cos(a), cy + 215 * squash * math.sin(a), 9, stone)
    p.half_width = 9
    if st == "carved":
        for k in range(60):
            a = 2 * math.pi * k / 60
            x, y = S / 2 + 215 * math.cos(a), S / 2 + 215 * squash * math.sin(a)
            p.ed.ellipse([x - 4, y - 4, x + 4, y + 4], fill=255)


def k_kada(p: Piece, spec, rng):
    stone = _stone_name(spec)
    squash = rng.uniform(0.62, 0.82)
    cx, cy = S / 2, S / 2
    R = 200
    open_ = spec.get("style") in ("open", "lion")
    a0, a1 = (math.radians(110), math.radians(430)) if open_ else (0, 2 * math.pi)
    p.band(cx, cy, R, R * squash, 62, 0, a0, a1)
    p.half_width = 26
    # grooves
    for k in range(0, 90):
        a = a0 + (a1 - a0) * k / 90
        x, y = cx + R * math.cos(a), cy + R * squash * math.sin(a)
        x2, y2 = cx + (R - 24) * math.cos(a), cy + (R - 24) * squash * math.sin(a)
        x3, y3 = cx + (R + 24) * math.cos(a), cy + (R + 24) * squash * math.sin(a)
        p.ed.line([(x2, y2), (x3, y3)], fill=255, width=3) if k % 3 == 0 else None
    if open_:
        for a in (a0, a1):
            x, y = cx + R * math.cos(a), cy + R * squash * math.sin(a)
            p.disc(x, y, 40)
            p.ed.ellipse([x - 22, y - 16, x + 22, y + 16], outline=255, width=4)
    if stone:
        for k in range(9):
            a = math.pi * 0.25 + math.pi * 0.5 * k / 8
            p.stone(cx + R * math.cos(a), cy + R * squash * math.sin(a), 14, stone)


def k_cuff(p: Piece, spec, rng):
    stone = _stone_name(spec)
    squash = rng.uniform(0.6, 0.8)
    cx, cy = S / 2, S / 2
    a0, a1 = math.radians(120), math.radians(420)
    p.band(cx, cy, 200, 200 * squash, 44, 0, a0, a1)
    p.half_width = 18
    if stone:
        for k in range(7):
            a = math.pi * 0.3 + math.pi * 0.4 * k / 6
            p.stone(cx + 200 * math.cos(a), cy + 200 * squash * math.sin(a), 12, stone)


def k_bracelet(p: Piece, spec, rng):
    st = spec.get("style", "chain")
    stone = _stone_name(spec)
    cx, cy = S / 2, S / 2 + 10
    pts = ellipse_pts(cx, cy, 215, 150, rng.uniform(-0.2, 0.2), 120, math.radians(100), math.radians(440))
    if st == "tennis":
        for (x, y, ang) in resample(pts, 26):
            p.disc(x, y, 14)
            p.stones.append((x, y, 10, stone or "diamond", "round"))
        p.half_width = 6
    elif st == "bead":
        for i, (x, y, ang) in enumerate(resample(pts, 30)):
            p.disc(x, y, 13)
            if stone and i % 3 == 1:
                p.stones.append((x, y, 12, stone, "round"))
        p.half_width = 10
    elif st == "charm":
        p.link_chain(pts, 20, 5, "cable")
        for i, (x, y, ang) in enumerate(resample(pts, 110)[1:-1]):
            p.md.line([(x, y), (x, y + 26)], fill=255, width=4)
            p.md.polygon([(x, y + 26), (x - 16, y + 40), (x, y + 62), (x + 16, y + 40)], fill=255)
            if stone:
                p.stones.append((x, y + 44, 9, stone, "round"))
        p.half_width = 5
    else:
        p.link_chain(pts, 24 if st == "curb" else 18, 7 if st == "curb" else 5,
                     "curb" if st == "curb" else "cable")
        p.half_width = 4
        if stone:
            for (x, y, ang) in resample(pts, 80)[1:-1]:
                p.disc(x, y, 15)
                p.stones.append((x, y, 11, stone, "round"))
    # clasp
    x, y = pts[0]
    p.md.ellipse([x - 14, y - 10, x + 14, y + 10], outline=255, width=6)


def _neck_path(spec, rng, depth=300, top=90, width=420):
    x0, x1 = S / 2 - width / 2, S / 2 + width / 2
    return catenary(x0, x1, top, depth, 100, rng.uniform(0.8, 1.1))


def k_chain(p: Piece, spec, rng):
    st = spec.get("style", rng.choice(["cable", "curb", "rope", "box"]))
    pts = _neck_path(spec, rng, depth=rng.uniform(360, 430), top=60, width=rng.uniform(380, 460))
    if st == "rope":
        p.rope(pts, 12)
        p.half_width = 6
    else:
        p.link_chain(pts, 20 if st == "curb" else 16, 6 if st == "curb" else 5, st)
        p.half_width = 3
    x, y = pts[0]
    p.md.ellipse([x - 13, y - 9, x + 13, y + 9], outline=255, width=6)


def _pendant_shape(p: Piece, cx, cy, spec, rng, scale=1.0):
    st = spec.get("pendant", "drop")
    stone = _stone_name(spec)
    s = scale
    # bail
    p.md.ellipse([cx - 12 * s, cy - 18 * s, cx + 12 * s, cy + 14 * s], outline=255, width=int(7 * s))
    top = cy + 10 * s
    if st == "heart":
        r = 46 * s
        p.disc(cx - r * 0.55, top + r * 0.9, r * 0.65)
        p.disc(cx + r * 0.55, top + r * 0.9, r * 0.65)
        p.md.polygon([(cx - r * 1.18, top + r * 1.05), (cx + r * 1.18, top + r * 1.05), (cx, top + r * 2.3)], fill=255)
        if stone:
            p.stone(cx, top + r * 1.2, r * 0.55, stone, "round")
        return top + r * 2.3
    if st == "round" or st == "coin":
        r = 52 * s
        p.disc(cx, top + r, r)
        p.ed.ellipse([cx - r * 0.8, top + r * 0.2, cx + r * 0.8, top + r * 1.8], outline=255, width=4)
        if stone:
            p.stone(cx, top + r, r * 0.5, stone)
        return top + 2 * r
    if st == "locket":
        r = 56 * s
        p.md.ellipse([cx - r * 0.8, top, cx + r * 0.8, top + r * 2.1], fill=255)
        p.ed.ellipse([cx - r * 0.6, top + r * 0.25, cx + r * 0.6, top + r * 1.85], outline=255, width=5)
        if stone:
            p.stone(cx, top + r * 1.05, r * 0.28, stone)
        return top + 2.1 * r
    if st == "solitaire":
        r = 30 * s
        p.disc(cx, top + r, r + 6 * s)
        if stone:
            p.stone(cx, top + r, r, stone)
        return top + 2 * r
    if st == "cluster":
        r = 24 * s
        p.disc(cx, top + 60 * s, 62 * s)
        if stone:
            p.stone(cx, top + 60 * s, r * 1.2, stone, "oval")
            for i in range(8):
                a = 2 * math.pi * i / 8
                p.stone(cx + 44 * s * math.cos(a), top + 60 * s + 44 * s * math.sin(a), 11 * s,
                        "diamond" if stone not in WHITE_STONES and stone != "navratna" else
                        (NAVRATNA[i + 1] if stone == "navratna" else stone))
        return top + 122 * s
    if st == "om" or st == "temple":
        r = 50 * s
        p.md.polygon([(cx, top), (cx + r, top + r * 0.9), (cx + r * 0.7, top + r * 2.0),
                      (cx - r * 0.7, top + r * 2.0), (cx - r, top + r * 0.9)], fill=255)
        p.ed.ellipse([cx - r * 0.45, top + r * 0.6, cx + r * 0.45, top + r * 1.5], outline=255, width=5)
        if stone:
            p.stone(cx, top + r * 1.05, r * 0.3, stone)
        return top + 2 * r
    # drop
    r = 40 * s
    p.md.polygon([(cx, top)] + ellipse_pts(cx, top + r * 1.7, r, r, 0, 30, math.radians(-10), math.radians(190))[::-1], fill=255)
    p.disc(cx, top + r * 1.7, r)
    if stone:
        p.stone(cx, top + r * 1.6, r * 0.62, stone, "pear" if stone not in ("pearl",) else "round")
    return top + 2.7 * r


def k_pendant(p: Piece, spec, rng):
    with_chain = spec.get("chain", True)
    if with_chain:
        pts = catenary(S / 2 - 200, S / 2 + 200, 20, 260, 80, 0.9)
        pts = [(x, y) for (x, y) in pts]
        p.link_chain(pts, 12, 4, "cable")
        cx, cy = S / 2, 20 + 260 + 8
        _pendant_shape(p, cx, cy, spec, rng, 1.25)
    else:
        _pendant_shape(p, S / 2, S / 2 - 150, spec, rng, 2.2)
    p.half_width = 8


def k_necklace(p: Piece, spec, rng):
    st = spec.get("style", "haar")
    stone = _stone_name(spec)
    if st == "choker":
        pts = ellipse_pts(S / 2, 150, 220, 230, 0, 100, math.radians(8), math.radians(172))
        poly_line(p.md, pts, 54)
        p.half_width = 20
        for i, (x, y, ang) in enumerate(resample(pts, 30)[1:-1]):
            p.ed.line([(x - 20 * math.sin(ang), y + 20 * math.cos(ang)), (x + 20 * math.sin(ang), y - 20 * math.cos(ang))], fill=255, width=3)
            if stone:
                p.stones.append((x, y, 13, stone, "round"))
            if stone in ("kundan", "polki") and i % 2 == 0:
                p.stones.append((x + 24 * math.sin(ang) * -1, y + 24 * math.cos(ang), 7, "pearl", "pearl"))
        # drops under the collar
        for (x, y, ang) in resample(pts, 44)[1:-1]:
            p.stones.append((x - 34 * math.sin(ang), y + 34 * math.cos(ang), 7, "pearl" if stone in ("kundan", "polki", "pearl") else (stone or "gold"), "pearl"))
        return
    strands = 3 if st == "layered" else 1
    for k in range(strands):
        pts = catenary(S / 2 - 220 + k * 10, S / 2 + 220 - k * 10, 70, 250 + 52 * k, 100, 0.85)
        if st == "beaded" or (stone == "pearl" and st != "diamond"):
            for (x, y, ang) in resample(pts, 22):
                p.stones.append((x, y, 10, "pearl", "pearl"))
            poly_line(p.md, pts, 4)
        else:
            p.link_chain(pts, 16, 5, "cable")
            for j, (x, y, ang) in enumerate(resample(pts, 34)[2:-2]):
                if (st in ("haar", "layered", "diamond", "tennis") or j % 2 == 0):
                    p.disc(x, y, 13 if st != "tennis" else 11)
                    if stone and (st in ("diamond", "tennis") or j % 2 == 0):
                        p.stones.append((x, y, 9 if st != "tennis" else 8, stone, "round"))
    p.half_width = 8
    # centrepiece
    cy = 70 + 250 + 52 * (strands - 1)
    if st in ("haar", "layered", "temple"):
        r = 70
        p.md.polygon(ellipse_pts(S / 2, cy + 40, r, r * 0.9, 0, 8), fill=255)
        p.ed.ellipse([S / 2 - r * 0.7, cy + 40 - r * 0.6, S / 2 + r * 0.7, cy + 40 + r * 0.6], outline=255, width=5)
        if stone:
            p.stone(S / 2, cy + 40, 30, stone, "oval")
            for i in range(6):
                a = 2 * math.pi * i / 6 + 0.5
                p.stone(S / 2 + 50 * math.cos(a), cy + 40 + 44 * math.sin(a), 10, stone if stone != "navratna" else NAVRATNA[i + 1])
        for i in range(-2, 3):
            p.stones.append((S / 2 + i * 24, cy + 40 + r * 0.9 + 14, 8, "pearl", "pearl"))


def k_mangalsutra(p: Piece, spec, rng):
    stone = _stone_name(spec)
    for k in range(2):
        pts = catenary(S / 2 - 215 + k * 14, S / 2 + 215 - k * 14, 50 + k * 6, 290 - k * 8, 100, 0.85)
        poly_line(p.md, pts, 3)
        for j, (x, y, ang) in enumerate(resample(pts, 15)):
            if j % 7 == 3:
                p.disc(x, y, 8)
            else:
                p.stones.append((x, y, 6.5, "black bead", "bead"))
    p.half_width = 5
    cy = 50 + 290 + 10
    style = spec.get("style", "vati")
    if style == "vati":
        for dx in (-32, 32):
            p.disc(S / 2 + dx, cy + 40, 32)
            p.ed.ellipse([S / 2 + dx - 20, cy + 20, S / 2 + dx + 20, cy + 60], outline=255, width=4)
        if stone:
            p.stone(S / 2, cy + 10, 10, stone)
    else:
        spec2 = dict(spec)
        spec2["pendant"] = "cluster" if stone else "drop"
        _pendant_shape(p, S / 2, cy, spec2, rng, 0.9)


def _earring_one(p: Piece, cx, cy, spec, rng, mirror=1):
    st = spec.get("style", "stud")
    stone = _stone_name(spec)
    if st == "stud":
        r = 52
        if stone in ("pearl",):
            p.disc(cx, cy, 22)
            p.stones.append((cx, cy, r * 0.9, "pearl", "pearl"))
        elif spec.get("flower") or stone in ("kundan", "polki", "ruby", "emerald", "cz"):
            for i in range(6):
                a = 2 * math.pi * i / 6
                p.disc(cx + 30 * math.cos(a), cy + 30 * math.sin(a), 26)
                if stone:
                    p.stone(cx + 30 * math.cos(a), cy + 30 * math.sin(a), 15, stone)
            p.disc(cx, cy, 22)
            if stone:
                p.stone(cx, cy, 15, stone if stone in WHITE_STONES else "diamond")
        else:
            p.disc(cx, cy, r * 0.75)
            for a in (0.8, 2.35, 3.9, 5.5):
                p.disc(cx + r * 0.72 * math.cos(a), cy + r * 0.72 * math.sin(a), 8)
            if stone:
                p.stone(cx, cy, r * 0.66, stone)
        return
    if st in ("hoop", "huggie", "bali"):
        R = {"hoop": 95, "huggie": 58, "bali": 80}[st]
        w = {"hoop": 16, "huggie": 24, "bali": 13}[st]
        p.band(cx, cy, R, R, w, 0, math.radians(-80), math.radians(250))
        if stone:
            n = 9 if st != "huggie" else 6
            for k in range(n):
                a = math.radians(20 + 140 * k / (n - 1))
                p.stone(cx + R * math.cos(a), cy + R * math.sin(a), w * 0.45, stone)
        if st == "bali":
            for k in range(7):
                a = math.radians(40 + 100 * k / 6)
                x, y = cx + R * math.cos(a), cy + R * math.sin(a)
                p.stones.append((x, y + 18, 7, "pearl" if stone != "ruby" else "ruby", "pearl" if stone != "ruby" else "round"))
        return
    if st == "jhumka":
        # stud top, short link, dome bell, bead fringe
        p.disc(cx, cy - 90, 30)
        if stone:
            p.stone(cx, cy - 90, 18, stone)
        p.md.line([(cx, cy - 62), (cx, cy - 38)], fill=255, width=8)
        dome = ellipse_pts(cx, cy + 40, 70, 82, 0, 40, math.pi, 2 * math.pi)
        p.md.polygon(dome + [(cx + 72, cy + 44), (cx - 72, cy + 44)], fill=255)
        p.ed.line([(cx - 66, cy + 30), (cx + 66, cy + 30)], fill=255, width=4)
        for k in range(5):
            a = math.pi + math.pi * (k + 0.5) / 5
            p.ed.ellipse([cx + 42 * math.cos(a) - 6, cy + 40 + 50 * math.sin(a) - 6,
                          cx + 42 * math.cos(a) + 6, cy + 40 + 50 * math.sin(a) + 6], fill=255)
        fringe = "pearl" if stone in (None, "pearl", "kundan", "polki", "cz", "diamond") else stone
        for k in range(9):
            x = cx - 64 + 16 * k
            p.md.line([(x, cy + 44), (x, cy + 60)], fill=255, width=3)
            p.stones.append((x, cy + 66, 7.5, fringe, "pearl" if fringe == "pearl" else "round"))
        return
    if st == "chandbali":
        p.disc(cx, cy - 100, 24)
        if stone:
            p.stone(cx, cy - 100, 14, stone)
        outer = ellipse_pts(cx, cy, 80, 70, 0, 40, 0, math.pi)
        inner = ellipse_pts(cx, cy - 6, 46, 36, 0, 40, 0, math.pi)[::-1]
        p.md.polygon(outer + inner, fill=255)
        p.md.line([(cx, cy - 76), (cx, cy - 20)], fill=255, width=6)
        if stone:
            for k in range(7):
                a = math.radians(15 + 150 * k / 6)
                p.stone(cx + 63 * math.cos(a), cy + 53 * math.sin(a), 10, stone)
        for k in range(9):
            a = math.radians(10 + 160 * k / 8)
            p.stones.append((cx + 86 * math.cos(a), cy + 76 * math.sin(a) + 8, 6.5, "pearl", "pearl"))
        return
    # drop / dangler
    p.disc(cx, cy - 100, 22)
    if stone:
        p.stone(cx, cy - 100, 13, stone if stone != "pearl" else "diamond")
    p.md.line([(cx, cy - 80), (cx, cy - 20)], fill=255, width=5)
    if stone == "pearl":
        p.disc(cx, cy - 14, 10)
        p.stones.append((cx, cy + 24, 34, "pearl", "pearl"))
    else:
        r = 38
        p.md.polygon([(cx, cy - 24)] + ellipse_pts(cx, cy + 36, r, r, 0, 30, math.radians(-15), math.radians(195))[::-1], fill=255)
        p.disc(cx, cy + 36, r)
        if stone:
            p.stone(cx, cy + 34, r * 0.68, stone, "pear")


def k_earrings(p: Piece, spec, rng):
    gap = 130 if spec.get("style") in ("stud", "huggie") else 150
    cy = S / 2 + (10 if spec.get("style") not in ("stud",) else 0)
    _earring_one(p, S / 2 - gap, cy, spec, rng)
    _earring_one(p, S / 2 + gap, cy + rng.uniform(-14, 14), spec, rng)
    p.half_width = 9


def k_nosepin(p: Piece, spec, rng):
    stone = _stone_name(spec)
    st = spec.get("style", "stud")
    cx, cy = S / 2, S / 2 - 20
    if st == "nath":
        p.band(cx, cy + 20, 150, 140, 12, 0, math.radians(-60), math.radians(230))
        for k in range(10):
            a = math.radians(10 + 150 * k / 9)
            p.stones.append((cx + 150 * math.cos(a), cy + 20 + 140 * math.sin(a), 9, "pearl", "pearl"))
        p.disc(cx + 150 * math.cos(math.radians(90)), cy + 20 + 140, 26)
        if stone:
            p.stone(cx, cy + 160, 16, stone)
        p.half_width = 6
        return
    # single flower stud, big in frame, with the screw stem going down-right
    p.md.line([(cx + 10, cy + 10), (cx + 70, cy + 190)], fill=255, width=12)
    for k in range(3):
        p.ed.line([(cx + 48 + 7 * k, cy + 130 + 21 * k - 8), (cx + 66 + 7 * k, cy + 130 + 21 * k - 14)], fill=255, width=3)
    if st == "flower":
        for i in range(6):
            a = 2 * math.pi * i / 6
            p.disc(cx + 46 * math.cos(a), cy + 46 * math.sin(a), 38)
            if stone:
                p.stone(cx + 46 * math.cos(a), cy + 46 * math.sin(a), 22, stone)
        p.disc(cx, cy, 32)
        if stone:
            p.stone(cx, cy, 22, stone if stone in WHITE_STONES else "diamond")
    else:
        p.disc(cx, cy, 70)
        if stone:
            p.stone(cx, cy, 56, stone)
    p.half_width = 14


def k_tikka(p: Piece, spec, rng):
    stone = _stone_name(spec)
    cx = S / 2
    p.md.line([(cx, 60), (cx, 300)], fill=255, width=6)
    p.link_chain([(cx, 70), (cx, 300)], 16, 5, "cable")
    p.md.arc([cx - 26, 30, cx + 26, 90], 180, 360, fill=255, width=8)  # hook
    spec2 = dict(spec)
    spec2["pendant"] = "cluster" if stone else "round"
    bottom = _pendant_shape(p, cx, 300, spec2, rng, 1.5)
    for k in range(-3, 4):
        p.stones.append((cx + k * 20, bottom + 12 - abs(k) * 6, 8, "pearl", "pearl"))
    p.half_width = 8


def k_anklet(p: Piece, spec, rng):
    stone = _stone_name(spec)
    pair = spec.get("style", "pair") == "pair"
    n = 2 if pair else 1
    for i in range(n):
        cx = S / 2 + (i - (n - 1) / 2) * 120
        cy = S / 2 + (i - (n - 1) / 2) * 40
        pts = ellipse_pts(cx, cy, 190 if n == 1 else 150, 120 if n == 1 else 110, rng.uniform(-0.3, 0.3), 100,
                          math.radians(95), math.radians(445))
        p.link_chain(pts, 14, 4, "box" if i % 2 else "cable")
        for j, (x, y, ang) in enumerate(resample(pts, 34)[1:-1]):
            if j % 2 == 0 and spec.get("bells", True):
                p.md.line([(x, y), (x, y + 16)], fill=255, width=3)
                p.disc(x, y + 22, 8)  # ghungroo bell
                p.ed.line([(x - 5, y + 24), (x + 5, y + 24)], fill=255, width=2)
            elif stone:
                p.disc(x, y, 10)
                p.stones.append((x, y, 7.5, stone, "round"))
    p.half_width = 4


def k_brooch(p: Piece, spec, rng):
    stone = _stone_name(spec)
    cx, cy = S / 2, S / 2
    st = spec.get("style", "flower")
    p.md.line([(cx - 190, cy + 60), (cx + 190, cy - 60)], fill=255, width=8)  # pin behind
    if st == "bar":
        p.md.rounded_rectangle([cx - 200, cy - 22, cx + 200, cy + 22], 20, fill=255)
        if stone:
            for k in range(-5, 6):
                p.stone(cx + k * 34, cy, 12, stone)
    else:
        for i in range(8 if st == "flower" else 5):
            nn = 8 if st == "flower" else 5
            a = 2 * math.pi * i / nn
            L = 110 if st == "flower" else 150
            p.md.polygon(ellipse_pts(cx + L * 0.55 * math.cos(a), cy + L * 0.55 * math.sin(a), L * 0.55, L * 0.24, a, 24), fill=255)
            if stone:
                p.stone(cx + L * 0.6 * math.cos(a), cy + L * 0.6 * math.sin(a), 13, stone)
        p.disc(cx, cy, 44)
        if stone:
            p.stone(cx, cy, 28, stone)
        p.ed.ellipse([cx - 36, cy - 36, cx + 36, cy + 36], outline=255, width=3)
    p.half_width = 14


KINDS = {
    "ring": k_ring, "engagement ring": k_ring, "wedding band": k_ring, "toe ring": k_ring,
    "bangle": k_bangle, "kada": k_kada, "cuff": k_cuff, "bracelet": k_bracelet,
    "necklace": k_necklace, "choker": k_necklace, "chain": k_chain, "pendant": k_pendant,
    "mangalsutra": k_mangalsutra, "earrings": k_earrings, "jhumka": k_earrings,
    "nose pin": k_nosepin, "maang tikka": k_tikka, "anklet": k_anklet, "brooch": k_brooch,
}

KIND_DEFAULT_STYLE = {
    "engagement ring": "solitaire", "wedding band": "wedding", "toe ring": "toe",
    "jhumka": "jhumka", "choker": "choker",
}


# --- backgrounds ----------------------------------------------------------------------------

def background(kind: str, rng: random.Random, size=S) -> np.ndarray:
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
    if kind == "white":
        bg = np.ones((size, size, 3), np.float32) * 0.985
        bg -= 0.04 * ((xx - 0.5) ** 2 + (yy - 0.5) ** 2)[..., None]
    elif kind == "cream":
        c = np.array([0.965, 0.93, 0.86])
        bg = np.ones((size, size, 3), np.float32) * c
        bg *= (1 - 0.06 * yy)[..., None]
    elif kind == "gradient":
        c0 = np.array(rng.choice([(0.93, 0.90, 0.95), (0.88, 0.93, 0.95), (0.96, 0.92, 0.88), (0.90, 0.94, 0.90)]))
        c1 = c0 * 0.78
        t = np.clip(0.6 * yy + 0.4 * xx, 0, 1)[..., None]
        bg = c0 * (1 - t) + c1 * t
    elif kind == "velvet":
        c = np.array(rng.choice([(0.16, 0.05, 0.08), (0.05, 0.08, 0.20), (0.07, 0.07, 0.08), (0.04, 0.14, 0.10)]))
        n = ndimage.gaussian_filter(np.random.default_rng(rng.randrange(1 << 30)).normal(0, 1, (size, size)), 1.5)
        v = 1.0 + 0.12 * n - 0.25 * ((xx - 0.45) ** 2 + (yy - 0.4) ** 2)
        bg = c[None, None, :] * v[..., None] * 1.25
    else:  # marble
        g = np.random.default_rng(rng.randrange(1 << 30))
        n1 = ndimage.gaussian_filter(g.normal(0, 1, (size, size)), 40)
        n2 = ndimage.gaussian_filter(g.normal(0, 1, (size, size)), 12)
        n1 = n1 / (n1.std() + 1e-6)
        n2 = n2 / (n2.std() + 1e-6)
        ang = rng.uniform(0, math.pi)
        u = xx * math.cos(ang) + yy * math.sin(ang)
        t = u * 2.2 + 0.30 * n1 + 0.06 * n2
        veins = np.abs(t - np.round(t))
        v = 0.955 - 0.22 * np.exp(-(veins / 0.012) ** 2) - 0.05 * np.exp(-(veins / 0.06) ** 2)
        v += 0.015 * n2
        v = ndimage.gaussian_filter(v, 0.8)
        bg = np.stack([v, v * 0.992, v * 0.985], -1)
    return np.clip(bg, 0, 1).astype(np.float32)


BACKGROUNDS = ["white", "cream", "gradient", "velvet", "marble"]


# --- main entry -------------------------------------------------------------------------------

def render(spec: dict, seed: int, size: int = 320) -> Image.Image:
    rng = random.Random(seed)
    kind = spec["kind"]
    spec = dict(spec)
    if "style" not in spec and kind in KIND_DEFAULT_STYLE:
        spec["style"] = KIND_DEFAULT_STYLE[kind]
    p = Piece()
    KINDS[kind](p, spec, rng)

    mask = np.asarray(p.mask, np.float32) / 255.0
    eng = ndimage.gaussian_filter(np.asarray(p.engrave, np.float32) / 255.0, 1.0)
    col = shade_metal(mask, metal_rgb(spec["metal"]), p.half_width, rng, eng)

    layer = np.zeros((S, S, 4), np.float32)
    layer[..., :3] = col
    layer[..., 3] = ndimage.gaussian_filter(mask, 0.6)
    obj = Image.fromarray((layer * 255).astype(np.uint8), "RGBA")

    # stones on top
    d = ImageDraw.Draw(obj)
    override = spec.get("stone_rgb")
    nav = 0
    for (x, y, r, name, cut) in p.stones:
        if name == "navratna":
            name = NAVRATNA[nav % len(NAVRATNA)]
            nav += 1
        if name == "gold":
            draw_gem(d, x, y, r, metal_rgb(spec["metal"]), kind="bead")
            continue
        rgb = STONE_RGB.get(name, (200, 200, 200))
        if override and name == spec.get("stone") and name not in ("pearl",):
            rgb = override
        kindg = {"pearl": "pearl", "black bead": "bead", "kundan": "kundan", "polki": "kundan",
                 "opal": "opal", "moissanite": "moissanite"}.get(name, "faceted")
        if cut == "pearl":
            kindg = "pearl"
        if cut == "bead":
            kindg = "bead"
        draw_gem(d, x, y, r, rgb, "polki" if name == "polki" else cut, rng, kindg, rng.uniform(0, 1))
        if kindg == "faceted":
            d.ellipse([x - r, y - r, x + r, y + r], outline=_shade(metal_rgb(spec["metal"]), 0.7), width=2)

    # placement: scale, rotation, offset
    scale = rng.uniform(0.78, 0.98)
    angle = rng.uniform(-14, 14)
    obj = obj.rotate(angle, resample=Image.BICUBIC, center=(S / 2, S / 2))
    new = int(S * scale)
    obj = obj.resize((new, new), Image.LANCZOS)
    canvas = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    ox = (S - new) // 2 + rng.randint(-18, 18)
    oy = (S - new) // 2 + rng.randint(-14, 14)
    canvas.alpha_composite(obj, (ox, oy))

    bgname = spec.get("background") or rng.choice(BACKGROUNDS)
    bg = background(bgname, rng)
    a = np.asarray(canvas, np.float32) / 255.0
    alpha = a[..., 3]
    # soft contact shadow
    sh = ndimage.shift(alpha, (rng.uniform(6, 14), rng.uniform(4, 12)), order=1)
    sh = ndimage.gaussian_filter(sh, rng.uniform(6, 11))
    strength = 0.35 if bgname != "velvet" else 0.5
    bg = bg * (1 - strength * sh)[..., None]
    out = bg * (1 - alpha[..., None]) + a[..., :3] * alpha[..., None]
    img = Image.fromarray((np.clip(out, 0, 1) * 255).astype(np.uint8), "RGB")
    img = img.resize((size, size), Image.LANCZOS)
    return img.filter(ImageFilter.UnsharpMask(radius=1.2, percent=40, threshold=2))


def dominant_metal_pixels(img: Image.Image, spec: dict, seed: int) -> tuple:
    """Mean colour of the metal mask (for self-checks in make_catalogs)."""
    rng = random.Random(seed)
    p = Piece()
    spec = dict(spec)
    if "style" not in spec and spec["kind"] in KIND_DEFAULT_STYLE:
        spec["style"] = KIND_DEFAULT_STYLE[spec["kind"]]
    KINDS[spec["kind"]](p, spec, rng)
    mask = np.asarray(p.mask, np.float32) / 255.0
    col = shade_metal(mask, metal_rgb(spec["metal"]), p.half_width, rng)
    m = mask > 0.5
    return tuple((col[m].mean(0) * 255).astype(int))


if __name__ == "__main__":  # contact sheet for eyeballing
    import sys
    specs = [
        {"kind": "ring", "metal": "yellow22", "stone": "ruby", "style": "solitaire"},
        {"kind": "engagement ring", "metal": "platinum", "stone": "diamond", "halo": True},
        {"kind": "wedding band", "metal": "rose", "stone": None},
        {"kind": "toe ring", "metal": "silver", "stone": None},
        {"kind": "ring", "metal": "yellow22", "stone": "navratna", "style": "cocktail"},
        {"kind": "bangle", "metal": "rose", "stone": None, "style": "pair"},
        {"kind": "kada", "metal": "yellow22", "stone": None, "style": "lion"},
        {"kind": "bracelet", "metal": "white", "stone": "diamond", "style": "tennis"},
        {"kind": "bracelet", "metal": "yellow18", "stone": None, "style": "curb"},
        {"kind": "necklace", "metal": "yellow22", "stone": "kundan", "style": "haar"},
        {"kind": "choker", "metal": "yellow22", "stone": "polki"},
        {"kind": "pendant", "metal": "rose", "stone": "diamond", "pendant": "heart"},
        {"kind": "pendant", "metal": "yellow22", "stone": None, "pendant": "om", "chain": False},
        {"kind": "mangalsutra", "metal": "yellow22", "stone": None},
        {"kind": "chain", "metal": "yellow22", "stone": None, "style": "rope"},
        {"kind": "earrings", "metal": "white", "stone": "diamond", "style": "stud"},
        {"kind": "earrings", "metal": "yellow18", "stone": None, "style": "hoop"},
        {"kind": "jhumka", "metal": "yellow22", "stone": "ruby"},
        {"kind": "nose pin", "metal": "yellow18", "stone": "diamond", "style": "flower"},
        {"kind": "maang tikka", "metal": "plated", "stone": "kundan"},
        {"kind": "anklet", "metal": "silver", "stone": None},
        {"kind": "brooch", "metal": "yellow18", "stone": "emerald"},
        {"kind": "cuff", "metal": "silver", "stone": None},
        {"kind": "earrings", "metal": "plated", "stone": "cz", "style": "chandbali"},
        {"kind": "earrings", "metal": "rose", "stone": "pearl", "style": "drop"},
        {"kind": "ring", "metal": "silver", "stone": "amethyst", "style": "bezel"},
        {"kind": "nose pin", "metal": "yellow22", "stone": "pearl", "style": "nath"},
        {"kind": "earrings", "metal": "yellow14", "stone": "diamond", "style": "huggie"},
        {"kind": "ring", "metal": "yellow18", "stone": None, "style": "signet"},
        {"kind": "necklace", "metal": "white", "stone": "sapphire", "style": "tennis"},
    ]
    tiles = [render(s, i, 160) for i, s in enumerate(specs)]
    cols = 6
    sheet = Image.new("RGB", (160 * cols, 160 * ((len(tiles) + cols - 1) // cols)), "white")
    for i, t in enumerate(tiles):
        sheet.paste(t, ((i % cols) * 160, (i // cols) * 160))
    sheet.save(sys.argv[1] if len(sys.argv) > 1 else "/tmp/sheet.png")
