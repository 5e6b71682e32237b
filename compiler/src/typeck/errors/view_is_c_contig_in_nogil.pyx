# calls `.is_c_contig()` inside `with nogil:`
cdef double buf[3]
cdef double[:] v = buf
cdef bint c
with nogil:
    c = v.is_c_contig()
