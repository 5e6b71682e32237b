# abs/min/max on mixed types.
def main():
    cdef int i = -5
    cdef unsigned int u = 3
    cdef long long ll = -10000000000
    cdef double d = -2.5
    cdef short s = -7
    cdef char c = -128
    print(abs(i), abs(ll), abs(d), abs(s), abs(c))
    print(min(i, u), max(i, u))
    print(min(i, d), max(i, d), min(ll, i), max(ll, s))
    print(min(1, 2, 3), max(-1, -2, -3), min(d, 0.0))
    print(max(s, c), min(s, c), max(u, 0))
    cdef int m = -2147483647 - 1
    print(abs(m), abs(-0.0), min(-0.0, 0.0), max(0.0, -0.0))
    print(abs(True), min(True, 2), max(i, 2, d))
main()
