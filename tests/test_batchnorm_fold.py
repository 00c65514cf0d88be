import pytest
import torch
from timm.layers.norm_act import BatchNormAct2d
from torch import nn

from perception.batchnorm_fold import fold_batch_norms


def trained_norm(norm: nn.BatchNorm2d) -> nn.BatchNorm2d:
    """A batch norm with running statistics and affine weights far from their defaults."""
    generator = torch.Generator().manual_seed(1)
    channels = norm.num_features
    with torch.no_grad():
        norm.running_mean.copy_(torch.randn(channels, generator=generator))
        norm.running_var.copy_(torch.rand(channels, generator=generator) + 0.5)
        norm.weight.copy_(torch.randn(channels, generator=generator))
        norm.bias.copy_(torch.randn(channels, generator=generator))
    return norm


class Block(nn.Module):
    """timm's order: a convolution, its BatchNormAct2d, an identity, a depthwise convolution, a plain norm."""

    def __init__(self):
        super().__init__()
        self.conv_pw = nn.Conv2d(3, 8, 1, bias=False)
        self.bn1 = trained_norm(BatchNormAct2d(8, act_layer=nn.ReLU6))
        self.aa = nn.Identity()
        self.conv_dw = nn.Conv2d(8, 8, 3, padding=1, groups=8, bias=True)
        self.bn2 = trained_norm(nn.BatchNorm2d(8))

    def forward(self, x):
        return self.bn2(self.conv_dw(self.aa(self.bn1(self.conv_pw(x)))))


def test_folded_network_gives_the_same_output_without_batch_norms():
    model = Block()
    probe = torch.randn(4, 3, 16, 16)
    expected = model.eval()(probe)
    folded = fold_batch_norms(model, probe_shape=(2, 3, 16, 16))
    assert not any(isinstance(module, nn.BatchNorm2d) for module in folded.modules())
    assert torch.allclose(folded(probe), expected, atol=1e-5)
    assert isinstance(folded.bn1.act, nn.ReLU6)  # the activation stays after the fold
    assert any(isinstance(module, nn.BatchNorm2d) for module in model.modules())  # the original is untouched


def test_a_batch_norm_not_fed_by_a_convolution_is_kept():
    model = nn.Sequential(nn.Conv2d(3, 4, 1), nn.ReLU(), trained_norm(nn.BatchNorm2d(4)))
    folded = fold_batch_norms(model, probe_shape=(1, 3, 8, 8))
    assert isinstance(folded[2], nn.BatchNorm2d)


def test_a_fold_that_changes_the_output_is_refused(monkeypatch):
    import perception.batchnorm_fold as fold

    monkeypatch.setattr(fold, "_fold", lambda conv, norm: None)  # the norm removed, nothing folded
    with pytest.raises(RuntimeError, match="changed the network's output"):
        fold_batch_norms(Block(), probe_shape=(1, 3, 8, 8))
