"""The demo catalog generator and its code-rendered product shots."""

import random
import re
import statistics

import numpy as np
import pytest
from PIL import Image

from retrieval.catalog import Item, load_catalog
from retrieval.config import DemoCatalogConfig
from retrieval.demo.canvas import Canvas, Pose
from retrieval.demo.pieces import Design, draw_piece
from retrieval.demo.generate import generate_demo_items, write_demo_catalog
from retrieval.demo.render import downsample, render_product_shot
from retrieval.vocabulary import CATEGORIES, GEMSTONES, GOLD_METALS, METALS, RING_CATEGORIES

CONFIG = DemoCatalogConfig()
SIZE = CONFIG.image_size
WHITE_METALS = ("sterling silver", "platinum", "white gold")


@pytest.fixture(scope="module")
def items() -> list[Item]:
    return generate_demo_items(CONFIG.items, CONFIG.seed)


def make_item(category: str, metal: str, gemstone: str = "none", **fields) -> Item:
    return Item(
        id=fields.pop("id", f"T-{category}-{metal}-{gemstone}"),
        title=fields.pop("title", f"{metal} {gemstone} {category}"),
        category=category,
        metal=metal,
        gemstone=gemstone,
        price=100,
        currency="USD",
        **fields,
    )


def pixels(image: Image.Image) -> np.ndarray:
    return np.asarray(image, dtype=float)


def piece_pixels(image: Image.Image) -> np.ndarray:
    """The pixels that are not the light background: darker or more coloured than paper."""
    rgb = pixels(image).reshape(-1, 3)
    return rgb[(rgb.min(axis=1) < 200) | (rgb.max(axis=1) - rgb.min(axis=1) > 40)]


def saturation(rgb: np.ndarray) -> np.ndarray:
    return (rgb.max(axis=-1) - rgb.min(axis=-1)) / np.maximum(rgb.max(axis=-1), 1)


# --- the items ---------------------------------------------------------------------------------


def test_same_seed_same_items_other_seed_other_items(items):
    assert generate_demo_items(CONFIG.items, CONFIG.seed) == items
    other = generate_demo_items(CONFIG.items, CONFIG.seed + 1)
    assert [item.title for item in other] != [item.title for item in items]


def test_covers_the_vocabulary(items):
    assert len(items) >= 400
    assert {item.category for item in items} == set(CATEGORIES)
    assert {item.metal for item in items} == set(METALS)
    assert {item.gemstone for item in items} == set(GEMSTONES)
    assert len({item.id for item in items}) == len(items)
    assert all(re.fullmatch(r"FCT-\d{4}", item.id) and item.image == f"images/{item.id}.png" for item in items)


def test_karats_only_on_gold_and_ring_sizes_only_on_rings(items):
    for item in items:
        assert (item.karat is not None) == (item.metal in GOLD_METALS), item
        assert bool(item.ring_sizes) == (item.category in RING_CATEGORIES), item


def test_stones_have_carats_and_colors(items):
    for item in items:
        if not item.has_stone:
            assert item.carat is None and item.gemstone_color == ""
        elif item.gemstone != "pearl":
            assert item.carat is not None and 0.1 <= item.carat <= 5.0, item
    engagement = [i.carat for i in items if i.category == "engagement ring" and i.gemstone == "diamond"]
    assert engagement and all(0.5 <= carat <= 2.5 for carat in engagement)
    assert any(i.gemstone == "sapphire" and i.gemstone_color != "blue" for i in items)


def test_prices_are_sane(items):
    # A few catalogs, so that rare pieces (a 2 ct platinum diamond) surely turn up.
    items = items + generate_demo_items(CONFIG.items, CONFIG.seed + 1) + generate_demo_items(CONFIG.items, CONFIG.seed + 2)
    silver = [i.price for i in items if i.metal == "sterling silver"]
    gold = [i.price for i in items if i.metal in GOLD_METALS]
    assert max(silver) < 1_000
    big_platinum_diamonds = [i for i in items if i.metal == "platinum" and i.gemstone == "diamond" and i.carat >= 2]
    assert big_platinum_diamonds and all(i.price > 3_000 for i in big_platinum_diamonds)
    assert statistics.median(gold) > statistics.median(silver)
    assert all(int(i.price) % 10 in (9, 5, 0) and i.price == int(i.price) for i in items)


