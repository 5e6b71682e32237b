# A shared .pxd as scikit-image writes them: a Python import (which binds
# nothing in the modules that cimport this file) and fused types with complex
# members (left out by cytrus; no specialisation here uses them).
cimport numpy as cnp
import numpy as np

ctypedef fused sints:
    cnp.int32_t
    cnp.int64_t

ctypedef fused reals:
    cnp.float32_t
    cnp.float64_t

ctypedef fused cplx:
    cnp.complex64_t
    cnp.complex128_t

ctypedef fused real_numeric:
    sints
    reals

ctypedef fused any_numeric:
    real_numeric
    cplx
