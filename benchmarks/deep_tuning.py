"""How far fine-tuning the image encoder itself on the catalog lifts instance recall.

    python benchmarks/deep_tuning.py [--items 480] [--views 24] [--steps 1500] [--every 300]
                                     [--out benchmarks/results/deep_tuning.json]

Not part of the product: it measures the lever beyond the linear projection that
retrieval/tuning.py fits at ingest. Two arms, trained alike (symmetric InfoNCE of each view
against its own item's shot, the other items in the batch as negatives) on the same
perception/views.py views of every catalog shot, the colour signature left out of both:

- projection: the frozen encoder's GeM vector joined by a learned projection of it, as the
  product's tuning does;
- fine-tuned: the same, with EfficientNet-Lite0's last two stages and head trained too.

The first five stages stay frozen in both, so their outputs for the shots, the views and the
benchmark's shopper photos (made as benchmarks/vision.py makes them) are computed once.
Recall@1/@10 of the shopper photos among all shots is printed every --every steps.
Everything runs on the CPU; 300 steps take ~7 min on 2 cores for the fine-tuned arm.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import random
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from assistant.config import Settings  # noqa: E402
from perception.augment import shopper_photo  # noqa: E402
from perception.config import ImageEncoderConfig  # noqa: E402
from perception.image_encoder import GEM_EPSILON, EfficientNetLite0Encoder, open_image, pieces_of  # noqa: E402
from perception.views import catalog_cutout, training_view  # noqa: E402
from retrieval.catalog import load_catalog  # noqa: E402
from retrieval.config import ImageTuningConfig  # noqa: E402
from retrieval.demo.generate import write_demo_catalog  # noqa: E402
from vision import PHOTO_SIDE, SEED, piece_cutout, recall  # noqa: E402

FROZEN_STAGES = 5  # of EfficientNet-Lite0's 7: the early, generic ones
BACKBONE_LEARNING_RATE = 1e-4  # the pretrained layers move ten times slower than the projection
BATCH_ITEMS = 64
ENCODE_BATCH = 32


class LateStages(torch.nn.Module):
    """EfficientNet-Lite0 after its frozen stages, GeM-pooled, joined by a learned projection
    as retrieval/tuning.py joins them."""

    def __init__(self, classifier: torch.nn.Module, gem_power: float, tuning: ImageTuningConfig):
        super().__init__()
        self.blocks = copy.deepcopy(torch.nn.Sequential(*classifier.blocks[FROZEN_STAGES:]))
        self.conv_head, self.bn2 = copy.deepcopy(classifier.conv_head), copy.deepcopy(classifier.bn2)
        self.projection = torch.nn.Linear(classifier.num_features, tuning.dim, bias=False)
        self.gem_power, self.learned_weight = gem_power, tuning.learned_weight

    def pooled(self, early: torch.Tensor) -> torch.Tensor:
        features = self.bn2(self.conv_head(self.blocks(early))).clamp(min=GEM_EPSILON)
        return features.pow(self.gem_power).mean(dim=(2, 3)).pow(1 / self.gem_power)

    def forward(self, early: torch.Tensor) -> torch.Tensor:
        pooled = self.pooled(early)
        learned = self.learned_weight * F.normalize(self.projection(pooled), dim=-1)
        return torch.cat([F.normalize(pooled, dim=-1), learned], dim=-1) / (1 + self.learned_weight**2) ** 0.5

    def backbone_parameters(self) -> list[torch.nn.Parameter]:
        return [*self.blocks.parameters(), *self.conv_head.parameters(), *self.bn2.parameters()]


def early_features(encoder: EfficientNetLite0Encoder, images: list, config: ImageEncoderConfig) -> torch.Tensor:
    """The frozen stages' output for each image's piece, as the encoder would see it."""
    classifier = encoder.model.get().classifier
    parts = []
    with torch.inference_mode():
        for start in range(0, len(images), ENCODE_BATCH):
            batch = torch.stack([encoder.to_tensor(piece.image) for piece in pieces_of(images[start : start + ENCODE_BATCH], config)])
            features = classifier.bn1(classifier.conv_stem(batch))
            for stage in classifier.blocks[:FROZEN_STAGES]:
                features = stage(features)
            parts.append(features)
    return torch.cat(parts)


def training_views(shots: list, count: int, threads: int) -> list[list]:
    rng = random.Random(SEED)
    with ThreadPoolExecutor(threads) as pool:
        cutouts = list(pool.map(catalog_cutout, shots))
        rounds = []
        for _ in range(count):
            seeds = [rng.getrandbits(64) for _ in cutouts]
            rounds.append(list(pool.map(lambda cutout, seed: training_view(cutout, random.Random(seed)), cutouts, seeds)))
    return rounds


def embed(model: LateStages, early: torch.Tensor) -> np.ndarray:
    model.eval()
    with torch.inference_mode():
        return torch.cat([model(early[start : start + ENCODE_BATCH]) for start in range(0, len(early), ENCODE_BATCH)]).numpy()


def train(model: LateStages, shots: torch.Tensor, views: torch.Tensor, photos: torch.Tensor, args, tune_backbone: bool, tuning: ImageTuningConfig) -> list[dict]:
    """Train, measuring Recall of the shopper photos every args.every steps."""
    torch.manual_seed(SEED)
    groups = [{"params": model.projection.parameters(), "lr": tuning.learning_rate}]
    if tune_backbone:
        groups.append({"params": model.backbone_parameters(), "lr": BACKBONE_LEARNING_RATE})
    else:
        for parameter in model.backbone_parameters():
            parameter.requires_grad = False
    optimiser = torch.optim.Adam(groups, weight_decay=tuning.weight_decay)
    own = np.eye(len(shots), dtype=bool)
    batch = min(BATCH_ITEMS, len(shots))
    labels, curve, started = torch.arange(batch), [], time.perf_counter()
    for step in range(1, args.steps + 1):
        model.train()
        for module in model.modules():  # batch statistics of 64 pieces would undo the pretrained ones
            if isinstance(module, torch.nn.BatchNorm2d):
                module.eval()
        chosen = torch.randperm(len(shots))[:batch]
        logits = model(views[step % len(views), chosen]) @ model(shots[chosen]).T / tuning.temperature
        loss = F.cross_entropy(logits, labels) + F.cross_entropy(logits.T, labels)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if step % args.every == 0 or step == args.steps:
            found = recall(embed(model, shots), embed(model, photos), own)
            curve.append({"step": step, "train_seconds": round(time.perf_counter() - started, 1), "loss": round(loss.item(), 3),
                          "recall_at_1": found["recall_at_1"], "recall_at_10": found["recall_at_10"]})  # fmt: skip
            print(f"{'fine-tuned' if tune_backbone else 'projection':<12}{curve[-1]}", flush=True)
    return curve


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=Settings().demo.items)
    parser.add_argument("--views", type=int, default=24, help="training views per item, made once")
    parser.add_argument("--steps", type=int, default=1500)
    parser.add_argument("--every", type=int, default=300, help="measure Recall every this many steps")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/deep_tuning.json"))
    args = parser.parse_args()
    torch.set_num_threads(os.cpu_count() or 1)

    work = Path(tempfile.mkdtemp(prefix="facet-deep-tuning-"))
    demo = Settings().demo
    items = load_catalog(write_demo_catalog(work, n=args.items, seed=demo.seed, image_size=demo.image_size)).items
    config, tuning = ImageEncoderConfig(), ImageTuningConfig()
    encoder = EfficientNetLite0Encoder(config)
    started = time.perf_counter()
    shots = [open_image(item.image) for item in items]
    photos = [shopper_photo(piece_cutout(item, PHOTO_SIDE), random.Random(f"{SEED}:{item.id}")).image for item in items]
    early_shots, early_photos = early_features(encoder, shots, config), early_features(encoder, photos, config)
    early_views = torch.stack([early_features(encoder, views, config) for views in training_views(shots, args.views, tuning.threads)])
    preparing = time.perf_counter() - started
    print(f"views made and their early features cached in {preparing:.0f} s", flush=True)

    classifier = encoder.model.get().classifier
    arms = {
        name: train(LateStages(classifier, config.gem_power, tuning), early_shots, early_views, early_photos, args, tune_backbone, tuning)
        for name, tune_backbone in (("projection", False), ("fine-tuned", True))
    }
    results = {
        "items": len(items), "views_per_item": args.views, "preparing_seconds": round(preparing, 1), "arms": arms,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "load_average": os.getloadavg()},
    }  # fmt: skip
    print(f"\n{'step':>6}{'projection R@1':>16}{'R@10':>7}{'fine-tuned R@1':>16}{'R@10':>7}")
    for projection, fine_tuned in zip(arms["projection"], arms["fine-tuned"]):
        print(f"{projection['step']:>6}{projection['recall_at_1']:>16.3f}{projection['recall_at_10']:>7.3f}"
              f"{fine_tuned['recall_at_1']:>16.3f}{fine_tuned['recall_at_10']:>7.3f}")  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
