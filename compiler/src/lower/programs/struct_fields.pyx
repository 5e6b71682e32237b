# Struct fields as places: a local, through a pointer, a literal's
# temporary, a union member, and a struct printed as Cython's dict.
cdef struct Point:
    double x
    double y

cdef union Bits:
    double d
    long l

cdef double norm1(Point *p):
    p.x = abs(p.x)
    return p.x + p[0].y

cdef Point q = Point(y=2.0)
cdef Bits b = Bits(d=1.0)
print(norm1(&q), b.l, q)
