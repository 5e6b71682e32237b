import numpy as np
cimport numpy as cnp
from .numerics cimport reals

cdef inline reals clip(reals x, reals lo, reals hi) noexcept nogil:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x
