# Tuple assignment and chained assignment: every value is evaluated before
# any target is set (swaps of scalars, view elements and views), targets are
# set left to right, untyped names take their types from the values, and a
# chained assignment evaluates its value once.
from cython cimport view

cdef int next_value(int x):
    print("next_value", x)
    return x + 1

cdef int a = 1, b = 2
a, b = b, a
print(a, b)
a, b = 0, 10
print(a, b)
a, b = b, a + b
print(a, b)
x, y = 3, 4.5
print(x, y)
x, z = x * 2, x
print(x, z)

cdef double[::1] v = view.array(shape=(4,), itemsize=sizeof(double), format="d")
cdef double[::1] w = view.array(shape=(4,), itemsize=sizeof(double), format="d")
cdef int i
for i in range(4):
    v[i] = i
    w[i] = 10 * i
v[0], v[3] = v[3], v[0]
print(v[0], v[1], v[2], v[3])
i, v[i] = 1, 7.5
print(i, v[1])
v, w = w, v
print(v[1], w[1])
a, b = next_value(a), next_value(b)
print(a, b)

cdef int p, q, r
p = q = r = next_value(40)
print(p, q, r)
m = n = 5
print(m, n)
cdef double d
cdef long k
d = k = 7
print(d, k)

cdef void fib(int count):
    cdef long lo, hi
    cdef int j
    lo, hi = 0, 1
    for j in range(count):
        lo, hi = hi, lo + hi
    print("fib", count, lo)

fib(10)
fib(50)
left, right = 0, 17
while left < right:
    mid = left + (right - left) // 2
    if mid * mid < 150:
        left = mid + 1
    else:
        right = mid
print("isqrt-ish", left)
