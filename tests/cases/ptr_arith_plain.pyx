# Pointer arithmetic (no augmented assignment), comparisons, differences, NULL checks.
from libc.stdlib cimport malloc, free
def main():
    cdef int *p = <int *>malloc(8 * sizeof(int))
    cdef int i
    for i in range(8):
        p[i] = i * i
    cdef int *q = p + 3
    print(q[0], q[-1], (p + 5)[0], (q + 2)[-1], p[7])
    print(q - p, p < q, q == p + 3, p != NULL, (q - 1)[0])
    q = q + 2
    print(q[0], q - p)
    q = q - 4
    print(q[0], q - p)
    cdef int **pp = &q
    pp[0][1] = 100
    print(p[2], pp[0][0])
    cdef int *n = NULL
    print(n == NULL, n is NULL, not n, p is not NULL)
    cdef double d = 1.5
    cdef double *dp = &d
    dp[0] *= 4
    print(d, (<long *>p)[0] == (<long *>p)[0])
    cdef char *cp = <char *>p
    print((<int *>(cp + 4 * sizeof(int)))[0])
    free(p)
main()
