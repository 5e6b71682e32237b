cimport numpy as cnp
cimport numpy
import numpy as np
ctypedef cnp.float64_t DTYPE_t
cnp.import_array()
cdef cnp.intp_t n = sizeof(cnp.float64_t)
def f(cnp.ndarray[cnp.float64_t, ndim=2, mode="c"] a, np.ndarray[double, ndim=1] b, cnp.ndarray c):
    cdef const cnp.float32_t[:, ::1] v
    cdef np.ndarray[np.int32_t] w
