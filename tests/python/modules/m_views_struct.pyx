# Views of structs given numpy structured dtypes (pydiff passes a table of
# them to every struct view): which are accepted, and Cython's messages for
# the others, naming the field (`expected 'double' but got 'float' in
# 'P.b'`), the offsets (`next field is at offset 4 but 8 expected`), C array
# extents and the item size. Aligned, packed, nested, typedef'd field types,
# C array fields, char fields, const.
ctypedef long index_t

cdef struct P:
    int a
    double b

cdef packed struct Q:
    int a
    double b

cdef struct N:
    P inner
    int c

cdef struct A:
    double x[3]
    int n

cdef struct C1:
    char c
    signed char s
    unsigned char u

ctypedef struct TD:
    float f
    index_t l

def f_p(P[:] v):
    cdef Py_ssize_t i
    cdef double s = 0
    for i in range(v.shape[0]):
        s += v[i].a + v[i].b
    return s

def f_q(Q[:] v):
    return v.shape[0]

def f_n(N[:] v):
    cdef Py_ssize_t i
    cdef long s = 0
    for i in range(v.shape[0]):
        s += v[i].inner.a + v[i].c
    return s

def f_a(A[:] v):
    return v.shape[0]

def f_c1(C1[:] v):
    return v.shape[0]

def f_td(TD[:] v):
    return v.shape[0]

def f_cp(const P[:] v):
    return v.shape[0]

def f_p2(P[:, ::1] v):
    return v.shape[0] * 100 + v.shape[1]

def f_mixed(double[:] x, P[::1] v, int k):
    return x.shape[0] * 100 + v.shape[0] * 10 + k
