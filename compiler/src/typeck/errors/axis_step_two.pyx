# an axis spec step other than 1 or a view.* specifier
cdef double[::2] v
