# ctypedef names in signatures.
ctypedef double real_t
ctypedef long index_t
ctypedef unsigned char byte_t

def scale(real_t x, index_t k):
    return x * k

def pick(real_t[:] a, index_t i):
    return a[i]

def count(byte_t[::1] a, byte_t v):
    cdef index_t n = 0, i
    for i in range(a.shape[0]):
        if a[i] == v:
            n += 1
    return n

cpdef real_t cp_sum(const real_t[:, :] a):
    cdef real_t s = 0
    cdef index_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s
