# a non-ASCII str literal where a char is expected
cdef char c = 'é'
