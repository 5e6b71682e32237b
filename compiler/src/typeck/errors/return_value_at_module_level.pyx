# `return` with a value at module level
cdef int x = 1
return x
