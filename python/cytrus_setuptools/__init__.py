"""setuptools integration for cytrus.

``cytrusize(patterns)`` turns ``.pyx`` paths (globs allowed) into
``CytrusExtension`` objects; the ``build_ext`` command of this package builds
each of them with ``cytrus build --python FILE.pyx -o DIR --backend B`` and
puts the module where setuptools expects it.  Ordinary extensions in the same
``setup()`` are built by setuptools as usual.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile

from setuptools import Extension
from setuptools.command.build_ext import build_ext as _build_ext

__all__ = ["CytrusExtension", "cytrusize", "build_ext", "find_cytrus", "CytrusError"]
__version__ = "0.1.0"


class CytrusError(RuntimeError):
    pass


def find_cytrus() -> str:
    """The cytrus binary: $CYTRUS, else `cytrus` on PATH."""
    env = os.environ.get("CYTRUS")
    if env:
        if not os.path.exists(env):
            raise CytrusError(f"CYTRUS={env} does not exist")
        return os.path.abspath(env)
    found = shutil.which("cytrus")
    if found:
        return found
    raise CytrusError("cytrus not found: put it on PATH or set CYTRUS=/path/to/cytrus")


class CytrusExtension(Extension):
    """An extension module built from one .pyx file by cytrus."""

    def __init__(self, name, sources, backend=None, cytrus_args=(), **kw):
        super().__init__(name, sources, **kw)
        self.cytrus_backend = backend
        self.cytrus_args = list(cytrus_args)


def _module_name(path: str, root: str | None) -> str:
    """Dotted module name of a .pyx: its path below the package root, with
    the directories that hold an __init__.py (like cythonize)."""
    path = os.path.normpath(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    if root is not None:
        rel = os.path.relpath(os.path.splitext(path)[0], root)
        return rel.replace(os.sep, ".")
    parts = [stem]
    d = os.path.dirname(path)
    while d and os.path.exists(os.path.join(d, "__init__.py")):
        parts.insert(0, os.path.basename(d))
        d = os.path.dirname(d)
    return ".".join(parts)


def cytrusize(module_list, backend: str | None = None, package_root: str | None = None,
              cytrus_args=(), **extension_kw):
    """Like ``cythonize``: a list of extensions from .pyx paths or glob
    patterns (or Extension objects, whose .pyx sources are taken).

    ``package_root``: the directory module names are relative to (e.g.
    ``"src"``); by default the name follows the ``__init__.py`` files.
    """
    if isinstance(module_list, (str, os.PathLike)):
        module_list = [module_list]
    out = []
    for item in module_list:
        if isinstance(item, Extension):
            pyx = [s for s in item.sources if s.endswith(".pyx")]
            if len(pyx) != 1:
                raise CytrusError(f"extension {item.name}: expected one .pyx source, got {item.sources}")
            out.append(CytrusExtension(item.name, pyx, backend=backend, cytrus_args=cytrus_args))
            continue
        paths = sorted(glob.glob(os.fspath(item))) or [os.fspath(item)]
        for p in paths:
            if not p.endswith(".pyx"):
                raise CytrusError(f"{p}: not a .pyx file")
            if not os.path.exists(p):
                raise CytrusError(f"{p}: no such file")
            out.append(CytrusExtension(_module_name(p, package_root), [p], backend=backend,
                                       cytrus_args=cytrus_args, **extension_kw))
    return out


class build_ext(_build_ext):
    """build_ext that hands CytrusExtension objects to cytrus."""

    def build_extension(self, ext):
        if not isinstance(ext, CytrusExtension):
            return super().build_extension(ext)
        backend = ext.cytrus_backend or os.environ.get("CYTRUS_BACKEND") or "c"
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
        src = os.path.abspath(ext.sources[0])
        stem = os.path.splitext(os.path.basename(src))[0]
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        with tempfile.TemporaryDirectory(prefix="cytrus-build-") as out:
            cmd = [find_cytrus(), "build", "--python", src, "-o", out, "--backend", backend,
                   "--python-exe", sys.executable] + ext.cytrus_args
            self.announce("cytrus: " + " ".join(cmd), level=2)
            print("cytrus:", " ".join(cmd), flush=True)
            r = subprocess.run(cmd, capture_output=True, text=True)
            if r.stdout:
                print(r.stdout, end="")
            if r.returncode != 0:
                sys.stderr.write(r.stderr)
                raise CytrusError(f"cytrus failed on {src} (exit {r.returncode})")
            if r.stderr:
                sys.stderr.write(r.stderr)
            built = os.path.join(out, stem + suffix)
            if not os.path.exists(built):
                found = [f for f in os.listdir(out) if f.startswith(stem + ".") and f.endswith((".so", ".pyd"))]
                if not found:
                    raise CytrusError(f"cytrus wrote no {stem}{suffix} into {out}: {os.listdir(out)}")
                built = os.path.join(out, found[0])
            shutil.copyfile(built, target)
            os.chmod(target, 0o755)
