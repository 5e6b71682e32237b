# a struct that holds itself by value
cdef struct Node:
    int value
    Node next
