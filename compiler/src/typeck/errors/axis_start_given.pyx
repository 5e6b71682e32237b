# an axis spec gives a start (`1:`)
cdef double[1:] v
