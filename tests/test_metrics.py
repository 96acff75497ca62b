import math

import numpy as np
import pytest
import torch
from torch import nn

from smug.metrics import (
    Box,
    best_lsc_over_thresholds,
    crop_and_resize,
    deletion_curve,
    insertion_curve,
    lsc,
    lsc_score,
    saliency_thresholds,
    sparsity,
    summarize,
    token_deletion_curve,
    token_insertion_curve,
    tightest_box,
    win_percent,
)


class ConstantModel(nn.Module):
    """Ignores its input: a linear layer with zero weights, the bias gives the output."""

    def __init__(self, outputs):
        super().__init__()
        self.linear = nn.Linear(3 * 10 * 10, len(outputs))
        with torch.no_grad():
            self.linear.weight.zero_()
            self.linear.bias.copy_(torch.tensor(outputs))

    def forward(self, x):
        return self.linear(x.flatten(1))


class MeanIntensity(nn.Module):
    """Probability of class 0 = mean pixel value of the image (inputs in [0, 1])."""

    def forward(self, x):
        p = x.mean(dim=(1, 2, 3))
        return torch.stack([p, 1 - p], dim=1)


X10 = torch.rand(3, 10, 10, generator=torch.Generator().manual_seed(0))


def test_tightest_box_of_hand_made_mask():
    mask = np.zeros((8, 9), dtype=bool)
    mask[2, 3] = mask[5, 7] = mask[4, 4] = True
    assert tightest_box(mask) == Box(top=2, left=3, bottom=6, right=8)
    assert tightest_box(mask).area == 4 * 5
    single = np.zeros((4, 4), dtype=bool)
    single[3, 0] = True
    assert tightest_box(single) == Box(3, 0, 4, 1)
    with pytest.raises(ValueError, match="empty"):
        tightest_box(np.zeros((4, 4), dtype=bool))
    with pytest.raises(ValueError, match="2-D"):
        tightest_box(np.ones(4, dtype=bool))


def test_box_validation_and_mask():
    with pytest.raises(ValueError, match="top < bottom"):
        Box(3, 0, 3, 2)
    assert Box(1, 2, 3, 5).to_mask((4, 6)).sum() == 6
    with pytest.raises(ValueError, match="outside"):
        Box(0, 0, 5, 5).fraction((4, 4))


def test_lsc_half_area_at_confidence_one_is_log_half():
    model = ConstantModel([1.0, 0.0])  # probabilities given directly
    mask = np.zeros((10, 10), dtype=bool)
    mask[:5, 0] = True
    mask[0, 9] = True  # tightest box: rows 0-4, all columns = half the image
    result = lsc(model, X10, mask, label=0, apply_softmax=False)
    assert result.box == Box(0, 0, 5, 10)
    assert result.area == 0.5 and result.confidence == 1.0
    assert result.score == pytest.approx(math.log(0.5), abs=1e-12)


def test_lsc_area_floor_and_softmax_confidence():
    model = ConstantModel([0.0, 0.0])  # logits: softmax gives 0.5 to each class
    one_pixel = np.zeros((10, 10), dtype=bool)
    one_pixel[4, 4] = True  # a = 0.01, floored to 0.05
    result = lsc(model, X10.unsqueeze(0), one_pixel, label=1)
    assert result.area == pytest.approx(0.01)
    assert result.confidence == pytest.approx(0.5)
    assert result.score == pytest.approx(math.log(0.05) - math.log(0.5), abs=1e-7)
    # a box given directly, same answer as its mask
    assert lsc(model, X10, (4, 4, 5, 5), 1).score == pytest.approx(result.score)


def test_lsc_score_formula_and_zero_confidence():
    assert lsc_score(1.0, 1.0) == 0.0
    assert lsc_score(0.2, 0.5) == pytest.approx(math.log(0.2) - math.log(0.5))
    assert lsc_score(0.5, 0.0) == math.inf


def test_lsc_bad_inputs_name_the_argument():
    with pytest.raises(ValueError, match="mask_or_box"):
        lsc(MeanIntensity(), X10, np.ones((5, 5), dtype=bool), 0)
    with pytest.raises(ValueError, match="label"):
        lsc(MeanIntensity(), X10, (0, 0, 2, 2), -1)
    with pytest.raises(ValueError, match="x must be one input"):
        lsc(MeanIntensity(), torch.zeros(2, 3, 10, 10), (0, 0, 2, 2), 0)


def test_crop_and_resize_identity_and_constant_region():
    assert torch.allclose(crop_and_resize(X10, Box(0, 0, 10, 10)), X10)
    x = torch.zeros(1, 6, 6)
    x[:, 2:4, 1:5] = 0.7
    assert torch.allclose(crop_and_resize(x, Box(2, 1, 4, 5)), torch.full((1, 6, 6), 0.7))


def test_best_lsc_over_thresholds_finds_the_bright_square():
    x = torch.zeros(3, 20, 20)
    x[:, 8:12, 8:12] = 1.0  # the model's confidence is the mean intensity
    saliency = np.zeros((20, 20))
    saliency[4:16, 4:16] = 0.5  # a wider, weaker region around the square
    saliency[8:12, 8:12] = 1.0
    best = best_lsc_over_thresholds(MeanIntensity(), x, saliency, 0, apply_softmax=False)
    assert best.box == Box(8, 8, 12, 12) and best.threshold == 1.0
    assert best.confidence == pytest.approx(1.0)
    assert best.score == pytest.approx(math.log(0.05))  # a = 16/400 < 0.05
    wide = lsc(MeanIntensity(), x, saliency > 0, 0, apply_softmax=False)
    assert wide.score > best.score
    with pytest.raises(ValueError, match="no positive"):
        best_lsc_over_thresholds(MeanIntensity(), x, -saliency, 0, apply_softmax=False)


