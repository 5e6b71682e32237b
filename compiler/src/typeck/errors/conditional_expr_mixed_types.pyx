# the two arms of a conditional have a pointer and a double
cdef double d = 1.0
cdef bint b = True
x = &d if b else 2.0
