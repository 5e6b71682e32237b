# `break` outside a loop
cdef int x = 0
break
