# difftest (issue 14): `a and b` / `a or b` converted to another type
# converts each operand from its own type (Cython's BoolBinopNode.coerce_to):
# printed, assigned, in arithmetic, with literals, and the truth of the
# operand tested before any conversion.
from libc.stdint cimport int8_t, uint16_t, int64_t, uint64_t

def signed_unsigned():
    cdef unsigned long long u = 10, z = 0
    cdef long m = -85
    cdef unsigned int ui = 7
    cdef int i = -3
    cdef size_t sz = 0
    cdef Py_ssize_t ps = -4
    print(u and m, z or m, u or m, z and m)
    print(<unsigned long long>10 and -85 // 7, u and m // 7)
    print(ui and i, sz or ps, ps and sz, i or ui)
    print(u and m and i, z or (u and m))
    print((u and m) * 1.5, (z or m) + 0.5, (ui and i) * 2.0)
    cdef double d = u and m
    cdef long r = u and m
    cdef int64_t s = sz or ps
    print(d, r, s)

def literals():
    cdef unsigned char c = 3
    cdef unsigned long long z = 0
    cdef uint16_t w = 0
    print(c and -1, c or 256, z or -7, w or -0x8000)
    cdef unsigned char k = z or 256
    cdef int8_t e = w or 200
    print(k, e)

def in_cython_types():
    cdef int v1 = 1097779553
    cdef size_t v3 = 2626292886461314605
    cdef uint64_t big = 0
    print(<long>v1 or v1 * v3, big or v1 << (v3 & 31), v1 and v1 >> (v3 & 31))

def int_and_float():
    cdef int i = 3, z = 0
    cdef double d = 2.5, e = 0.0
    cdef float g = 1.5
    print(i and d, z and d, d and i, e or i, i or d, z or g, g and i)
    print((i and d) * 2, (z or d) + 1)
    cdef double x = i and d
    print(x)

signed_unsigned()
literals()
in_cython_types()
int_and_float()
