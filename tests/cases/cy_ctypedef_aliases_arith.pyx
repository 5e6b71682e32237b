# Arithmetic through ctypedef aliases: a Py_ssize_t alias floored by //
# (cdivision off), a long long alias, an alias of an alias, and a
# pointer-type alias. Inspired by Cython's tests/run/division_T384.pyx,
# tests/run/longlongindex.pyx and tests/run/ctypedef_delegation.pyx.
cimport cython
ctypedef Py_ssize_t index_t
ctypedef long long foo
ctypedef foo bar
ctypedef double* dptr

@cython.cdivision(False)
def half(index_t x):
    cdef index_t y = x // 2
    cdef index_t z = x % 2
    return y * 10 + z

def widen(foo a, bar b, long c):
    cdef bar r = a * b + c
    return r

print(half(3), half(-3), half(-4), half(0), half(-1))
print(widen(1 << 20, 1 << 20, -1), widen(-3037000499, 3037000499, 0))
cdef double vals[3]
vals[0] = 1.5; vals[1] = 2.5; vals[2] = -0.25
cdef dptr p = vals
cdef dptr q = &vals[2]
print(p[1], q[0], (q - p), p[0] + q[0])
