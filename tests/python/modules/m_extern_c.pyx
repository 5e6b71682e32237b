# `cdef extern from` blocks called from Python: libc functions through
# their headers, a macro constant, and C code written in the block itself,
# with both backends (the Rust one compiles the glue with the C compiler
# and links it into the extension module).
from libc.string cimport memset, memcpy

cdef extern from "math.h" nogil:
    double hypot(double x, double y)
    double fma(double x, double y, double z)

cdef extern from "stdlib.h":
    long labs(long x)
    int RAND_MAX

cdef extern from "limits.h":
    int INT_MAX

cdef extern from *:
    """
    static int cytrus_test_twice(int x) { return 2 * x; }
    #define CYTRUS_TEST_ANSWER 42
    """
    int cytrus_test_twice(int x)
    int CYTRUS_TEST_ANSWER

def norm(double x, double y):
    return hypot(x, y)

def fused_mul_add(double x, double y, double z):
    return fma(x, y, z)

def absolute(long x):
    return labs(x)

def limits():
    return INT_MAX - RAND_MAX

def twice(int x):
    return cytrus_test_twice(x) + CYTRUS_TEST_ANSWER

def zero_from(double[::1] a, Py_ssize_t start):
    if start < 0 or start > a.shape[0]:
        raise IndexError("start out of range")
    if start < a.shape[0]:
        memset(&a[start], 0, (a.shape[0] - start) * sizeof(double))
    return a.shape[0] - start

def copy_into(double[::1] dst, const double[::1] src):
    if dst.shape[0] < src.shape[0]:
        raise ValueError("dst too short")
    if src.shape[0] > 0:
        memcpy(&dst[0], &src[0], src.shape[0] * sizeof(double))
    return src.shape[0]
