# Views of char-like and small types.

def chars(char[:] a):
    cdef long s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def schars(signed char[::1] a):
    return a.shape[0]

def uchars2(unsigned char[:, :] a):
    cdef long s = 0
    cdef Py_ssize_t i, j
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            s += a[i, j]
    return s

def shorts_const(const unsigned short[:] a):
    return a.shape[0]
