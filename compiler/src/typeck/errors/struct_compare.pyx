# two structs compared with ==
cdef struct Point:
    double x
cdef Point p, q
print(p == q)
