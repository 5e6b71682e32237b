# `import cython` and Cython's pure-Python-mode names in a .pyx: type names
# (`cython.double`, `cython.uchar`, `cython.Py_ssize_t`, `cython.p_double`,
# `cython.longlong`), the decorators `@cython.cfunc`, `@cython.ccall`,
# `@cython.inline`, `@cython.nogil`, `@cython.exceptval`, `@cython.returns`
# and the directive decorators, and `cython.cast`, `cython.sizeof`,
# `cython.address`, `cython.declare`.
import cython
from cython.view cimport array as cvarray

@cython.cfunc
@cython.inline
@cython.returns(cython.double)
@cython.exceptval(-1.0, check=False)
def weighted(cython.double x, cython.int w):
    if w < 0:
        return -1.0
    return x * w

@cython.cfunc
@cython.nogil
@cython.exceptval(check=False)
def count_below(const cython.double[::1] v, cython.double limit) -> cython.Py_ssize_t:
    cdef cython.Py_ssize_t i, n = 0
    for i in range(v.shape[0]):
        if v[i] < limit:
            n += 1
    return n

@cython.ccall
@cython.boundscheck(False)
@cython.wraparound(False)
def total(cython.double[::1] v) -> cython.double:
    cdef cython.double s = 0
    cdef cython.Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s

cdef cython.uchar code = 250
code += 10
cdef cython.longlong big = 1 << 40
cdef cython.double d = 2.5
cdef cython.p_double p = cython.address(d)
cdef cython.double[::1] v = cvarray(shape=(4,), itemsize=cython.sizeof(cython.double), format="d")
cdef cython.int i
for i in range(4):
    v[i] = i * 1.5
print(code, big, p[0], cython.sizeof(cython.longlong), cython.cast(cython.int, 7.9))
print(weighted(d, 3), count_below(v, 3.0), total(v))
n = cython.declare(cython.int, 41)
n += 1
print(n, cython.typeof(n))
