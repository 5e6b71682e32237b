# A view compared with None by == and != (both orders, in and out of nogil,
# in conditions and as values) is Cython's `is` / `is not`.
def check(double[:] a, int[:, :] b):
    cdef bint r1, r2, r3, r4
    r1 = a == None
    r2 = None == b
    r3 = a != None
    r4 = None != b
    print(r1, r2, r3, r4)
    with nogil:
        r1 = a == None or b != None
    print(r1)
    if a != None and b != None:
        print("both", a.shape[0], b.shape[1])
    elif a == None:
        print("no a")
    else:
        print("no b")

cdef double buf[4]
cdef int grid[2][3]
cdef double[:] bv = buf
cdef int[:, :] gv = grid
check(bv, gv)
check(None, gv)
check(bv, None)
check(None, None)