def test_saliency_thresholds_are_quantiles_of_positive_values():
    values = np.array([[0.0, -1.0, 1.0, 2.0], [3.0, 4.0, 0.0, 0.0]])
    assert saliency_thresholds(values, n_thresholds=100).tolist() == [1.0, 2.0, 3.0, 4.0]
    assert saliency_thresholds(values, n_thresholds=2).tolist() == [1.0, 4.0]
    assert saliency_thresholds(np.zeros((2, 2))).size == 0


def test_win_percent_with_ties():
    scores = {"a": [1.0, 2.0, 3.0], "b": [1.0, 1.0, 4.0], "c": [2.0, 3.0, 3.0]}
    result = win_percent(scores)
    assert (result["a"].wins, result["b"].wins, result["c"].wins) == (2, 2, 1)
    assert result["a"].percent == pytest.approx(200 / 3)
    assert result["c"].percent == pytest.approx(100 / 3)
    half = 100 * 1.959963984540054 * math.sqrt((2 / 3) * (1 / 3) / 3)
    assert result["a"].ci_half_width == pytest.approx(half)
    assert sum(r.percent for r in result.values()) > 100  # ties overlap


def test_win_percent_inf_and_bad_input():
    result = win_percent({"a": [math.inf, 0.0], "b": [1.0, 0.0]})
    assert result["a"].wins == 1 and result["b"].wins == 2
    assert result["b"].ci_half_width == 0.0
    with pytest.raises(ValueError, match="equal length"):
        win_percent({"a": [1.0], "b": [1.0, 2.0]})
    with pytest.raises(ValueError, match="NaN"):
        win_percent({"a": [float("nan")], "b": [1.0]})


def test_sparsity():
    m = np.zeros((4, 5))
    m[0, :3] = [0.5, 1.0, -0.2]
    assert sparsity(m) == 3 / 20
    assert sparsity(np.ones((2, 2), dtype=bool)) == 1.0


def test_deletion_and_insertion_curves_known_auc():
    x = torch.zeros(1, 4, 4)
    x[0, 0, :] = 1.0  # four bright pixels of sixteen: confidence 0.25
    saliency = x[0].numpy().copy()
    deletion = deletion_curve(MeanIntensity(), x, saliency, 0, n_steps=4, apply_softmax=False)
    assert deletion.fractions.tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert np.allclose(deletion.confidences, [0.25, 0, 0, 0, 0])
    assert deletion.auc == pytest.approx(0.25 * 0.25 / 2)
    insertion = insertion_curve(MeanIntensity(), x, saliency, 0, n_steps=4, apply_softmax=False, batch_size=2)
    assert np.allclose(insertion.confidences, [0, 0.25, 0.25, 0.25, 0.25])
    assert insertion.auc == pytest.approx(0.25 * 0.25 / 2 + 3 * 0.25 * 0.25)
    # the reversed map finds the evidence last: a worse deletion AUC
    worse = deletion_curve(MeanIntensity(), x, -saliency, 0, n_steps=4, apply_softmax=False)
    assert worse.auc > deletion.auc


def test_summarize_quartiles_and_mean_interval():
    result = summarize([1.0, 2.0, 3.0, 4.0, 5.0])
    assert (result.median, result.q25, result.q75, result.mean, result.n) == (3.0, 2.0, 4.0, 3.0, 5)
    assert result.ci_half_width == pytest.approx(1.959963984540054 * math.sqrt(2.5) / math.sqrt(5))
    with_inf = summarize([0.0, math.inf, 1.0, 2.0])
    assert (with_inf.q25, with_inf.median, with_inf.q75) == (0.75, 1.5, math.inf)
    assert summarize([0.0, 1.0, 2.0, 3.0]).q25 == float(np.quantile([0.0, 1.0, 2.0, 3.0], 0.25))
    with pytest.raises(ValueError, match="non-empty"):
        summarize([])


class TwoTokenProbability(nn.Module):
    """(N, E, L) -> (N, 2): class 1 probability = fraction of tokens 1 and 3 present."""

    def forward(self, x):
        p = (x[:, 0, 1] + x[:, 0, 3]) / 2
        return torch.stack([1 - p, p], dim=1)


def test_token_curves_on_a_model_reading_two_tokens():
    x = torch.ones(1, 4, 5)
    scores = np.array([0.0, 0.9, 0.1, 0.8, 0.2])  # the two read tokens ranked first
    deletion = token_deletion_curve(TwoTokenProbability(), x, scores, 1)
    assert deletion.fractions.tolist() == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert np.allclose(deletion.confidences, [1, 0.5, 0, 0, 0, 0])
    insertion = token_insertion_curve(TwoTokenProbability(), x, scores, 1)
    assert np.allclose(insertion.confidences, [0, 0.5, 1, 1, 1, 1])
    assert insertion.auc == pytest.approx(0.05 + 0.15 + 0.6)
    with pytest.raises(ValueError, match=r"\(1, E, L\)"):
        token_deletion_curve(TwoTokenProbability(), x[0], scores, 1)


def test_deletion_with_per_channel_baseline():
    x = torch.ones(3, 2, 2)
    curve = deletion_curve(MeanIntensity(), x, np.ones((2, 2)), 0, n_steps=1,
                           baseline=np.array([0.0, 0.5, 1.0]), apply_softmax=False)
    assert np.allclose(curve.confidences, [1.0, 0.5])