def test_titles_and_descriptions_vary(items):
    titles = [item.title for item in items]
    assert len(set(titles)) >= 0.9 * len(titles)
    patterns = {re.sub(r"[\w'.-]+", "w", title) for title in titles}  # the shape of a title, words masked
    assert len(patterns) >= 5
    openings = {item.description.split()[0] for item in items}
    assert len(openings) >= 8
    assert all(1 <= item.description.count(". ") + 1 <= 3 for item in items)


# --- the written catalog -------------------------------------------------------------------------


def test_written_catalog_loads_back(tmp_path):
    path = write_demo_catalog(tmp_path, n=40, seed=CONFIG.seed, image_size=SIZE)
    result = load_catalog(path)
    assert result.errors == [] and len(result.items) == 40
    for item in result.items:
        with Image.open(item.image) as image:
            assert image.format == "PNG" and image.mode == "RGB" and image.size == (SIZE, SIZE)


def test_rewriting_keeps_current_images(tmp_path):
    write_demo_catalog(tmp_path, n=6, image_size=64)
    first = tmp_path / "images" / "FCT-0001.png"
    drawn_at = first.stat().st_mtime_ns
    write_demo_catalog(tmp_path, n=6, image_size=64)
    assert first.stat().st_mtime_ns == drawn_at
    write_demo_catalog(tmp_path, n=6, image_size=96)
    assert Image.open(first).size == (96, 96)


# --- the renderer --------------------------------------------------------------------------------


def test_render_is_deterministic_and_varies_by_item():
    ring = make_item("ring", "yellow gold", "ruby")
    assert np.array_equal(pixels(render_product_shot(ring)), pixels(render_product_shot(ring)))
    twin = make_item("ring", "yellow gold", "ruby", id="T-twin")
    assert not np.array_equal(pixels(render_product_shot(ring)), pixels(render_product_shot(twin)))


@pytest.mark.parametrize("category", CATEGORIES)
def test_items_of_the_same_description_are_drawn_differently(category):
    """No twins: each item's id seeds its design, so two products never look pixel-identical,
    even in the same pose (the pose is the shot's; the design is the item's)."""
    first, second = (make_item(category, "rose gold", "sapphire", id=f"T-{n}") for n in (1, 2))
    assert Design.of(first) == Design.of(first) != Design.of(second)
    drawn = []
    for item in (first, second):
        canvas = Canvas(96, Pose(1.0, 0.0, (0.0, 0.0)))
        draw_piece(item, canvas, random.Random(0))
        drawn.append(pixels(downsample(canvas, 96)))
    assert np.abs(drawn[0] - drawn[1]).mean() > 0.5


def test_categories_look_different():
    shots = {category: pixels(render_product_shot(make_item(category, "yellow gold"))) for category in CATEGORIES}
    for first in CATEGORIES:
        for second in CATEGORIES:
            if first < second:
                difference = np.abs(shots[first] - shots[second]).mean()
                assert difference > 3.0, (first, second, difference)


def test_metal_colour_shows():
    def warmth(metal: str) -> float:
        red, green, blue = piece_pixels(render_product_shot(make_item("ring", metal))).mean(axis=0)
        return (red + green) / 2 - blue

    assert warmth("yellow gold") > warmth("platinum") + 30
    assert warmth("rose gold") > warmth("sterling silver") + 20


def test_ruby_ring_has_red_pixels():
    rgb = pixels(render_product_shot(make_item("ring", "platinum", "ruby", tags=["solitaire"]))).reshape(-1, 3)
    red = (rgb[:, 0] > 120) & (rgb[:, 0] > 2 * rgb[:, 1]) & (rgb[:, 0] > 2 * rgb[:, 2])
    assert red.sum() > 30


@pytest.mark.parametrize("category", CATEGORIES)
@pytest.mark.parametrize("metal", WHITE_METALS)
def test_white_metal_without_stone_has_no_saturated_pixels(category, metal):
    rgb = pixels(render_product_shot(make_item(category, metal))).reshape(-1, 3)
    assert (saturation(rgb) > 0.35).sum() == 0


def test_unknown_category_and_values_still_render():
    odd = make_item("cufflinks", "titanium", "onyx", gemstone_color="black")
    shot = render_product_shot(odd, size=128)
    assert shot.size == (128, 128) and shot.mode == "RGB"
