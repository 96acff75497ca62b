"""Conv2d read as a dense layer, and the committed conv MNIST net under both encodings."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("z3")

from torch import nn  # noqa: E402

import smug  # noqa: E402
from smug.errors import UnsupportedProblemError  # noqa: E402
from smug.fullnet import FullNetProblem, brute_force_fullnet  # noqa: E402
from smug.fullnet.network import layers_from_sequential  # noqa: E402
from smug.fullnet.problem import forward_float64  # noqa: E402
from smug.solution import Status  # noqa: E402


def test_conv_layer_matches_torch_exactly():
    torch.manual_seed(3)
    net = nn.Sequential(nn.Unflatten(1, (2, 6, 5)), nn.Conv2d(2, 3, (3, 2), stride=(2, 1),
                                                              padding=1),
                        nn.ReLU(), nn.Flatten(), nn.Linear(3 * 3 * 6, 4)).double().eval()
    layers, _ = layers_from_sequential(net)
    assert [layer.W.shape for layer in layers] == [(54, 60), (4, 54)]  # 3 x 3 x 6 outputs
    x = torch.rand(5, 60, dtype=torch.float64)
    with torch.no_grad():
        expected = net(x).numpy()
    np.testing.assert_allclose(forward_float64(layers, x.numpy()), expected, rtol=0, atol=1e-12)


def test_conv_without_input_shape_is_refused_naming_the_layer():
    net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(2, 2))
    with pytest.raises(UnsupportedProblemError, match="Conv2d at layer '0'.*Unflatten"):
        layers_from_sequential(net)


@pytest.mark.parametrize("backend", ["highs", "z3"])
def test_committed_conv_net_4x4_matches_brute_force(backend):
    from smug.data.mnist import load_mnist
    from smug.models.mnist_conv import load_mnist_conv

    X, y = load_mnist("val")
    model = load_mnist_conv()
    p = FullNetProblem.from_model(model, X[2637], int(y[2637]), cell=4)
    s = smug.solve(p, backend, time_limit=60)
    assert s.status is Status.OPTIMAL and s.objective == brute_force_fullnet(p).optimum
    with torch.no_grad():
        kept = torch.tensor(p.masked_input(s.mask), dtype=torch.float32)
        assert int(model(kept[None]).argmax()) == int(y[2637])
