# reads `.size` of a memoryview inside `with nogil:` (a Python attribute in Cython)
cdef double buf[3]
cdef double[:] v = buf
cdef Py_ssize_t n
with nogil:
    n = v.size
