"""Many inputs at once: serially here, or in parallel on any ``concurrent.futures`` executor
(a Dask cluster: ``distributed.Client.get_executor()``, or :func:`smug.executors.dask_executor`).

Two levels:

* :func:`explain_many` is the library call: a model, an iterable of inputs, the
  explainer's keyword arguments; it yields a :class:`Finished` per input as each one
  finishes. Each worker loads or receives the model once, not once per input: pass a
  *loader* (a picklable function returning the model, e.g.
  ``smug.models.mnist_mlp.load_mnist_mlp``) and each worker process calls it once and keeps
  the model; or pass the model itself, which on Dask is broadcast to every worker once
  (``Client.scatter``). (On another executor a model object travels with every job: pass a
  loader there.)
* :func:`explain_files` is ``smug explain IMAGE [IMAGE ...]``: image files in, one folder per
  input out (``OUT/<stem>/saliency.png``, ``summary.json``, ``problem.npz``, and the
  report's pictures: ``photo.png``, ``overlay.png``, ``mask.png``, ``base.png``,
  ``lsc_box.png``) plus
  ``OUT/summary.csv``, one row per input, naming the worker. A rerun skips inputs already
  done. Workers need no shared file system: the image bytes go to the worker and the
  results (PNG bytes included) come back.
"""

from __future__ import annotations

import csv
import hashlib
import inspect
import io
import json
import pickle
import tempfile
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smug.executors import map_unordered, worker_name

__all__ = ["IMAGE_SUFFIXES", "MODELS", "REPORT_IMAGES", "SUMMARY_FIELDS", "Finished",
           "ModelSpec", "explain_files", "explain_many", "find_images", "output_names"]


# --- the model, once per worker ------------------------------------------------------------
# This process's models by (thread, model key): an explanation hooks into the model, so two
# explanations running at once in threads of one process must not share a model object.
_MODELS: dict[tuple[int, str], Any] = {}


def _fingerprint(loader: Callable[[], Any], device: str | None) -> str:
    try:
        blob = pickle.dumps(loader)
    except Exception as exc:
        raise TypeError(f"model: a loader must be picklable to reach the workers (a "
                        f"module-level function or functools.partial), got {loader!r}: "
                        f"{exc}") from None
    return f"{hashlib.sha1(blob).hexdigest()}@{device or 'as-loaded'}"


def _model_here(ref: tuple[str, Any, str | None, str]) -> Any:
    """The model a job runs on, kept in this process under the reference's key.

    ``ref`` is ``(kind, payload, device, key)``: ``"loader"`` (call the function),
    ``"pickled"`` (unpickle the bytes: a model object sent to other processes) or
    ``"module"`` (the model itself, in the calling process).
    """
    kind, payload, device, key = ref
    if kind == "module":
        return payload
    slot = (threading.get_ident(), key)
    if slot not in _MODELS:
        model = payload() if kind == "loader" else pickle.loads(payload)
        _MODELS[slot] = (model.to(device) if device else model).eval()
    return _MODELS[slot]


def _model_ref(model: Any, executor: Executor | None, device: str | None
               ) -> tuple[str, Any, str | None, str]:
    """How the model reaches the jobs (see :func:`_model_here`).

    A model object bound for other processes is pickled once here; on Dask the bytes are
    broadcast to every worker once (``Client.scatter``) and unpickled once per worker. (Dask's
    own serialisation of ``nn.Module`` turns its hook dicts into plain dicts, which breaks
    ``register_forward_hook``; plain pickle keeps the module intact.)
    """
    from torch import nn

    if isinstance(model, nn.Module):
        if executor is None:
            return "module", (model.to(device) if device else model), device, ""
        blob = pickle.dumps(model)
        key = f"{hashlib.sha1(blob).hexdigest()}@{device or 'as-sent'}"
        client = _dask_client(executor)
        if client is not None:
            return "pickled", client.scatter(blob, broadcast=True, hash=False), device, key
        return "pickled", blob, device, key
    if callable(model):
        return "loader", model, device, _fingerprint(model, device)  # fails here if unpicklable
    raise TypeError(f"model: expected a torch.nn.Module or a function returning one, got "
                    f"{type(model).__name__}")


