# Pure-Python-mode annotations in a .pyx: `x: cython.int`, `y: float` (a C
# double), views `v: cython.double[:]` (refusing None in a def function,
# as Cython does), a `def` return annotation (which Cython does not apply),
# and `@cython.ccall` with `-> cython.double` (which it does).
import cython
from cython.view cimport array as cvarray

def f(x: cython.int, y: float) -> cython.double:
    return x + 1

@cython.ccall
def scaled(x: cython.int, k: cython.double) -> cython.double:
    return x * k

def total(v: cython.double[:], start: cython.Py_ssize_t = 0) -> cython.double:
    cdef cython.double s = 0
    cdef cython.Py_ssize_t i
    for i in range(start, v.shape[0]):
        s += v[i]
    return s

cdef cython.double[::1] v = cvarray(shape=(3,), itemsize=8, format="d")
v[0], v[1], v[2] = 1.5, 2.5, 4.0
print(f(1, 2.5), f(2, 1), scaled(3, 0.5), total(v), total(v, 1))
print(total(None))
