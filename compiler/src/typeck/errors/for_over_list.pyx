# `for` over something other than range()
cdef int t = 0
for i in [1, 2, 3]:
    t += i
