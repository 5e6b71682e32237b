# an `object` variable
cdef object o = 1
