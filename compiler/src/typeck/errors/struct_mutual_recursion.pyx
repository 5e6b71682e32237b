# two structs that hold each other by value
cdef struct A:
    int n
    B b
cdef struct B:
    A a
