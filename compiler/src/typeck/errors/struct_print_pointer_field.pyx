# prints a struct that holds a pointer
cdef struct Node:
    int value
    Node *next
cdef Node n
print(n)
