# distutils: sources = vecops.c
# A C library of our own (vecops.c, vecops.h) declared in a `cdef extern from`
# block and called on the data of typed memoryviews: functions over pointers,
# a C variable read and written from both sides, a macro constant, an enum,
# a typedef.

cdef extern from "vecops.h" nogil:
    ctypedef double vreal
    int VECOPS_VERSION
    enum vec_mode:
        VEC_SUM
        VEC_MAX
    int vecops_calls
    double vec_dot(const double *a, const double *b, int n)
    void vec_scale(double *a, int n, vreal k)
    int vec_argmax(const double *a, int n)
    double vec_reduce(const double *, int, int)


cdef double norm2(double[::1] v) noexcept nogil:
    return vec_dot(&v[0], &v[0], <int>v.shape[0])


def run(int n):
    cdef double[::1] a = cython_array(n)
    cdef double[::1] b = cython_array(n)
    cdef int i
    for i in range(n):
        a[i] = (i * 7) % 5 - 1.5
        b[i] = 0.25 * i
    print("dot", vec_dot(&a[0], &b[0], n), "norm2", norm2(a))
    vec_scale(&b[0], n, <vreal>2)
    print("scaled", b[0], b[n - 1], "argmax", vec_argmax(&a[0], n))
    with nogil:
        i = vec_argmax(&b[0], n)
    print("argmax b", i, "sum", vec_reduce(&a[0], n, VEC_SUM), "max", vec_reduce(&a[0], n, VEC_MAX))


from cython.view cimport array as cvarray

cdef cvarray cython_array(int n):
    return cvarray(shape=(n,), itemsize=sizeof(double), format="d")


print("version", VECOPS_VERSION, "modes", VEC_SUM, VEC_MAX)
run(6)
print("calls", vecops_calls)
vecops_calls = 100
run(3)
print("calls", vecops_calls, vecops_calls > 100)
