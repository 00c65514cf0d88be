"""Batch norms folded into the convolutions before them, for inference.

In eval mode a batch norm is a fixed per-channel scale and shift, so it can live inside the
convolution that feeds it: W' = W * s, b' = (b - mean) * s + beta with s = gamma / sqrt(var + eps).
The network then computes the same vectors (to float rounding) with one pass over each feature
map fewer. timm's BatchNormAct2d also applies dropout and the activation: those stay.

A batch norm is folded only when the module registered just before it (skipping identities) is
a plain Conv2d: that is the order timm's EfficientNet blocks are built and run in
(conv_pw, bn1, conv_dw, bn2, se, conv_pwl, bn3). `fold_batch_norms` checks the folded network
against the original on a probe batch and raises if they differ.
"""

from __future__ import annotations

import copy

import torch
from torch import nn

PROBE_SHAPE = (2, 3, 64, 64)
PROBE_TOLERANCE = 1e-4  # relative to the output's scale


class _AfterFold(nn.Module):
    """What is left of a folded BatchNormAct2d: its dropout and activation (or nothing)."""

    def __init__(self, batch_norm: nn.BatchNorm2d):
        super().__init__()
        self.drop = getattr(batch_norm, "drop", nn.Identity())
        self.act = getattr(batch_norm, "act", nn.Identity())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.drop(x))


def fold_batch_norms(model: nn.Module, probe_shape: tuple[int, ...] = PROBE_SHAPE) -> nn.Module:
    """A copy of `model` (in eval mode) with every foldable batch norm inside its convolution."""
    original = model.eval()
    folded = copy.deepcopy(original)
    for parent in list(folded.modules()):
        _fold_children(parent)
    _check_same(original, folded, probe_shape)
    return folded


def _fold_children(parent: nn.Module) -> None:
    previous = None
    for name, child in list(parent.named_children()):
        if isinstance(child, nn.Identity):
            continue
        if isinstance(child, nn.BatchNorm2d) and type(previous) is nn.Conv2d and child.track_running_stats:
            _fold(previous, child)
            setattr(parent, name, _AfterFold(child))
            previous = None
            continue
        previous = child


@torch.no_grad()
def _fold(conv: nn.Conv2d, batch_norm: nn.BatchNorm2d) -> None:
    scale = batch_norm.weight / torch.sqrt(batch_norm.running_var + batch_norm.eps)
    bias = conv.bias if conv.bias is not None else torch.zeros_like(batch_norm.running_mean)
    conv.weight.mul_(scale.view(-1, 1, 1, 1))
    conv.bias = nn.Parameter((bias - batch_norm.running_mean) * scale + batch_norm.bias)


@torch.no_grad()
def _check_same(original: nn.Module, folded: nn.Module, probe_shape: tuple[int, ...]) -> None:
    probe = torch.randn(probe_shape, generator=torch.Generator().manual_seed(0))
    expected, found = original(probe), folded(probe)
    error = (expected - found).abs().max() / expected.abs().max().clamp(min=1e-12)
    if error > PROBE_TOLERANCE:
        raise RuntimeError(f"folding the batch norms changed the network's output (relative error {error:.2g})")
