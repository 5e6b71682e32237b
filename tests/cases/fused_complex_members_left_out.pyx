# Complex members of a `ctypedef fused` block are left out (cytrus has no
# complex type); the real members specialise as in Cython.
cimport numpy as cnp

ctypedef fused reals_and_complex:
    cnp.float32_t
    cnp.float64_t
    cnp.complex64_t
    cnp.complex128_t

ctypedef fused only_complex:
    cnp.complex128_t

ctypedef fused outer:
    cnp.int32_t
    only_complex

cdef reals_and_complex halve(reals_and_complex x):
    return x / 2

cdef reals_and_complex first(reals_and_complex[:] v):
    return v[0]

cdef outer widen(outer n):
    return n + 1

cdef double d[2]
d[0] = 3.0
d[1] = 1.0
cdef double[:] dv = d
print(halve(3.0), halve(<float>1.5), first(dv))
cdef cnp.int32_t k = 41
print(widen(k))
