# Chained comparisons on C ints, with a comparison result (a bint) in the
# middle of a chain, and long chains mixing a variable with constants.
# Inspired by Cython's tests/run/cascmp.pyx.
def ints():
    cdef int int1 = 0, int2 = 0, int3 = 0, int4 = 0
    cdef int r1, r6
    r1 = int1 < int2 < int3
    r6 = int1 < (int2 == int3) < int4
    print(r1, r6, int1 <= (int2 == int3) <= 1, int1 < (int2 != int3) < 1)

def consts(int x):
    print(0 <= 1, 1 <= 0, 1 <= 1 <= 2, 1 <= 0 < 1, 1 <= 1 <= 0,
          1 <= 1 <= x <= 2 <= 3 > x <= 2 <= 2,
          1 <= 1 <= x <= 1 <= 1 <= x <= 2)

def eqs(int a, int b, int c):
    print(1 == a == b == c, 1 == a == 1 == b == c)

ints()
consts(2)
consts(1)
eqs(1, 2, 3); eqs(1, 1, 2); eqs(2, 1, 1); eqs(1, 1, 1)