def _dask_client(executor: Executor | None) -> Any:
    """The ``distributed.Client`` behind a Dask executor, else None."""
    if executor is None or not type(executor).__module__.startswith("distributed"):
        return None
    return getattr(executor, "_client", None)


# --- explain_many ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Finished:
    """One input's outcome from :func:`explain_many`.

    Attributes
    ----------
    index : int
        Position of the input in ``inputs``.
    explanation : Explanation or None
        None when the input failed (with ``errors="keep"``).
    worker : str
        The worker that ran it (``local`` when serial).
    seconds : float
        Wall-clock seconds of the job on its worker.
    error : str
        ``"Type: message"`` of the failure, else empty.
    warnings : tuple of str
        Warnings the explainer issued for this input (e.g. k above the eligible neurons).
    """

    index: int
    explanation: Any
    worker: str
    seconds: float
    error: str = ""
    warnings: tuple[str, ...] = ()


def _explainer_parameters() -> set[str]:
    from smug.explain import SMUG

    return set(inspect.signature(SMUG.attribute).parameters) - {"self"}


def _check_explain_kwargs(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """Unknown keyword names fail here, before any job is sent; ``progress`` is dropped when
    the explainer does not take it (it arrives with the issue-12 explainer)."""
    from smug.explain import SMUG

    params = _explainer_parameters()
    kwargs = dict(kwargs)
    if "progress" not in params:
        kwargs.pop("progress", None)
    takes_any = any(p.kind is p.VAR_KEYWORD
                    for p in inspect.signature(SMUG.attribute).parameters.values())
    unknown = sorted(set(kwargs) - params)
    if unknown and not takes_any:
        raise TypeError(f"explain_many: unknown explainer arguments {unknown}")
    return kwargs


def _explain_job(ref: tuple[str, Any, str | None, str], x: Any, index: int,
                 explainer: dict[str, Any], kwargs: dict[str, Any], in_pool: bool
                 ) -> Finished:
    """Runs on a worker: explain one input, catching its warnings and its error."""
    from smug.explain import SMUG

    start = time.perf_counter()
    who = worker_name() if in_pool else "local"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            model = _model_here(ref)
            x = _to_device(x, ref[2])
            layer = explainer.get("layer")
            smug_ = SMUG(model, dict(model.named_modules())[layer] if layer else None,
                         black=explainer.get("black"),
                         spatial_shape=explainer.get("spatial_shape"))
            explanation = smug_.attribute(x, **kwargs)
            error = ""
        except Exception as exc:  # returned, so that one bad input does not stop the rest
            explanation, error = None, f"{type(exc).__name__}: {exc}"
    return Finished(index, explanation, who, time.perf_counter() - start, error,
                    tuple(str(w.message) for w in caught))


def _to_device(x: Any, device: str | None) -> Any:
    import torch

    if device and isinstance(x, torch.Tensor):
        return x.to(device)
    return x


def explain_many(model: Any, inputs: Iterable[Any], executor: Executor | None = None, *,
                 layer: str | None = None, black: Any = None,
                 spatial_shape: tuple[int, ...] | None = None, device: str | None = None,
                 errors: str = "raise", max_in_flight: int | None = None,
                 **kwargs: Any) -> Iterator[Finished]:
    """Explain every input with SMUG; yield a :class:`Finished` for each as it finishes.

    Parameters
    ----------
    model : nn.Module or callable
        The model, or a picklable function returning it (each worker calls it once).
    inputs : iterable
        Inputs as :meth:`smug.explain.SMUG.attribute` takes them (batch axis of 1); read
        lazily, at most ``max_in_flight`` at a time.
    executor : concurrent.futures.Executor, optional
        Where jobs run; default: here, serially, in order.
    layer : str, optional
        Name of the first layer in ``model.named_modules()`` when the automatic choice is
        not wanted (a name, as the module itself does not travel to workers).
    black, spatial_shape
        As for :class:`smug.explain.SMUG`.
    device : str, optional
        Move the model there (``"cpu"``, ``"cuda"``); inputs follow it.
    errors : {"raise", "keep"}
        On a failed input, raise its error here, or yield it with ``explanation=None``.
    max_in_flight : int, optional
        Jobs submitted at a time (default 64).
    **kwargs
        The explainer's arguments (``k``, ``gamma``, ``cell``, ``backend``, ``time_limit``,
        ...), the same for every input.

    Yields
    ------
    Finished
        In completion order; ``index`` says which input it is.
    """
    if errors not in ("raise", "keep"):
        raise ValueError(f"errors: expected 'raise' or 'keep', got {errors!r}")
    kwargs = _check_explain_kwargs(kwargs)
    if executor is not None:
        kwargs.pop("progress", None)  # bars from worker processes would garble the terminal
    ref = _model_ref(model, executor, device)
    explainer = {"layer": layer, "black": black, "spatial_shape": spatial_shape}
    jobs = ((ref, x, i, explainer, kwargs, executor is not None) for i, x in enumerate(inputs))
    for _job, future in map_unordered(_explain_job, jobs, executor, max_in_flight=max_in_flight):
        done = future.result()
        if done.error and errors == "raise":
            raise RuntimeError(f"input {done.index}: {done.error}")
        yield done


# --- the models the command line knows ------------------------------------------------------
@dataclass(frozen=True)
class ModelSpec:
    """A model ``smug explain`` can load by name, with how images become its input."""

    name: str
    loader: Callable[[], Any]
    to_input: Callable[[Any], Any]
    to_display: Callable[[Any], Any]
    class_name: Callable[[int], str]
    default_k: int
    default_cell: int
    explainer: Mapping[str, Any]
    input_side: int
    default_k_is_all: bool = False


def _efficientnet_loader() -> Any:
    from smug.models.efficientnet import load_efficientnet_lite0

    return load_efficientnet_lite0()


def _efficientnet_input(image: Any) -> Any:
    from smug.models.efficientnet import preprocess

    # the whole photo squashed to 224x224, as in the demo: a centre crop cuts off subjects
    return preprocess(image, crop="none")


def _efficientnet_display(x: Any) -> Any:
    from smug.models.efficientnet import deprocess

    return deprocess(x)


def _imagenet_name(index: int) -> str:
    from smug.models.imagenet import class_name

    return class_name(index)


def _mnist_loader() -> Any:
    from smug.models.mnist_mlp import load_mnist_mlp

    return load_mnist_mlp()


def _mnist_input(image: Any) -> Any:
    from smug.models.mnist_mlp import preprocess_digit

    return preprocess_digit(image)


def _mnist_display(x: Any) -> Any:
    return x.detach().cpu().numpy().reshape(28, 28)


def _digit_name(index: int) -> str:
    return f"digit {index}"


def _efficientnet_black() -> Any:
    from smug.models.efficientnet import BLACK

    return BLACK


MODELS: dict[str, ModelSpec] = {
    "efficientnet-lite0": ModelSpec("efficientnet-lite0", _efficientnet_loader,
                                    _efficientnet_input, _efficientnet_display, _imagenet_name,
                                    default_k=3000, default_cell=4, explainer={}, input_side=224),
    "mnist-mlp": ModelSpec("mnist-mlp", _mnist_loader, _mnist_input, _mnist_display,
                           _digit_name, default_k=32, default_cell=1,
                           explainer={"spatial_shape": (28, 28)}, input_side=28,
                           default_k_is_all=True),
}


# --- smug explain IMAGE [IMAGE ...] ----------------------------------------------------------
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp", ".ppm",
                  ".pgm")
