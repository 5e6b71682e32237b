# prange reductions with each operator Cython infers (+=, -=, *=, &=, |=, ^=),
# on integers and on doubles holding exact values, several in one loop, and
# starting from values other than the identity.
from cython.parallel cimport prange
cimport cython

def ints(int n, int threads):
    cdef int i
    cdef long add = 100, sub = 5, mul = 1
    cdef unsigned int band = 0xFFFFFFFF, bor = 0, bxor = 0
    for i in prange(n, nogil=True, num_threads=threads):
        add += i
        sub -= 2 * i
        if i % 7 == 0 and i > 0:
            mul *= 2
        band &= ~(<unsigned int>1 << (i % 32))
        bor |= <unsigned int>1 << (i % 13)
        bxor ^= <unsigned int>i * <unsigned int>2654435761
    print("ints", n, add, sub, mul, band, bor, bxor)

def floats(double[::1] v, int threads):
    cdef Py_ssize_t i
    cdef double total = 0.5, prod = 1.0
    cdef float ftotal = 0
    for i in prange(v.shape[0], nogil=True, num_threads=threads, schedule='dynamic', chunksize=2):
        total += v[i]
        ftotal += <float>v[i]
        if v[i] != 0:
            prod *= 2.0
    print("floats", total, ftotal, prod)

def counts(int[::1] a, int threads):
    cdef Py_ssize_t i
    cdef int even = 0, odd = 0, big = 0
    cdef long weight = 0
    for i in prange(a.shape[0], nogil=True, num_threads=threads, schedule='guided'):
        if a[i] % 2 == 0:
            even += 1
        else:
            odd += 1
        if a[i] > 50:
            big += 1
            weight += a[i]
    print("counts", even, odd, big, weight)

cdef double[::1] v = cython.view.array(shape=(40,), itemsize=sizeof(double), format="d")
cdef int[::1] a = cython.view.array(shape=(77,), itemsize=sizeof(int), format="i")
cdef int k, t
for k in range(40):
    v[k] = k * 0.25
for k in range(77):
    a[k] = (k * 37) % 101
for t in range(1, 4):
    ints(0, t)
    ints(1, t)
    ints(100, t)
    floats(v, t)
    counts(a, t)
