# np.ones of a struct dtype
import numpy as np
cdef struct P:
    double x
cdef P dummy
PDT = np.asarray(<P[:1]>(&dummy)).dtype
cdef P[::1] v = np.ones(3, dtype=PDT)
