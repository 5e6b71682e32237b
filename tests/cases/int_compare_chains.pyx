# Chained comparisons mixing signed/unsigned/float, evaluated once.
cdef int tick(int v, int *calls):
    calls[0] += 1
    return v
def main():
    cdef unsigned int u = 5
    cdef int i = -1
    cdef double d = 2.5
    cdef int calls = 0
    print(i < d < u, 0 <= i < u, i < 0 < u, -1 < u)
    print(1 < tick(2, &calls) < 3, calls)
    print(1 < tick(0, &calls) < tick(5, &calls), calls)
    cdef long long big = 4294967296
    print(u < big, i < big, d < big < 1e10)
    cdef unsigned char uc = 255
    cdef signed char sc = -1
    print(uc == sc, <unsigned char>sc == uc, uc > sc)
main()
