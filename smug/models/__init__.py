"""The paper's model architectures, their training, and their committed weights.

Import the submodule you need (``smug.models.mnist_mlp``, ``smug.models.text_cnn``, ...);
this package imports nothing so that torch-free code never pays for torch. Weights
trained here live in ``smug/models/weights/`` beside a JSON card each (seed, epochs,
accuracy) written by ``benchmarks/train_models.py``.
"""
