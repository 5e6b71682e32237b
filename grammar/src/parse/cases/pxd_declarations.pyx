from cython cimport floating
cimport _typedefs as td

cdef int heap_push(floating* values, td.intp_t size, floating val) noexcept nogil
cdef void sort(double* a, Py_ssize_t n) noexcept nogil
cpdef double total(double[::1] xs) except? -1
cdef inline int twice(int x) noexcept nogil:
    return 2 * x