SUMMARY_FIELDS = ["input", "label", "label_name", "probability", "status", "objective",
                  "sparsity", "ig_s", "encode_s", "solve_s", "total_s", "backend", "worker",
                  "error"]


def find_images(paths: Iterable[str | Path]) -> list[Path]:
    """The image files named, folders expanded to the images directly inside them (sorted).

    Raises
    ------
    ValueError
        For a missing path, a folder without images, or a file that is not an image
        (``IMAGE: ...``); nothing is loaded beyond each file's header.
    """
    from PIL import Image, UnidentifiedImageError

    files: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            raise ValueError(f"IMAGE: no such file or folder: {p}")
        if p.is_dir():
            found = sorted(f for f in p.iterdir() if f.suffix.lower() in IMAGE_SUFFIXES)
            if not found:
                raise ValueError(f"IMAGE: no images ({', '.join(IMAGE_SUFFIXES)}) in folder {p}")
            files += found
        else:
            files.append(p)
    for f in files:
        try:
            with Image.open(f) as img:
                img.verify()
        except (UnidentifiedImageError, OSError, SyntaxError) as exc:
            raise ValueError(f"IMAGE: cannot read {f} as an image: {exc}") from None
    return files


def output_names(files: Sequence[Path]) -> list[str]:
    """One output folder name per input: its stem, or ``<parent>_<stem>`` when two inputs
    share a stem (the same name on every rerun, so that reruns find their results)."""
    counts: dict[str, int] = {}
    for f in files:
        counts[f.stem] = counts.get(f.stem, 0) + 1
    names = [f.stem if counts[f.stem] == 1 else f"{f.parent.name}_{f.stem}" for f in files]
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return unique


