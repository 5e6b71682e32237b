# Indexing views with unsigned, char, long long, bint and Python-int indices; element aug-assign.
from cython.view cimport array as cvarray
cdef int idx(int *c, int i):
    c[0] += 1
    return i
def main():
    cdef int[:] v = cvarray(shape=(5,), itemsize=sizeof(int), format="i")
    cdef int i
    for i in range(5):
        v[i] = i * 10 - 20
    cdef unsigned int u = 4
    cdef signed char c = -2
    cdef long long ll = 1
    cdef bint b = True
    py = 3
    print(v[u], v[c], v[ll], v[b], v[py], v[-py])
    v[c] += -7
    v[u] *= 7
    v[b] ^= 2
    v[ll] <<= 2
    print(v[0], v[1], v[2], v[3], v[4])
    cdef int n = 0
    v[idx(&n, 2)] += 5
    v[idx(&n, -1)] -= 1
    print(v[2], v[4], n)
    cdef double[:] d = cvarray(shape=(2,), itemsize=sizeof(double), format="d")
    d[0] = 7.0; d[1] = -7.0
    d[0] *= 2
    d[1] -= 3
    print(d[0], d[1])
    try:
        print(v[u + 1])
    except IndexError as e:
        print(e)
main()
