import numpy as np
import pytest
import torch
from torch import nn

from smug.models.text_cnn import (
    PAD_ID,
    UNK_ID,
    TextCNN,
    TwoClass,
    build_vocabulary,
    evaluate,
    load_text_cnn,
    model_card,
    predict_proba,
    tokenize,
    train_text_cnn,
)


@pytest.fixture(scope="module")
def loaded():
    return load_text_cnn()


def test_tokenizer_known_answers():
    assert tokenize("Hollywood's answer to an air ball.") == [
        "hollywood's", "answer", "to", "an", "air", "ball", ".",
    ]
    # typographic apostrophes fold to ASCII; punctuation marks are single tokens
    assert tokenize("Uzumaki\u2019s  film -- 10/10!") == [
        "uzumaki's", "film", "-", "-", "10", "/", "10", "!",
    ]
    with pytest.raises(TypeError, match="text must be a str"):
        tokenize(3)


def test_vocabulary_order_and_min_count():
    vocab = build_vocabulary(["b a a", "c a b", "d"], min_count=2)
    assert vocab == ["<pad>", "<unk>", "a", "b"]


def test_architecture_first_layer_is_conv1d_with_128_kernels(loaded):
    model, encoder = loaded
    first = next(iter(model.children()))
    assert isinstance(first, nn.Conv1d)
    assert first.out_channels == 128 and first.in_channels == encoder.embed_dim
    assert 3 <= first.kernel_size[0] <= 5
    assert not model.training


def test_encode_embed_decode(loaded):
    model, encoder = loaded
    ids = encoder.encode("A small gem of a movie, zzqxv!")
    assert ids.dtype == torch.long and ids.ndim == 1
    assert encoder.decode(ids) == ["a", "small", "gem", "of", "a", "movie", ",", "<unk>", "!"]
    assert int(ids[7]) == UNK_ID
    x = encoder.embed(ids)
    assert x.shape == (1, encoder.embed_dim, len(ids)) and x.dtype == torch.float32
    p = model(x)
    assert p.shape == (1, 1) and 0.0 < float(p) < 1.0
    assert torch.allclose(TwoClass(model)(x).sum(1), torch.ones(1))
    with pytest.raises(ValueError, match="no tokens"):
        encoder.encode("   ")


def test_masking_a_token_equals_replacing_it_by_padding(loaded):
    model, encoder = loaded
    ids = encoder.encode("the acting is wonderful but the plot is a mess")
    assert torch.count_nonzero(encoder.embed(torch.tensor([PAD_ID]))) == 0
    masked_ids = ids.clone()
    masked_ids[3] = PAD_ID
    x = encoder.embed(ids)
    x[:, :, 3] = 0.0
    assert torch.equal(model(x), model(encoder.embed(masked_ids)))


def test_committed_model_accuracy_matches_card(loaded):
    model, encoder = loaded
    card = model_card()
    assert card["seed"] == 0 and card["epochs"] >= card["best_epoch"] >= 1
    accuracy = evaluate(model, encoder, "test")
    assert accuracy == pytest.approx(card["test_accuracy"], abs=1e-12)
    assert accuracy > 0.65  # far above the 0.575 of always answering "fresh"


def test_clear_sentiment_is_recognised(loaded):
    model, encoder = loaded
    p = predict_proba(model, encoder, ["a wonderful , moving and funny film", "dull , tedious and boring"])
    assert p[0] > 0.5 > p[1]


@pytest.mark.slow
def test_retraining_reproduces_committed_weights(loaded):
    model, encoder = loaded
    card = model_card()
    retrained, new_encoder, _ = train_text_cnn(seed=card["seed"], epochs=card["epochs"])
    assert new_encoder.vocabulary == encoder.vocabulary
    for a, b in zip(retrained.parameters(), model.parameters()):
        assert np.array_equal(a.detach().numpy(), b.detach().numpy())
    assert torch.equal(new_encoder.embedding.weight, encoder.embedding.weight)
