# int(x), float(x), float("nan"), bool(x), abs on C values, as Cython types them
cimport cython
from libc.math cimport isnan

cdef double[6] z
z[0] = 3.0
z[1] = 7.9
z[2] = -2.5
z[3] = 1e20
z[4] = -0.4
z[5] = 12.0

for r in range(2):
    print(int(z[r * 3]), int(z[r * 3 + 1]), z[r * 3 + 2], int(z[r * 3 + 2]))
cdef int n = -5
cdef bint b = True
cdef char c = 65
print(int(n), int(b), int(c), float(n), float(b), float(c), bool(n), bool(0), bool(0.0), bool(z[4]))
print(cython.typeof(float(n)), cython.typeof(float("nan")), cython.typeof(float(z[2])))
cdef double nan = float("nan")
cdef double inf = float("inf")
cdef double ninf = float("-inf")
cdef double spaced = float("  -1_000.25 ")
print(nan, inf, ninf, spaced, isnan(float("NaN")), float("Infinity"), float("1e-3"))
cdef Py_ssize_t k = int(z[5])
cdef int m = int(z[1] * 2)
print(k, m, k * m, int(z[5]) // 5, int(z[2]) % 4)
y = int(z[3])
print(y, y + 1, float(y))
print(abs(n), abs(z[2]), abs(-7.0), int(abs(z[2]) * 10))
cdef double[3] bad
bad[0] = nan
bad[1] = inf
bad[2] = ninf
for r in range(3):
    try:
        print(int(bad[r]))
    except (ValueError, OverflowError) as e:
        print("error:", e)
cdef double huge = 1e30
print(int(huge))
