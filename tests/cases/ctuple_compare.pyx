# Comparing C tuples: Cython compares the Python tuples made from them,
# item by item, then by length.
from libc.math cimport NAN

cdef (int, double) a = (1, 2.5)
cdef (int, double) b = (1, 3.5)
cdef (int, double) c = (2, 0.0)
cdef (int, double) a2 = (1, 2.5)

print(a == a2, a != a2, a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print(b < c, c < b, a <= a2, a >= a2, a < a2, a > a2)

# against tuples written out
print(a == (1, 2.5), (1, 2.5) == a, a < (1, 2.6), (0, 9.0) < a)

# different item types meet in their common type
cdef (double, long) d = (1.0, 2)
print(a == d, d == (1, 2), d < a, d > a)

# different lengths: the shared items first, then the shorter is smaller
cdef (int, int, int) three = (1, 2, 3)
cdef (int, int) two = (1, 2)
cdef (int, int) two_big = (1, 3)
print(two < three, three < two, two == three, two != three, two_big > three, two <= three)

# NaN is never equal, so it decides with a false `<`
cdef (double, int) n1 = (NAN, 1)
cdef (double, int) n2 = (NAN, 0)
print(n1 == n1, n1 != n1, n1 < n2, n1 > n2, n1 <= n2)

# nested tuples compare recursively
cdef (int, (double, double)) e1 = (1, (2.0, 3.0))
cdef (int, (double, double)) e2 = (1, (2.0, 4.0))
print(e1 == e2, e1 < e2, e1 > e2, e1 == e1, e1 >= e1)

cdef (int, double) pick(int k):
    return k, k * 0.5

cdef int i
for i in range(3):
    if pick(i) < (1, 0.75):
        print(i, "below")
    elif pick(i) == (1, 0.5):
        print(i, "equal")
    else:
        print(i, "above")

# unsigned and signed items compare as C compares them
cdef (unsigned int, int) u = (3, -1)
cdef (unsigned int, int) v = (3, 1)
print(u < v, u == v)

# items of different integer types compare exactly, as Python ints
cdef (unsigned int,) big = (3,)
cdef (int,) neg = (-1,)
print(big > neg, big == neg, neg < big)
cdef (unsigned long long, int) huge = (18446744073709551615, 0)
cdef (long long, int) minus = (-1, 0)
print(huge == minus, huge > minus)

# a wide integer beside a float: exact too
cdef (long long,) wide = (9007199254740993,)
cdef (double,) near = (9007199254740992.0,)
print(wide == near, wide > near, near < wide, wide != near)
cdef (bint, int) flag = (True, 1)
cdef (int, int) ones = (1, 1)
print(flag == ones)
