# Sum of a 1-D view of every C numeric type, strided and contiguous.

def sum_signed_char(signed char[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_unsigned_char(unsigned char[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_short(short[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_unsigned_short(unsigned short[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_int(int[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_unsigned_int(unsigned int[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_long(long[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_unsigned_long(unsigned long[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_long_long(long long[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_unsigned_long_long(unsigned long long[:] a):
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_float(float[:] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def sum_double(double[:] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s
