# a union literal giving two members
cdef union Bits:
    double d
    long l
cdef Bits b = Bits(d=1.0, l=2)
