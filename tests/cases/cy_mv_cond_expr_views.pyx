# A conditional expression choosing between two views, and between two C
# arrays (each coerced to a new view). Inspired by Cython's
# tests/memoryview/memoryview.pyx (test_assignment_in_conditional_expression).
def pick(bint left):
    cdef double a[2]
    cdef double b[2]
    a[0] = 1; a[1] = 2
    b[0] = 3; b[1] = 4
    cdef double[:] A = a
    cdef double[:] B = b
    cdef double[:] C, c
    C = A if left else B
    for i in range(C.shape[0]):
        print(C[i], end=" ")
    c = a if left else b
    for i in range(c.shape[0]):
        print(c[i], end=" ")
    c[0] = -1
    print(a[0], b[0])

pick(True)
pick(False)