def _read_rgb(data: bytes) -> Any:
    import numpy as np
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        return np.asarray(img.convert("L") if img.mode in ("L", "1", "I;16", "I") else
                          img.convert("RGB"))


def _prediction(model: Any, x: Any, spec: ModelSpec, top: int = 5) -> list[dict[str, Any]]:
    import torch

    with torch.no_grad():
        probs = torch.softmax(model(x).reshape(1, -1), dim=1)[0].cpu()
    values, indices = probs.topk(min(top, probs.numel()))
    return [{"class": int(i), "name": spec.class_name(int(i)), "probability": float(v)}
            for v, i in zip(values, indices)]


def _png_bytes(spec: ModelSpec, x: Any, explanation: Any, title: str) -> bytes:
    from smug.viz import save_explanation_png

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "saliency.png"
        base = getattr(explanation, "base_mask", None)  # per pixel, with the issue-12 explainer
        if base is None:
            base = explanation.grid.to_input(explanation.base_cell_mask)
        save_explanation_png(path, spec.to_display(x), explanation.mask, explanation.saliency,
                             title=title, extra=[("SMUG_base", base)])
        return path.read_bytes()


def _explain_file_job(model_name: str, device: str | None, name: str, data: bytes,
                      settings: dict[str, Any], in_pool: bool,
                      hidden: tuple[str, ...] = ()) -> dict[str, Any]:
    """Runs on a worker: one image file's explanation, as rows and bytes to write;
    warnings of the categories named in ``hidden`` are not reported."""
    spec = MODELS[model_name]
    start = time.perf_counter()
    who = worker_name() if in_pool else "local"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            model = _model_here(("loader", spec.loader, device,
                                 _fingerprint(spec.loader, device)))
            x = _to_device(spec.to_input(_read_rgb(data)), device)
            top = _prediction(model, x, spec)
            explainer = dict(spec.explainer)
            if model_name == "efficientnet-lite0":
                explainer["black"] = _efficientnet_black()
            from smug.explain import SMUG

            explanation = SMUG(model, **explainer).attribute(x, target=top[0]["class"],
                                                             **settings)
            result = _file_result(spec, name, x, top, explanation, settings)
            _add_report_files(result, model, spec, x, explanation)
        except Exception as exc:  # one bad input becomes an error row, the rest go on
            result = {"row": {"input": name, "status": "error",
                              "error": f"{type(exc).__name__}: {exc}"[:300]}}
    result["row"]["worker"] = who
    result["row"]["total_s"] = round(time.perf_counter() - start, 3)
    result["warnings"] = sorted({str(w.message) for w in caught
                                 if w.category.__name__ not in hidden})
    return result


#: The small pictures written beside ``saliency.png`` for the HTML report (smug.report).
REPORT_IMAGES = {"photo": "photo.png", "overlay": "overlay.png", "mask": "mask.png",
                 "base": "base.png", "lsc": "lsc_box.png"}


