# `ctypedef` of scalars, pointers, C arrays, memoryviews (also `const`) and
# numpy's C types, used in declarations, parameters, returns, casts, sizeof
# and as view elements.
cimport numpy as cnp
from cython cimport view
from libc.stdlib cimport malloc, free

ctypedef cnp.float64_t DTYPE_t
ctypedef cnp.intp_t ITYPE_t
ctypedef double real
ctypedef real * real_ptr
ctypedef int quad[4]
ctypedef double[:, ::1] matrix_t
ctypedef const double[:] cvec_t
ctypedef unsigned char byte
ctypedef DTYPE_t[::1] dvec
ctypedef long long wide

cdef real x = 1.5
cdef real_ptr p = &x
cdef quad q
cdef int i
for i in range(4):
    q[i] = i * i
print(p[0], q[3], sizeof(real), sizeof(real_ptr), sizeof(byte))

cdef matrix_t m = view.array(shape=(2, 2), itemsize=sizeof(DTYPE_t), format="d")
m[:, :] = 2.0
m[1, 1] = 0.25
cdef cvec_t r = m[0]
cdef dvec d = m[1]
cdef byte b = 255
b += 1
cdef ITYPE_t n = -3
print(r[1] + d[0], b, n // 2, <byte>300, <wide>2 ** 40)

cdef real twice(real v):
    return v * 2

cdef DTYPE_t total(const DTYPE_t[:] v):
    cdef ITYPE_t k
    cdef DTYPE_t s = 0
    for k in range(v.shape[0]):
        s += v[k]
    return s

cdef DTYPE_t trace(matrix_t a):
    cdef ITYPE_t k
    cdef DTYPE_t s = 0
    for k in range(a.shape[0]):
        s += a[k, k]
    return s

print(twice(x), total(m[0]), total(d), trace(m))

cdef real_ptr buf = <real_ptr>malloc(3 * sizeof(real))
for i in range(3):
    buf[i] = i + 0.5
cdef DTYPE_t[:] bv = <DTYPE_t[:3]>buf
print(total(bv), <int>(bv[2] * 2))
free(buf)
