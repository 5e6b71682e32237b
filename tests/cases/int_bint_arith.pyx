# bint in arithmetic and comparisons.
def main():
    cdef bint t = True
    cdef bint f = False
    cdef int n = 5
    print(t + t, t * n, n - t, f * 10, -t)
    print(t == 1, f == 0, t > f, t & f, t | f, t ^ t)
    cdef bint r = n
    print(r, not r, r + 0)
    cdef int s = 0
    cdef int i
    for i in range(10):
        s += (i % 3 == 0)
    print(s)
    print(t and n, f or n, n and f, f or 0)
    cdef double d = t / 2
    print(d, ~t, t << 3)
main()