def _lsc_of_map(model: Any, x: Any, saliency: Any, label: int) -> dict[str, Any]:
    """The paper's LSC (Eq. 5) of the Eq. 4 map: the best over thresholds of the map.

    A model whose input is not an image (the MNIST MLP takes 784 numbers) is scored through
    a view that reshapes the (N, C, H, W) crops back to its own input shape.
    """
    import torch

    from smug.metrics import best_lsc_over_thresholds

    height, width = saliency.shape
    image = x.reshape(1, -1, height, width)
    scorer = model
    if tuple(image.shape) != tuple(x.shape):
        class _AsImage(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.inner = model

            def forward(self, batch: Any) -> Any:
                return self.inner(batch.reshape(batch.shape[0], *x.shape[1:]))

        scorer = _AsImage()
    start = time.perf_counter()
    best = best_lsc_over_thresholds(scorer, image, saliency, label)
    box = best.box
    return {"score": best.score, "box": [box.top, box.left, box.bottom, box.right],
            "area": best.area, "confidence": best.confidence, "threshold": best.threshold,
            "seconds": round(time.perf_counter() - start, 3),
            "definition": "Eq. 5, best over 100 quantile thresholds of the Eq. 4 map "
                          "(box: top, left, bottom, right, end-exclusive)"}


def _add_report_files(result: dict[str, Any], model: Any, spec: ModelSpec, x: Any,
                      explanation: Any) -> None:
    """Add the LSC and the report's small pictures (as PNG bytes) to a worker's result."""
    from smug.viz import box_rgb, mask_rgb, overlay_rgb, png_bytes

    image = spec.to_display(x)
    pictures = {"photo": image, "overlay": overlay_rgb(image, explanation.saliency),
                "mask": mask_rgb(explanation.mask), "base": mask_rgb(explanation.base_mask)}
    try:
        lsc = _lsc_of_map(model, x, explanation.saliency, result["row"]["label"])
        pictures["lsc"] = box_rgb(image, lsc["box"])
    except ValueError as exc:  # an empty map has no box, hence no LSC
        lsc = {"score": None, "error": str(exc)}
    result["summary"]["lsc"] = lsc
    sol = explanation.solution
    result["summary"]["solver_stats"] = {} if sol is None else dict(sol.stats)
    result["images"] = {REPORT_IMAGES[key]: png_bytes(_as_uint8(pic))
                        for key, pic in pictures.items()}


def _as_uint8(picture: Any) -> Any:
    """A picture as uint8: floats in [0, 1] scaled to 0-255, uint8 kept."""
    import numpy as np

    picture = np.asarray(picture)
    if picture.dtype == np.uint8:
        return picture
    return np.round(np.clip(picture, 0.0, 1.0) * 255).astype(np.uint8)


def _file_result(spec: ModelSpec, name: str, x: Any, top: list[dict[str, Any]],
                 explanation: Any, settings: Mapping[str, Any]) -> dict[str, Any]:
    sol, t, best = explanation.solution, explanation.timings, top[0]
    title = (f"SMUG on {name}: {best['name']} (p={best['probability']:.2f}), "
             f"k={settings['k']}, gamma={settings['gamma']:g}, cell {settings['cell']}, "
             f"{sol.backend} {sol.status.value}")
    row = {"input": name, "label": best["class"], "label_name": best["name"],
           "probability": round(best["probability"], 6), "status": sol.status.value,
           "objective": sol.objective, "sparsity": round(explanation.sparsity, 6),
           "ig_s": round(t.ig, 3), "encode_s": round(t.encode, 3), "solve_s": round(t.solve, 3),
           "backend": sol.backend, "error": ""}
    summary = {"input": name, "model": spec.name, "prediction": top,
               "explanation": explanation.summary()}
    return {"row": row, "summary": summary, "problem": explanation.problem,
            "png": _png_bytes(spec, x, explanation, title)}


def _done_inputs(csv_path: Path, out: Path) -> set[str]:
    """Inputs already explained in an earlier run (a row without error, files present).

    The summary is rewritten with only those rows, so that an input that failed (or whose
    folder was deleted) has one row again after the rerun; a summary with other columns is
    refused rather than mixed.
    """
    if not csv_path.exists() or csv_path.stat().st_size == 0:
        return set()
    with csv_path.open(newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        header = reader.fieldnames or []
    if list(header) != SUMMARY_FIELDS:
        raise ValueError(f"--out: {csv_path} has other columns than this version writes; "
                         "pick another --out folder or remove it")
    kept = [r for r in rows if r.get("status") not in (None, "", "error")
            and (out / r["input"] / "summary.json").is_file()]
    if len(kept) != len(rows):
        with csv_path.open("w", newline="") as fh:
            writer = csv.DictWriter(fh, SUMMARY_FIELDS)
            writer.writeheader()
            writer.writerows(kept)
    return {r["input"] for r in kept}


def _write_outputs(out: Path, result: dict[str, Any]) -> None:
    folder = out / result["row"]["input"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "saliency.png").write_bytes(result["png"])
    for file_name, data in result.get("images", {}).items():
        (folder / file_name).write_bytes(data)
    result["problem"].save(folder / "problem.npz")
    summary = dict(result["summary"], worker=result["row"]["worker"],
                   wall_s=result["row"]["total_s"], warnings=result["warnings"])
    (folder / "summary.json").write_text(json.dumps(summary, indent=1, default=str) + "\n")


def explain_files(files: Sequence[Path], out: str | Path, *, model: str = "efficientnet-lite0",
                  executor: Executor | None = None, device: str | None = None,
                  k: int | None = None, gamma: float = 0.0, cell: int | None = None,
                  backend: str | None = None, time_limit: float = 60.0,
                  n_steps: int | None = None, ig_batch: int | None = 10,
                  progress: bool = False, max_in_flight: int | None = None
                  ) -> Iterator[dict[str, Any]]:
    """Explain image files; write ``OUT/<name>/...`` and ``OUT/summary.csv``; yield rows.

    Each input's folder also holds the small pictures of the HTML report
    (:data:`REPORT_IMAGES`), and its ``summary.json`` the LSC of the saliency map and the
    solver's statistics; ``smug.report.write_report(out)`` (which ``smug explain`` calls at
    the end) turns the folder into ``OUT/index.html``.

    Inputs with a finished row in ``OUT/summary.csv`` (and their ``summary.json``) are
    skipped. Each yielded row is the CSV row plus ``warnings`` (a list of the explainer's
    and the preprocessing's warnings for that input). ``k``/``cell`` default to the model's
    (:data:`MODELS`), ``n_steps`` to the explainer's; ``ig_batch`` IG path points go through
    the model at a time (memory vs speed, as in the demo). ``progress`` shows IG's progress bar
    when running serially (if the explainer has one).
    """
    if model not in MODELS:
        raise ValueError(f"--model: expected one of {', '.join(MODELS)}, got {model!r}")
    spec = MODELS[model]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    csv_path = out / "summary.csv"
    done = _done_inputs(csv_path, out)
    settings = {"k": spec.default_k if k is None else k, "gamma": gamma,
                "cell": spec.default_cell if cell is None else cell, "backend": backend,
                "time_limit": time_limit, "internal_batch_size": ig_batch}
    if n_steps is not None:  # else the explainer's default
        settings["n_steps"] = n_steps
    if progress and executor is None:
        settings["progress"] = True
    settings = _check_explain_kwargs(settings)
    todo = [(f, name) for f, name in zip(files, output_names(files)) if name not in done]
    # the default k of a model whose default is "every neuron" (mnist-mlp: 32) is not a
    # request the explainer should warn about when fewer neurons are eligible
    hidden = ("FewNeuronsWarning",) if k is None and spec.default_k_is_all else ()
    jobs = ((model, device, name, f.read_bytes(), settings, executor is not None, hidden)
            for f, name in todo)
    new_file = not csv_path.exists() or csv_path.stat().st_size == 0
    with csv_path.open("a", newline="") as fh:
        writer = csv.DictWriter(fh, SUMMARY_FIELDS, extrasaction="ignore")
        if new_file:
            writer.writeheader()
        for _job, future in map_unordered(_explain_file_job, jobs, executor,
                                           max_in_flight=max_in_flight):
            result = future.result()
            if result["row"]["status"] != "error":
                _write_outputs(out, result)
            writer.writerow(result["row"])
            fh.flush()
            yield dict(result["row"], warnings=result["warnings"])
