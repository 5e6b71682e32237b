"""Builds one .pyx module three ways and loads the results.

* ``cython``: ``cythonize -3 -i`` in a private directory (the reference);
* ``cytrus-c`` / ``cytrus-rust``: ``$CYTRUS build --python F.pyx -o DIR --backend B``.

Every build lives in ``$PYDIFF_CACHE`` (default ``~/.cache/cytrus-pydiff``)
under a key made of the source text (and the ``.pxd`` files beside it), the
build kind and, for cytrus, the binary's own hash, so a rerun only rebuilds
what changed.  A failed build is cached too, as a ``FAILED`` file with the
tool's output.

Builds run ``$PYDIFF_JOBS`` at a time (default: the number of CPUs); each
one is a separate process in its own directory, and the Rust builds share
one cargo target directory, whose lock cargo takes itself.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
EXT_SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
BUILDS = ("cython", "cytrus-c", "cytrus-rust")


def cache_root() -> str:
    root = os.environ.get("PYDIFF_CACHE") or os.path.join(
        os.path.expanduser("~"), ".cache", "cytrus-pydiff")
    os.makedirs(root, exist_ok=True)
    return root


def cytrus_binary() -> str:
    return os.path.abspath(os.environ.get("CYTRUS") or os.path.join(REPO, "target", "release", "cytrus"))


def _file_hash(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_bin_hash_memo: dict[str, str] = {}


def _binary_hash(path: str) -> str:
    st = os.stat(path)
    key = f"{path}:{st.st_mtime_ns}:{st.st_size}"
    if key not in _bin_hash_memo:
        _bin_hash_memo[key] = _file_hash(path)
    return _bin_hash_memo[key]


def _companions(pyx: str) -> list[str]:
    """The .pxd files beside a module (a cimport may need any of them)."""
    d = os.path.dirname(os.path.abspath(pyx))
    return sorted(os.path.join(d, n) for n in os.listdir(d) if n.endswith(".pxd"))


def build_key(pyx: str, kind: str) -> str:
    h = hashlib.sha256()
    h.update(kind.encode())
    h.update(os.path.basename(pyx).encode())
    for p in [pyx] + _companions(pyx):
        h.update(os.path.basename(p).encode())
        with open(p, "rb") as f:
            h.update(f.read())
    if kind.startswith("cytrus"):
        h.update(_binary_hash(cytrus_binary()).encode())
    return h.hexdigest()[:24]


def _stage(pyx: str, kind: str) -> tuple[str, str]:
    """Returns (build dir, staged .pyx path)."""
    d = os.path.join(cache_root(), kind, build_key(pyx, kind))
    staged = os.path.join(d, os.path.basename(pyx))
    if not os.path.exists(staged):
        os.makedirs(d, exist_ok=True)
        for p in [pyx] + _companions(pyx):
            shutil.copy(p, os.path.join(d, os.path.basename(p)))
    # the implementation of a cimported .pxd (cytrus compiles it in)
    for p in _companions(pyx):
        impl = p[:-4] + ".pyx"
        if os.path.exists(impl) and impl != os.path.abspath(pyx):
            if not os.path.exists(os.path.join(d, os.path.basename(impl))):
                shutil.copy(impl, os.path.join(d, os.path.basename(impl)))
    return d, staged


def module_name(pyx: str) -> str:
    return os.path.splitext(os.path.basename(pyx))[0]


def built_path(pyx: str, kind: str) -> str | None:
    d = os.path.join(cache_root(), kind, build_key(pyx, kind))
    so = os.path.join(d, module_name(pyx) + EXT_SUFFIX)
    return so if os.path.exists(so) else None


def failure(pyx: str, kind: str) -> str | None:
    d = os.path.join(cache_root(), kind, build_key(pyx, kind))
    f = os.path.join(d, "FAILED")
    if os.path.exists(f):
        with open(f, encoding="utf-8", errors="replace") as fh:
            return fh.read()
    return None


def _numpy_include() -> str:
    import numpy
    return numpy.get_include()


def _jobs() -> int:
    return max(1, int(os.environ.get("PYDIFF_JOBS", "0")) or os.cpu_count() or 1)


def build_cython(pyx: str) -> None:
    """Builds one module with its own cythonize process (a module that fails
    must not hide the others)."""
    if built_path(pyx, "cython") or failure(pyx, "cython") is not None:
        return
    d, staged = _stage(pyx, "cython")
    env = dict(os.environ)
    # -O0: the reference build only has to behave like Cython's, and it
    # compiles far faster than setuptools' default -O3.
    env["CFLAGS"] = (env.get("CFLAGS", "") + " -O0 -w -I" + _numpy_include()).strip()
    r = subprocess.run(
        [sys.executable, "-m", "Cython.Build.Cythonize", "-3", "-i", "-q", os.path.basename(staged)],
        cwd=d, env=env, capture_output=True, text=True)
    so = os.path.join(d, module_name(staged) + EXT_SUFFIX)
    if r.returncode != 0 or not os.path.exists(so):
        with open(os.path.join(d, "FAILED"), "w") as fh:
            fh.write(r.stdout + r.stderr)
    for junk in os.listdir(d):
        if junk == "build":
            shutil.rmtree(os.path.join(d, junk), ignore_errors=True)


def build_cytrus(pyx: str, backend: str) -> None:
    kind = "cytrus-" + backend
    if built_path(pyx, kind) or failure(pyx, kind) is not None:
        return
    d, staged = _stage(pyx, kind)
    binary = cytrus_binary()
    if not os.path.exists(binary):
        return
    env = dict(os.environ)
    env["CFLAGS"] = (env.get("CFLAGS", "") + " -I" + _numpy_include()).strip()
    r = subprocess.run(
        [binary, "build", "--python", os.path.basename(staged), "-o", d, "--backend", backend,
         "--python-exe", sys.executable],
        cwd=d, env=env, capture_output=True, text=True)
    so = os.path.join(d, module_name(staged) + EXT_SUFFIX)
    if r.returncode != 0 or not os.path.exists(so):
        with open(os.path.join(d, "FAILED"), "w") as fh:
            fh.write(f"exit {r.returncode}\n" + r.stdout + r.stderr)


def build_copy(pyx: str) -> None:
    """``cython-copy``: the reference build again under another path, so the
    harness can check itself (two builds of one module must never differ)."""
    src = built_path(pyx, "cython")
    if src is None or built_path(pyx, "cython-copy"):
        return
    d, staged = _stage(pyx, "cython-copy")
    shutil.copy(src, os.path.join(d, module_name(pyx) + EXT_SUFFIX))


def build_all(pyxs: list[str], kinds=BUILDS) -> None:
    tasks = []
    for pyx in pyxs:
        if "cython" in kinds or "cython-copy" in kinds:
            tasks.append((build_cython, pyx))
        for kind in kinds:
            if kind.startswith("cytrus-"):
                tasks.append((build_cytrus, pyx, kind.split("-", 1)[1]))
    with concurrent.futures.ThreadPoolExecutor(max_workers=_jobs()) as pool:
        for done in [pool.submit(*task) for task in tasks]:
            done.result()
    if "cython-copy" in kinds:
        for pyx in pyxs:
            build_copy(pyx)


def load(so: str, name: str):
    """Imports one built extension under its own name without keeping it in
    sys.modules, so three builds of one module live side by side."""
    loader = importlib.machinery.ExtensionFileLoader(name, so)
    spec = importlib.util.spec_from_file_location(name, so, loader=loader)
    mod = importlib.util.module_from_spec(spec)
    saved = sys.modules.get(name)
    sys.modules[name] = mod
    try:
        spec.loader.exec_module(mod)
    finally:
        if saved is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = saved
    return mod
