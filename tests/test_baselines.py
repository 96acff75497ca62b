import math

import numpy as np
import pytest
import torch
from torch import nn

from smug.baselines import (
    center_box,
    grad_cam,
    grid_boxes,
    integrated_gradients,
    max_box,
    opt_box,
    sis_text,
    sufficient_input_subsets,
)
from smug.metrics import Box, lsc


class MeanIntensity(nn.Module):
    """Probability of class 0 = mean pixel value of the image (inputs in [0, 1])."""

    def forward(self, x):
        p = x.mean(dim=(1, 2, 3))
        return torch.stack([p, 1 - p], dim=1)


class ReadsTwoTokens(nn.Module):
    """Text-like model over (N, E, L) that only reads tokens 2 and 5 (channel 0)."""

    def __init__(self, both_needed: bool):
        super().__init__()
        self.both_needed = both_needed

    def forward(self, x):
        a, b = x[:, 0, 2], x[:, 0, 5]
        z = 10 * (a + b) - 15 if self.both_needed else 10 * torch.maximum(a, b) - 5
        return torch.sigmoid(z).unsqueeze(1)


def test_center_and_max_box():
    box = center_box((224, 224))
    assert box == Box(33, 33, 191, 191)  # side round(224 / sqrt 2) = 158, centred
    assert box.fraction((224, 224)) == pytest.approx(0.5, abs=0.005)
    assert max_box((224, 200)) == Box(0, 0, 224, 200)
    with pytest.raises(ValueError, match="shape"):
        center_box((0, 5))


def test_grid_boxes_count_and_order():
    boxes = grid_boxes((40, 25), cell=10)  # row edges 0..40 (5), column edges 0,10,20,25 (4)
    assert len(boxes) == math.comb(5, 2) * math.comb(4, 2)
    areas = [b.area for b in boxes]
    assert areas == sorted(areas) and boxes[-1] == Box(0, 0, 40, 25)
    assert boxes[0] == Box(0, 20, 10, 25)  # the 10 x 5 cells at the right edge are smallest
    with pytest.raises(ValueError, match="cell"):
        grid_boxes((10, 10), cell=0)


@pytest.mark.parametrize("prune", [True, False])
def test_opt_box_finds_the_known_best_box(prune):
    x = torch.zeros(3, 40, 40)
    x[:, 10:20, 20:30] = 1.0  # confidence = mean intensity: 1 on this cell, 0 on others
    result = opt_box(MeanIntensity(), x, 0, cell=10, apply_softmax=False, prune=prune, batch_size=7)
    assert result.best.box == Box(10, 20, 20, 30)
    assert result.best.score == pytest.approx(math.log(100 / 1600))
    assert result.complete and result.n_candidates == 100
    # boxes go by area, then top, then left: the bright cell is the 7th single cell, so the
    # first batch of 7 finds it, and no later box (area >= its area, c <= 1) can beat it
    assert result.n_evaluated == (7 if prune else 100)
    assert result.best.score == pytest.approx(lsc(MeanIntensity(), x, result.best.box, 0, apply_softmax=False).score)


def test_opt_box_evaluation_limit_is_reported():
    x = torch.zeros(3, 40, 40)
    x[:, 30:40, 30:40] = 1.0
    result = opt_box(MeanIntensity(), x, 0, apply_softmax=False, max_evaluations=3, batch_size=2)
    assert not result.complete and result.n_evaluated == 3


def test_integrated_gradients_of_a_linear_model_is_exact():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(2 * 3 * 3, 2))
    x = torch.rand(2, 3, 3)
    black = np.array([-1.0, -2.0])  # one baseline value per channel
    ig = integrated_gradients(model, x[None], 1, baseline=black, reduce="sum", n_steps=20)
    w = model[1].weight[1].detach().reshape(2, 3, 3)
    expected = ((x - torch.tensor(black, dtype=torch.float32).view(2, 1, 1)) * w).sum(0)
    assert ig.shape == (3, 3)
    assert np.allclose(ig, expected.numpy(), atol=1e-5)
    assert np.allclose(integrated_gradients(model, x[None], 1, baseline=black), np.abs(expected.numpy()), atol=1e-5)
    with pytest.raises(ValueError, match="reduce"):
        integrated_gradients(model, x[None], 1, reduce="max")
    with pytest.raises(ValueError, match="batch axis"):
        integrated_gradients(model, x, 1)


def test_integrated_gradients_on_the_real_text_model_is_complete():
    from smug.models.text_cnn import TwoClass, load_text_cnn

    model, encoder = load_text_cnn()
    x = encoder.embed(encoder.encode("a dull , tedious film"))
    ig = integrated_gradients(TwoClass(model), x, 0, reduce="sum", n_steps=200)
    assert ig.shape == (x.shape[2],)
    # completeness: the attributions add up to f(x) - f(all padding)
    with torch.no_grad():
        gap = float(1 - model(x)) - float(1 - model(torch.zeros_like(x)))
    assert ig.sum() == pytest.approx(gap, abs=5e-3)


