# with nogil(True) / with gil(False) conditional forms with constant
# conditions. Inspired by Cython's tests/run/nogil_conditional.pyx.
cdef int plus10(int x) nogil:
    return x + 10

cdef int plus100(int x):
    return x + 100

def cond():
    cdef int res = 0
    with nogil(True):
        res = plus10(res)
        with gil(True):
            res = plus100(res)
    with nogil(False):
        res = plus100(res)
    return res

print(cond())
