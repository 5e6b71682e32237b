def plain(int x, double y=1.5, double[:] v not None, double[:] w=None, int[:] u or None):
    pass
cdef int c_fn(int a, int *out) except -1:
    return 0
cdef double maybe(double x) except? -1.0:
    return x
cdef void proc() except *:
    pass
cpdef long exported(long n) nogil:
    return n
cdef inline int clamp(int x, int lo, int hi) noexcept nogil:
    return x
cdef int flip(int x) nogil noexcept:
    return -x
cdef double *pointer_ret(double *p):
    return p
cdef double[:, ::1] view_ret(double[:, ::1] m):
    return m
cdef int needs_gil() with gil:
    return 1
cdef int cpp() except +:
    return 1
cdef no_return_type(int x):
    return x
def untyped(x, y=2):
    return x
def star(int a, *args, **kwargs):
    pass
cpdef inline unsigned long long big(unsigned long long x):
    return x
