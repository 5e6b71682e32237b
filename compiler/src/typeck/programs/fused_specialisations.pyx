from cython cimport floating

ctypedef fused index_t:
    int
    long

cdef floating pick(const floating[::1] v, index_t i) noexcept nogil:
    if floating is float:
        return v[i] * 2
    return v[i]

def first(floating[::1] v):
    return pick(v, 0)