def test_grad_cam_known_map():
    conv = nn.Conv2d(1, 2, kernel_size=1, bias=False)
    linear = nn.Linear(2, 2, bias=False)
    with torch.no_grad():
        conv.weight.copy_(torch.tensor([1.0, -1.0]).view(2, 1, 1, 1))
        linear.weight.copy_(torch.tensor([[2.0, 0.0], [0.0, 1.0]]))
    model = nn.Sequential(conv, nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), linear)
    x = torch.rand(1, 4, 4) + 0.1  # positive: channel 0 is x, channel 1 is -x (dead)
    cam = grad_cam(model, x, 0, conv)
    # weight of channel 0 = mean gradient = 2 / 16; map = ReLU(x / 8)
    assert np.allclose(cam, x[0].numpy() / 8, atol=1e-6)


def test_sis_finds_the_two_tokens_the_model_reads():
    x = torch.ones(3, 9)  # 9 tokens, embedding channel 0 = 1
    model = ReadsTwoTokens(both_needed=True)
    result = sufficient_input_subsets(lambda b: model(b), x, threshold=0.9)
    assert result.subsets == [[2, 5]]
    assert result.scores.tolist() == [0, 0, 1, 0, 0, 1, 0, 0, 0]
    assert result.initial_score == pytest.approx(1 / (1 + math.exp(-5)))


def test_sis_finds_two_disjoint_subsets_when_either_token_suffices():
    model = ReadsTwoTokens(both_needed=False)
    result = sufficient_input_subsets(lambda b: model(b), torch.ones(3, 9), threshold=0.9)
    assert sorted(result.subsets) == [[2], [5]]
    assert sorted(result.scores[[2, 5]].tolist()) == [0.5, 1.0]
    assert np.count_nonzero(result.scores) == 2


def test_sis_below_threshold_gives_nothing():
    result = sufficient_input_subsets(ReadsTwoTokens(True), torch.zeros(3, 9), threshold=0.9)
    assert result.subsets == [] and not result.scores.any()


def test_sis_on_the_real_text_model_subsets_are_sufficient_and_disjoint():
    from smug.models.text_cnn import load_text_cnn

    model, encoder = load_text_cnn()
    text = "a wonderful , moving and funny film with a superb cast"
    result = sis_text(model, encoder, text, threshold=0.8)
    assert result.tokens == encoder.tokenize(text)
    assert result.initial_score >= 0.8 and result.subsets
    x = encoder.embed(encoder.encode(text))
    used = set()
    for subset in result.subsets:
        assert not used & set(subset)
        used |= set(subset)
        only = torch.zeros_like(x)
        only[..., subset] = x[..., subset]
        assert float(model(only)) >= 0.8  # each subset alone keeps the prediction
    rest = x.clone()
    rest[..., sorted(used)] = 0.0
    assert float(model(rest)) < 0.8  # what is left is not sufficient


@pytest.fixture(scope="module")
def cat_on_efficientnet():
    pytest.importorskip("efficientnet_lite_pytorch")
    from smug.data.photos import load_photo
    from smug.models.efficientnet import load_efficientnet_lite0, preprocess

    model = load_efficientnet_lite0()
    x = preprocess(load_photo("chelsea"), crop="none")
    with torch.no_grad():
        probs = torch.softmax(model(x), dim=1)[0]
    return model, x, int(probs.argmax()), float(probs.max())


def test_real_model_maxbox_lsc_is_minus_log_confidence(cat_on_efficientnet):
    model, x, label, p = cat_on_efficientnet
    result = lsc(model, x, max_box((224, 224)), label)
    assert label == 285  # Egyptian cat
    assert result.confidence == pytest.approx(p, abs=1e-6)
    assert result.score == pytest.approx(-math.log(p), abs=1e-6)


def test_real_model_grad_cam(cat_on_efficientnet):
    model, x, label, _ = cat_on_efficientnet
    cam = grad_cam(model, x, label, model._conv_head)
    assert cam.shape == (224, 224) and cam.min() >= 0 and cam.max() > 0


@pytest.mark.slow
def test_real_model_coarse_opt_box_pruned_equals_exhaustive(cat_on_efficientnet):
    model, x, label, p = cat_on_efficientnet
    pruned = opt_box(model, x, label, cell=112, batch_size=9)
    full = opt_box(model, x, label, cell=112, batch_size=9, prune=False)
    assert full.n_evaluated == full.n_candidates == 9
    assert pruned.best.box == full.best.box and pruned.complete
    assert full.best.score <= -math.log(p) + 1e-9  # the whole image is one of the boxes


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_baselines_run_on_the_models_device():
    torch.manual_seed(0)
    model = nn.Sequential(nn.Conv2d(2, 3, 1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(),
                          nn.Linear(3, 2)).cuda().eval()
    x = torch.rand(1, 2, 4, 4)  # on the CPU: moved to the model's device
    ig = integrated_gradients(model, x, 1, baseline=np.array([0.0, 0.5]), n_steps=8)
    cam = grad_cam(model, x, 1, model[0])
    assert isinstance(ig, np.ndarray) and ig.shape == (4, 4)
    assert isinstance(cam, np.ndarray) and cam.shape == (4, 4)
    assert np.isfinite(lsc(model, x, Box(0, 0, 2, 2), 1).score)
