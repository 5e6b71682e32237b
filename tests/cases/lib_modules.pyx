# The C library as Cython declares it: `from libc cimport math/stdlib/string`
# used as modules, `cimport libc.math as cmath`, `libc.float` and
# `libc.limits` constants with their C types, `e`/`pi` and the rest of
# `libc.math`'s constants, `abs`/`labs` of `libc.stdlib` (C functions of one
# integer type), `abs` cimported from `libc.math` (the builtin), and
# `cpython.mem`'s allocator.
from libc cimport math, stdlib, string
cimport libc.math as cmath
from libc.float cimport DBL_MAX, DBL_MIN, DBL_EPSILON, FLT_MAX, FLT_EPSILON, DBL_DIG, FLT_DIG, DBL_MANT_DIG
from libc.limits cimport INT_MAX, INT_MIN, UINT_MAX, LONG_MAX, LONG_MIN, LLONG_MIN, ULLONG_MAX, CHAR_BIT, UCHAR_MAX, SHRT_MIN
from libc.math cimport e, pi, M_2_SQRTPI, FP_NAN, FP_ZERO, FP_NORMAL, HUGE_VALF, abs
from libc.stdlib cimport abs as c_abs, labs
from cpython.mem cimport PyMem_Malloc, PyMem_Realloc, PyMem_Free

print(math.sqrt(16.0), math.floor(-2.5), cmath.fabs(-3.25), math.pi == pi, math.isnan(math.NAN))
print(DBL_MAX, DBL_MIN, DBL_EPSILON, FLT_MAX, FLT_EPSILON, DBL_DIG, FLT_DIG, DBL_MANT_DIG)
print(INT_MAX, INT_MIN, UINT_MAX, LONG_MAX, LONG_MIN, LLONG_MIN, ULLONG_MAX, CHAR_BIT, UCHAR_MAX, SHRT_MIN)
print(INT_MAX + 1, UINT_MAX + 1, DBL_MAX * 2, FLT_MAX > 3e38, e, M_2_SQRTPI, FP_NAN, FP_ZERO, FP_NORMAL, HUGE_VALF)
cdef long big = 5000000000
cdef double x = -2.5
print(c_abs(-3), c_abs(big), labs(-big), abs(x), abs(-7), c_abs(<int>x))

cdef double *buf = <double *>PyMem_Malloc(4 * sizeof(double))
cdef int i
for i in range(4):
    buf[i] = i * 0.5
buf = <double *>PyMem_Realloc(buf, 8 * sizeof(double))
for i in range(4, 8):
    buf[i] = i * 0.5
string.memset(&buf[6], 0, 2 * sizeof(double))
cdef double total = 0
for i in range(8):
    total += buf[i]
print(total)
PyMem_Free(buf)

cdef int *ints = <int *>stdlib.malloc(3 * sizeof(int))
ints[0], ints[1], ints[2] = 5, -6, 7
print(ints[0] + ints[1] + ints[2], stdlib.abs(ints[1]))
stdlib.free(ints)
