"""Object-centric preprocessing and the shopper-photo simulator; no model is loaded except
where marked integration."""

import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from perception.augment import STEPS, shopper_photo
from perception.config import ImageEncoderConfig
from perception.image_encoder import create_image_encoder, efficientnet_lite0_name
from perception.photo import PAPER, color_signature, isolate_piece, level_angle, piece_masks
from retrieval.demo import render
from retrieval.demo.generate import generate_demo_items
from retrieval.demo.render import piece_cutout

ITEMS = generate_demo_items(24, seed=7)
CUTOUT_SIDE = 384


def box_of(mask: Image.Image) -> tuple[int, int, int, int]:
    return mask.point(lambda a: 255 if a >= 64 else 0).getbbox()


def overlap(inner, outer) -> float:
    """Share of box `inner` inside box `outer`."""
    width = max(0, min(inner[2], outer[2]) - max(inner[0], outer[0]))
    height = max(0, min(inner[3], outer[3]) - max(inner[1], outer[1]))
    return width * height / ((inner[2] - inner[0]) * (inner[3] - inner[1]))


def test_shopper_photos_are_deterministic_and_keep_most_of_the_piece():
    piece = piece_cutout(ITEMS[0], CUTOUT_SIDE)
    first, again = (shopper_photo(piece, random.Random(3)) for _ in range(2))
    assert np.array_equal(np.asarray(first.image), np.asarray(again.image))
    whole = shopper_photo(piece, random.Random(3), [step for step in STEPS if step != "crop"])
    assert np.asarray(first.silhouette, np.float32).sum() >= 0.6 * np.asarray(whole.silhouette, np.float32).sum()
    assert first.image.mode == "RGB" and first.image.size == first.silhouette.size
    with pytest.raises(ValueError, match="unknown augmentation steps"):
        shopper_photo(piece, random.Random(0), ["blur"])


def test_a_catalog_shot_is_cropped_to_its_piece():
    item = ITEMS[1]
    shot = render.render_product_shot(item, 256)
    piece = isolate_piece(shot, upright=False)
    assert piece.found
    truth = box_of(piece_cutout(item, 256).getchannel("A"))
    side = max(truth[2] - truth[0], truth[3] - truth[1])
    assert piece.image.width <= (truth[2] - truth[0]) + 0.3 * side + 8
    assert piece.image.height <= (truth[3] - truth[1]) + 0.3 * side + 8


def test_pieces_are_found_on_shoppers_backgrounds():
    found_well = 0
    for number, item in enumerate(ITEMS[:10]):
        photo = shopper_photo(piece_cutout(item, CUTOUT_SIDE), random.Random(number), ["mirror", "rotate", "scale", "background", "jpeg"])
        masks = piece_masks(photo.image)
        if masks is None:
            continue
        solid = masks[1]
        scale = photo.image.width / solid.shape[1]
        ys, xs = np.nonzero(solid)
        found = (xs.min() * scale, ys.min() * scale, (xs.max() + 1) * scale, (ys.max() + 1) * scale)
        truth = box_of(photo.silhouette)
        found_well += overlap(truth, found) >= 0.8 and overlap(found, truth) >= 0.5
    assert found_well >= 7, f"{found_well} of 10"


def test_a_plain_photo_is_kept_whole():
    plain = Image.new("RGB", (200, 150), (128, 140, 150))
    piece = isolate_piece(plain)
    assert not piece.found and piece.image is plain


def test_level_angle_is_the_smallest_turn_to_upright():
    for tilt in (-30, -12, 0, 20, 40):
        canvas = Image.new("L", (200, 200))
        ImageDraw.Draw(canvas).ellipse((40, 80, 160, 120), fill=255)
        mask = np.asarray(canvas.rotate(tilt, Image.Resampling.BILINEAR)) > 128
        assert level_angle(mask) == pytest.approx(-tilt, abs=2), tilt


def test_upright_turns_a_tilted_piece_level():
    canvas = Image.new("RGB", (300, 300), PAPER)
    ImageDraw.Draw(canvas).rectangle((60, 130, 240, 170), fill=(200, 160, 60))
    tilted = canvas.rotate(25, Image.Resampling.BICUBIC, fillcolor=PAPER)
    upright = isolate_piece(tilted).image
    assert upright.width > 2.5 * upright.height  # a level bar again (tilted, its box is 1.4:1)


def test_color_signature_tells_gold_from_silver():
    gold, silver = (render.render_product_shot(item, 256) for item in _two_rings())
    signatures = [color_signature(isolate_piece(shot)) for shot in (gold, silver)]
    assert all(np.linalg.norm(signature) == pytest.approx(1.0, abs=1e-5) for signature in signatures)
    assert signatures[0] @ signatures[1] < 0.9


def _two_rings():
    return [ITEMS[0].model_copy(update={"category": "ring", "metal": metal, "gemstone": "none", "karat": None, "carat": None})
            for metal in ("yellow gold", "sterling silver")]  # fmt: skip


def test_encoder_name_names_every_step():
    assert efficientnet_lite0_name(ImageEncoderConfig()) == "efficientnet_lite0-v3-piece-upright-gem3-color1"
    assert efficientnet_lite0_name(ImageEncoderConfig(mirror=True)) == "efficientnet_lite0-v3-piece-upright-gem3-mirror-color1"
    plain = ImageEncoderConfig(isolate_piece=False, mirror=False, color_weight=0, gem_power=1)
    assert efficientnet_lite0_name(plain) == "efficientnet_lite0-v3-gem1"


@pytest.mark.integration
def test_a_mirrored_photo_gets_the_same_vector_with_the_mirror_pass():
    encoder = create_image_encoder(ImageEncoderConfig(mirror=True))
    shot = render.render_product_shot(ITEMS[2], 256)
    vectors = encoder.encode_image([shot, shot.transpose(Image.Transpose.FLIP_LEFT_RIGHT)])
    assert vectors.shape == (2, 1280 + 72)
    assert vectors[0] @ vectors[1] > 0.99


@pytest.mark.integration
def test_without_colors_compares_shape_alone():
    """The same ring in gold and in silver: apart by the colour signature, closer without it;
    the features part of each vector is kept exactly, at unit length."""
    encoder = create_image_encoder(ImageEncoderConfig())
    gold, silver = encoder.encode_image([render.render_product_shot(item, 256) for item in _two_rings()])
    shapes = [encoder.without_colors(vector) for vector in (gold, silver)]
    assert all(np.linalg.norm(shape) == pytest.approx(1.0, abs=1e-5) for shape in shapes)
    assert not shapes[0][1280:].any()
    assert shapes[0][:1280] == pytest.approx(gold[:1280] / np.linalg.norm(gold[:1280]), abs=1e-6)
    assert shapes[0] @ shapes[1] > gold @ silver
    plain = create_image_encoder(ImageEncoderConfig(color_weight=0))
    assert np.array_equal(plain.without_colors(gold[:1280]), gold[:1280])  # no colour part to leave out
