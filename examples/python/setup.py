# The .pyx modules are built by cytrus (cytrus build --python) instead of Cython.
from setuptools import setup

from cytrus_setuptools import build_ext, cytrusize

setup(
    packages=["cytrus_example"],
    package_dir={"": "src"},
    ext_modules=cytrusize("src/cytrus_example/*.pyx", package_root="src"),
    cmdclass={"build_ext": build_ext},
)
