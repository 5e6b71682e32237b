# Chained comparisons with a `bint` operand: Cython's common type counts a
# bint as an integer of `int`'s rank, so a middle operand is held in the type
# Cython gives it (`u // 7` with an unsigned `u` is a `long`), with and
# without cdivision.
cimport cython

def c1():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c1', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 0; e = 1
    print('c1', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 0
    print('c1', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 1
    print('c1', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 0
    print('c1', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 1
    print('c1', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 0
    print('c1', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 1
    print('c1', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c2():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c2', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 0; e = 5
    print('c2', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = -77
    print('c2', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 5
    print('c2', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = -77
    print('c2', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 5
    print('c2', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = -77
    print('c2', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 5
    print('c2', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c3():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c3', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 0; e = 7
    print('c3', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c3', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 7
    print('c3', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c3', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 7
    print('c3', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c3', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 7
    print('c3', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c4():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c4', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = -5
    print('c4', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = -5
    print('c4', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = -5
    print('c4', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c5():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c5', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = -9
    print('c5', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = -9
    print('c5', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = -9
    print('c5', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c6():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c6', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 0; e = 3
    print('c6', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c6', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 3
    print('c6', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c6', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 3
    print('c6', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c6', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 3
    print('c6', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c7():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c7', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 0; e = 1
    print('c7', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 0
    print('c7', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 1
    print('c7', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 0
    print('c7', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 1
    print('c7', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 0
    print('c7', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 1
    print('c7', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c8():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c8', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 0; e = 5
    print('c8', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = -77
    print('c8', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 5
    print('c8', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = -77
    print('c8', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 5
    print('c8', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = -77
    print('c8', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 5
    print('c8', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c9():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c9', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 0; e = 7
    print('c9', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c9', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 7
    print('c9', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c9', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 7
    print('c9', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c9', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 7
    print('c9', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c10():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c10', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = -5
    print('c10', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = -5
    print('c10', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = -5
    print('c10', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c11():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c11', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = -9
    print('c11', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = -9
    print('c11', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = -9
    print('c11', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c12():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c12', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 0; e = 3
    print('c12', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c12', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 3
    print('c12', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c12', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 3
    print('c12', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c12', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 3
    print('c12', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c13():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c13', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 0; e = 1
    print('c13', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 0
    print('c13', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 1
    print('c13', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 0
    print('c13', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 1
    print('c13', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 0
    print('c13', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 1
    print('c13', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c14():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c14', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 0; e = 5
    print('c14', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = -77
    print('c14', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 5
    print('c14', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = -77
    print('c14', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 5
    print('c14', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = -77
    print('c14', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 5
    print('c14', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c15():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c15', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 0; e = 7
    print('c15', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c15', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 7
    print('c15', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c15', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 7
    print('c15', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c15', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 7
    print('c15', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c16():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c16', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = -5
    print('c16', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = -5
    print('c16', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = -5
    print('c16', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c17():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c17', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = -9
    print('c17', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = -9
    print('c17', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = -9
    print('c17', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c18():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c18', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 0; e = 3
    print('c18', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c18', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 3
    print('c18', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c18', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 3
    print('c18', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c18', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 3
    print('c18', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c19():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c19', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 0; e = 1
    print('c19', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 0
    print('c19', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 1
    print('c19', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 0
    print('c19', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 1
    print('c19', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 0
    print('c19', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 1
    print('c19', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c20():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c20', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 0; e = 5
    print('c20', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = -77
    print('c20', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 5
    print('c20', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = -77
    print('c20', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 5
    print('c20', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = -77
    print('c20', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 5
    print('c20', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c21():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c21', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 0; e = 7
    print('c21', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c21', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 7
    print('c21', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c21', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 7
    print('c21', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c21', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 7
    print('c21', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c22():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c22', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = -5
    print('c22', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = -5
    print('c22', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = -5
    print('c22', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c23():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c23', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = -9
    print('c23', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = -9
    print('c23', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = -9
    print('c23', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c24():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c24', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 0; e = 3
    print('c24', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c24', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 3
    print('c24', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c24', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 3
    print('c24', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c24', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 3
    print('c24', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c25():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c25', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 0; e = 1
    print('c25', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 0
    print('c25', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 1
    print('c25', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 0
    print('c25', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 1
    print('c25', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 0
    print('c25', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 1
    print('c25', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c26():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c26', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 0; e = 5
    print('c26', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = -77
    print('c26', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 5
    print('c26', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = -77
    print('c26', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 5
    print('c26', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = -77
    print('c26', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 5
    print('c26', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c27():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c27', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 0; e = 7
    print('c27', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c27', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 7
    print('c27', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c27', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 7
    print('c27', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c27', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 7
    print('c27', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c28():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c28', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = -5
    print('c28', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = -5
    print('c28', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = -5
    print('c28', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c29():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c29', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = -9
    print('c29', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = -9
    print('c29', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = -9
    print('c29', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c30():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c30', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 0; e = 3
    print('c30', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c30', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 3
    print('c30', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c30', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 3
    print('c30', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c30', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 3
    print('c30', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c31():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c31', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 0; e = 1
    print('c31', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 0
    print('c31', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 1
    print('c31', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 0
    print('c31', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 1
    print('c31', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 0
    print('c31', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 1
    print('c31', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c32():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c32', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 0; e = 5
    print('c32', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = -77
    print('c32', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 5
    print('c32', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = -77
    print('c32', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 5
    print('c32', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = -77
    print('c32', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 5
    print('c32', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c33():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c33', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 0; e = 7
    print('c33', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c33', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 7
    print('c33', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c33', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 7
    print('c33', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c33', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 7
    print('c33', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c34():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c34', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = -5
    print('c34', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = -5
    print('c34', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = -5
    print('c34', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c35():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c35', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = -9
    print('c35', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = -9
    print('c35', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = -9
    print('c35', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c36():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c36', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 0; e = 3
    print('c36', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c36', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 3
    print('c36', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c36', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 3
    print('c36', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c36', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 3
    print('c36', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c37():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c37', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 0; e = 1
    print('c37', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 0
    print('c37', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 1
    print('c37', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c38():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c38', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 0; e = 5
    print('c38', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = -77
    print('c38', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 5
    print('c38', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c39():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c39', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 0; e = 7
    print('c39', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c39', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 7
    print('c39', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c40():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c40', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = -5
    print('c40', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c41():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c41', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = -9
    print('c41', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c42():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c42', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 0; e = 3
    print('c42', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c42', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 3
    print('c42', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c43():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c43', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 0; e = 1
    print('c43', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 0
    print('c43', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 1
    print('c43', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c44():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c44', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 0; e = 5
    print('c44', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = -77
    print('c44', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 5
    print('c44', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c45():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c45', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 0; e = 7
    print('c45', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c45', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 7
    print('c45', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c46():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c46', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = -5
    print('c46', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c47():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c47', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = -9
    print('c47', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c48():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c48', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 0; e = 3
    print('c48', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c48', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 3
    print('c48', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c49():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c49', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 0; e = 1
    print('c49', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 0
    print('c49', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 1
    print('c49', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c50():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c50', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 0; e = 5
    print('c50', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = -77
    print('c50', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 5
    print('c50', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c51():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c51', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 0; e = 7
    print('c51', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c51', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 7
    print('c51', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c52():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c52', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = -5
    print('c52', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c53():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c53', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = -9
    print('c53', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c54():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c54', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 0; e = 3
    print('c54', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c54', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 3
    print('c54', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c55():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c55', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 0; e = 1
    print('c55', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 0
    print('c55', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 1
    print('c55', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c56():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c56', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 0; e = 5
    print('c56', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = -77
    print('c56', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 5
    print('c56', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c57():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c57', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 0; e = 7
    print('c57', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c57', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 7
    print('c57', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c58():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c58', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = -5
    print('c58', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c59():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c59', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = -9
    print('c59', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c60():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c60', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 0; e = 3
    print('c60', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c60', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 3
    print('c60', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c61():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c61', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 0; e = 1
    print('c61', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 0
    print('c61', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 1
    print('c61', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c62():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c62', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 0; e = 5
    print('c62', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = -77
    print('c62', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 5
    print('c62', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c63():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c63', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 0; e = 7
    print('c63', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c63', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 7
    print('c63', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c64():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c64', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = -5
    print('c64', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c65():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c65', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = -9
    print('c65', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c66():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c66', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 0; e = 3
    print('c66', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c66', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 3
    print('c66', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c67():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c67', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 0; e = 1
    print('c67', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 0
    print('c67', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 1
    print('c67', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c68():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c68', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 0; e = 5
    print('c68', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = -77
    print('c68', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 5
    print('c68', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c69():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c69', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 0; e = 7
    print('c69', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c69', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 7
    print('c69', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c70():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c70', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = -5
    print('c70', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c71():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c71', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = -9
    print('c71', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c72():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c72', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 0; e = 3
    print('c72', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c72', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 3
    print('c72', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c73():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c73', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c73', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c73', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c73', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 0
    print('c73', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 1
    print('c73', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 0
    print('c73', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 1
    print('c73', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c74():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c74', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c74', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c74', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c74', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = -77
    print('c74', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 5
    print('c74', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = -77
    print('c74', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 5
    print('c74', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c75():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c75', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c75', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c75', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c75', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c75', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 7
    print('c75', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c75', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 7
    print('c75', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c76():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c76', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c76', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = -5
    print('c76', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = -5
    print('c76', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c77():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c77', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c77', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = -9
    print('c77', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = -9
    print('c77', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c78():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c78', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c78', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c78', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c78', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c78', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 3
    print('c78', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c78', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 3
    print('c78', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c79():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c79', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c79', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c79', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c79', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 0
    print('c79', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 1
    print('c79', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 0
    print('c79', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 1
    print('c79', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c80():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c80', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c80', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c80', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c80', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = -77
    print('c80', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 5
    print('c80', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = -77
    print('c80', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 5
    print('c80', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c81():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c81', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c81', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c81', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c81', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c81', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 7
    print('c81', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c81', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 7
    print('c81', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c82():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c82', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c82', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = -5
    print('c82', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = -5
    print('c82', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c83():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c83', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c83', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = -9
    print('c83', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = -9
    print('c83', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c84():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c84', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c84', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c84', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c84', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c84', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 3
    print('c84', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c84', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 3
    print('c84', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c85():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c85', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c85', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c85', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c85', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 0
    print('c85', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 1
    print('c85', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 0
    print('c85', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 1
    print('c85', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c86():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c86', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c86', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c86', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c86', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = -77
    print('c86', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 5
    print('c86', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = -77
    print('c86', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 5
    print('c86', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c87():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c87', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c87', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c87', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c87', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c87', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 7
    print('c87', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c87', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 7
    print('c87', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c88():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c88', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c88', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = -5
    print('c88', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = -5
    print('c88', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c89():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c89', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c89', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = -9
    print('c89', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = -9
    print('c89', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c90():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c90', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c90', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c90', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c90', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c90', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 3
    print('c90', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c90', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 3
    print('c90', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c91():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c91', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c91', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c91', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c91', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 0
    print('c91', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 1
    print('c91', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 0
    print('c91', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 1
    print('c91', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c92():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c92', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c92', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c92', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c92', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = -77
    print('c92', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 5
    print('c92', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = -77
    print('c92', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 5
    print('c92', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c93():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c93', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c93', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c93', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c93', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c93', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 7
    print('c93', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c93', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 7
    print('c93', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c94():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c94', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c94', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = -5
    print('c94', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = -5
    print('c94', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c95():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c95', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c95', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = -9
    print('c95', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = -9
    print('c95', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c96():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c96', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c96', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c96', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c96', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c96', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 3
    print('c96', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c96', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 3
    print('c96', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c97():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c97', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c97', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c97', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c97', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 0
    print('c97', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 1
    print('c97', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 0
    print('c97', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 1
    print('c97', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c98():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c98', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c98', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c98', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c98', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = -77
    print('c98', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 5
    print('c98', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = -77
    print('c98', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 5
    print('c98', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c99():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c99', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c99', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c99', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c99', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c99', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 7
    print('c99', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c99', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 7
    print('c99', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c100():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c100', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c100', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = -5
    print('c100', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = -5
    print('c100', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c101():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c101', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c101', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = -9
    print('c101', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = -9
    print('c101', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c102():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c102', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c102', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c102', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c102', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c102', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 3
    print('c102', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c102', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 3
    print('c102', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c103():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c103', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c103', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c103', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c103', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 0
    print('c103', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 1
    print('c103', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 0
    print('c103', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 1
    print('c103', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c104():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c104', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c104', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c104', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c104', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = -77
    print('c104', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 5
    print('c104', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = -77
    print('c104', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 5
    print('c104', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c105():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c105', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c105', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c105', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c105', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c105', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 7
    print('c105', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c105', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 7
    print('c105', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c106():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c106', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c106', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = -5
    print('c106', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = -5
    print('c106', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c107():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c107', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c107', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = -9
    print('c107', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = -9
    print('c107', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c108():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c108', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c108', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c108', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c108', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c108', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 3
    print('c108', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c108', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 3
    print('c108', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c109():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c109', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 0; e = 1
    print('c109', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 0
    print('c109', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 1
    print('c109', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c110():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c110', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 0; e = 5
    print('c110', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = -77
    print('c110', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 5
    print('c110', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c111():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c111', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 0; e = 7
    print('c111', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c111', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 7
    print('c111', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c112():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c112', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = -5
    print('c112', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c113():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c113', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = -9
    print('c113', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c114():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c114', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 0; e = 3
    print('c114', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c114', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 3
    print('c114', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c115():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c115', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 0; e = 1
    print('c115', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 0
    print('c115', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 1
    print('c115', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c116():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c116', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 0; e = 5
    print('c116', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = -77
    print('c116', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 5
    print('c116', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c117():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c117', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 0; e = 7
    print('c117', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c117', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 7
    print('c117', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c118():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c118', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = -5
    print('c118', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c119():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c119', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = -9
    print('c119', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c120():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c120', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 0; e = 3
    print('c120', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c120', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 3
    print('c120', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c121():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c121', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 0; e = 1
    print('c121', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 0
    print('c121', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 1
    print('c121', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c122():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c122', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 0; e = 5
    print('c122', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = -77
    print('c122', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 5
    print('c122', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c123():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c123', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 0; e = 7
    print('c123', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c123', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 7
    print('c123', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c124():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c124', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = -5
    print('c124', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c125():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c125', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = -9
    print('c125', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c126():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c126', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 0; e = 3
    print('c126', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c126', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 3
    print('c126', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c127():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c127', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 0; e = 1
    print('c127', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 0
    print('c127', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 1
    print('c127', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c128():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c128', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 0; e = 5
    print('c128', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = -77
    print('c128', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 5
    print('c128', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c129():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c129', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 0; e = 7
    print('c129', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c129', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 7
    print('c129', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c130():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c130', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = -5
    print('c130', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c131():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c131', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = -9
    print('c131', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c132():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c132', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 0; e = 3
    print('c132', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c132', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 3
    print('c132', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c133():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c133', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 0; e = 1
    print('c133', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 0
    print('c133', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 1
    print('c133', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c134():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c134', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 0; e = 5
    print('c134', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = -77
    print('c134', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 5
    print('c134', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c135():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c135', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 0; e = 7
    print('c135', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c135', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 7
    print('c135', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c136():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c136', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = -5
    print('c136', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c137():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c137', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = -9
    print('c137', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c138():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c138', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 0; e = 3
    print('c138', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c138', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 3
    print('c138', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c139():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c139', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 0; e = 1
    print('c139', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 0
    print('c139', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 1
    print('c139', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c140():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c140', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 0; e = 5
    print('c140', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = -77
    print('c140', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 5
    print('c140', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c141():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c141', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 0; e = 7
    print('c141', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c141', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 7
    print('c141', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c142():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c142', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = -5
    print('c142', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c143():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c143', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = -9
    print('c143', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c144():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c144', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 0; e = 3
    print('c144', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c144', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 3
    print('c144', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c145():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c145', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 0; e = 1
    print('c145', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 0
    print('c145', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 1
    print('c145', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c146():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c146', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 0; e = 5
    print('c146', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = -77
    print('c146', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 5
    print('c146', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c147():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c147', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 0; e = 7
    print('c147', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c147', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 7
    print('c147', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c148():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c148', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = -5
    print('c148', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c149():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c149', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = -9
    print('c149', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c150():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c150', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 0; e = 3
    print('c150', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c150', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 3
    print('c150', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c151():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c151', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 0; e = 1
    print('c151', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 0
    print('c151', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 1
    print('c151', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c152():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c152', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 0; e = 5
    print('c152', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = -77
    print('c152', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 5
    print('c152', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c153():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c153', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 0; e = 7
    print('c153', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c153', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 7
    print('c153', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c154():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c154', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = -5
    print('c154', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c155():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c155', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = -9
    print('c155', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c156():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c156', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 0; e = 3
    print('c156', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c156', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 3
    print('c156', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c157():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c157', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 0; e = 1
    print('c157', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 0
    print('c157', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 1
    print('c157', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c158():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c158', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 0; e = 5
    print('c158', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = -77
    print('c158', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 5
    print('c158', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c159():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c159', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 0; e = 7
    print('c159', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c159', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 7
    print('c159', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c160():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c160', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = -5
    print('c160', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c161():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c161', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = -9
    print('c161', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c162():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c162', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 0; e = 3
    print('c162', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c162', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 3
    print('c162', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c163():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c163', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 0; e = 1
    print('c163', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 0
    print('c163', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 1
    print('c163', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c164():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c164', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 0; e = 5
    print('c164', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = -77
    print('c164', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 5
    print('c164', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c165():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c165', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 0; e = 7
    print('c165', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c165', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 7
    print('c165', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c166():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c166', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = -5
    print('c166', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c167():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c167', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = -9
    print('c167', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c168():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c168', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 0; e = 3
    print('c168', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c168', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 3
    print('c168', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c169():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c169', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 0; e = 1
    print('c169', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 0
    print('c169', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 1
    print('c169', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c170():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c170', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 0; e = 5
    print('c170', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = -77
    print('c170', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 5
    print('c170', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c171():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c171', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 0; e = 7
    print('c171', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c171', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 7
    print('c171', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c172():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c172', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = -5
    print('c172', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c173():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c173', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = -9
    print('c173', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c174():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c174', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 0; e = 3
    print('c174', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c174', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 3
    print('c174', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c175():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c175', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 0; e = 1
    print('c175', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 0
    print('c175', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 1
    print('c175', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c176():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c176', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 0; e = 5
    print('c176', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = -77
    print('c176', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 5
    print('c176', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c177():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c177', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 0; e = 7
    print('c177', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c177', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 7
    print('c177', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c178():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c178', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = -5
    print('c178', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c179():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c179', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = -9
    print('c179', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c180():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c180', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 0; e = 3
    print('c180', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c180', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 3
    print('c180', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c181():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c181', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c181', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c181', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c181', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 0
    print('c181', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 1
    print('c181', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 0
    print('c181', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 1
    print('c181', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c182():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c182', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c182', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c182', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c182', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = -77
    print('c182', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 5
    print('c182', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = -77
    print('c182', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 5
    print('c182', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c183():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c183', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c183', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c183', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c183', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c183', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 7
    print('c183', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c183', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 7
    print('c183', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c184():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c184', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c184', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = -5
    print('c184', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = -5
    print('c184', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c185():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c185', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c185', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = -9
    print('c185', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = -9
    print('c185', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c186():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c186', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c186', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c186', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c186', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c186', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 3
    print('c186', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c186', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 3
    print('c186', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c187():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c187', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c187', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c187', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c187', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 0
    print('c187', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 1
    print('c187', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 0
    print('c187', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 1
    print('c187', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c188():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c188', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c188', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c188', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c188', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = -77
    print('c188', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 5
    print('c188', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = -77
    print('c188', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 5
    print('c188', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c189():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c189', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c189', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c189', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c189', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c189', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 7
    print('c189', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c189', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 7
    print('c189', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c190():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c190', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c190', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = -5
    print('c190', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = -5
    print('c190', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c191():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c191', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c191', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = -9
    print('c191', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = -9
    print('c191', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c192():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c192', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c192', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c192', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c192', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c192', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 3
    print('c192', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c192', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 3
    print('c192', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c193():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c193', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c193', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c193', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c193', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 0
    print('c193', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 1
    print('c193', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 0
    print('c193', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 1
    print('c193', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c194():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c194', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c194', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c194', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c194', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = -77
    print('c194', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 5
    print('c194', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = -77
    print('c194', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 5
    print('c194', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c195():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c195', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c195', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c195', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c195', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c195', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 7
    print('c195', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c195', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 7
    print('c195', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c196():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c196', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c196', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = -5
    print('c196', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = -5
    print('c196', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c197():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c197', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c197', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = -9
    print('c197', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = -9
    print('c197', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c198():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c198', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c198', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c198', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c198', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c198', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 3
    print('c198', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c198', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 3
    print('c198', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c199():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c199', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c199', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c199', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c199', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 0
    print('c199', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 1
    print('c199', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 0
    print('c199', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 1
    print('c199', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c200():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c200', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c200', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c200', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c200', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = -77
    print('c200', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 5
    print('c200', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = -77
    print('c200', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 5
    print('c200', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c201():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c201', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c201', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c201', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c201', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c201', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 7
    print('c201', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c201', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 7
    print('c201', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c202():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c202', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c202', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = -5
    print('c202', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = -5
    print('c202', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c203():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c203', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c203', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = -9
    print('c203', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = -9
    print('c203', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c204():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c204', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c204', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c204', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c204', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c204', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 3
    print('c204', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c204', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 3
    print('c204', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c205():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c205', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c205', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c205', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c205', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 0
    print('c205', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 1
    print('c205', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 0
    print('c205', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 1
    print('c205', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c206():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c206', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c206', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c206', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c206', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = -77
    print('c206', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 5
    print('c206', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = -77
    print('c206', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 5
    print('c206', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c207():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c207', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c207', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c207', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c207', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c207', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 7
    print('c207', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c207', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 7
    print('c207', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c208():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c208', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c208', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = -5
    print('c208', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = -5
    print('c208', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c209():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c209', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c209', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = -9
    print('c209', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = -9
    print('c209', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c210():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c210', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c210', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c210', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c210', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c210', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 3
    print('c210', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c210', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 3
    print('c210', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c211():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c211', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c211', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c211', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c211', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 0
    print('c211', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 1
    print('c211', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 0
    print('c211', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 1
    print('c211', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c212():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c212', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c212', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c212', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c212', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = -77
    print('c212', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 5
    print('c212', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = -77
    print('c212', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 5
    print('c212', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c213():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c213', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c213', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c213', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c213', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c213', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 7
    print('c213', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c213', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 7
    print('c213', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c214():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c214', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c214', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = -5
    print('c214', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = -5
    print('c214', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c215():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c215', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c215', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = -9
    print('c215', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = -9
    print('c215', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c216():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c216', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c216', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c216', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c216', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c216', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 3
    print('c216', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c216', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 3
    print('c216', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c217():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c217', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 0; e = 1
    print('c217', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 0
    print('c217', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 1
    print('c217', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c218():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c218', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 0; e = 5
    print('c218', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = -77
    print('c218', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 5
    print('c218', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c219():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c219', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 0; e = 7
    print('c219', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c219', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 7
    print('c219', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c220():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c220', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = -5
    print('c220', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c221():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c221', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = -9
    print('c221', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c222():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c222', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 0; e = 3
    print('c222', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c222', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 3
    print('c222', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

def c223():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c223', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 0; e = 1
    print('c223', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 0
    print('c223', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 1
    print('c223', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c224():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c224', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 0; e = 5
    print('c224', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = -77
    print('c224', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 5
    print('c224', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c225():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c225', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 0; e = 7
    print('c225', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c225', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 7
    print('c225', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c226():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c226', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = -5
    print('c226', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c227():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c227', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = -9
    print('c227', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c228():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c228', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 0; e = 3
    print('c228', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c228', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 3
    print('c228', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

def c229():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c229', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 0; e = 1
    print('c229', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 0
    print('c229', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 1
    print('c229', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c230():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c230', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 0; e = 5
    print('c230', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = -77
    print('c230', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 5
    print('c230', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c231():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c231', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 0; e = 7
    print('c231', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c231', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 7
    print('c231', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c232():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c232', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = -5
    print('c232', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c233():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c233', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = -9
    print('c233', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c234():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c234', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 0; e = 3
    print('c234', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c234', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 3
    print('c234', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

def c235():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c235', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 0; e = 1
    print('c235', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 0
    print('c235', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 1
    print('c235', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c236():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c236', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 0; e = 5
    print('c236', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = -77
    print('c236', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 5
    print('c236', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c237():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c237', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 0; e = 7
    print('c237', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c237', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 7
    print('c237', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c238():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c238', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = -5
    print('c238', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c239():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c239', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = -9
    print('c239', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c240():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c240', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 0; e = 3
    print('c240', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c240', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 3
    print('c240', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

def c241():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c241', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 0; e = 1
    print('c241', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 0
    print('c241', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 1
    print('c241', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c242():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c242', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 0; e = 5
    print('c242', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = -77
    print('c242', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 5
    print('c242', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c243():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c243', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 0; e = 7
    print('c243', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c243', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 7
    print('c243', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c244():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c244', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = -5
    print('c244', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c245():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c245', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = -9
    print('c245', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c246():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c246', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 0; e = 3
    print('c246', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c246', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 3
    print('c246', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

def c247():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c247', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 0; e = 1
    print('c247', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 0
    print('c247', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 1
    print('c247', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c248():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c248', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 0; e = 5
    print('c248', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = -77
    print('c248', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 5
    print('c248', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c249():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c249', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 0; e = 7
    print('c249', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c249', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 7
    print('c249', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c250():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c250', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = -5
    print('c250', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c251():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c251', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = -9
    print('c251', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

def c252():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c252', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 0; e = 3
    print('c252', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c252', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 3
    print('c252', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c253():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c253', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 0; e = 1
    print('c253', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 0
    print('c253', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 1
    print('c253', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 0
    print('c253', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 1
    print('c253', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 0
    print('c253', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 1
    print('c253', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c254():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c254', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 0; e = 5
    print('c254', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = -77
    print('c254', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 5
    print('c254', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = -77
    print('c254', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 5
    print('c254', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = -77
    print('c254', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 5
    print('c254', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c255():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c255', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 0; e = 7
    print('c255', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c255', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 7
    print('c255', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c255', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 7
    print('c255', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c255', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 7
    print('c255', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c256():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c256', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = -5
    print('c256', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = -5
    print('c256', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = -5
    print('c256', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c257():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c257', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = -9
    print('c257', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = -9
    print('c257', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = -9
    print('c257', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c258():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c258', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 0; e = 3
    print('c258', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c258', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -77; b2 = 1; e = 3
    print('c258', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c258', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 0; e = 3
    print('c258', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c258', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 5; b2 = 1; e = 3
    print('c258', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c259():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c259', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 0; e = 1
    print('c259', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 0
    print('c259', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 1
    print('c259', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 0
    print('c259', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 1
    print('c259', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 0
    print('c259', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 1
    print('c259', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c260():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c260', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 0; e = 5
    print('c260', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = -77
    print('c260', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 5
    print('c260', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = -77
    print('c260', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 5
    print('c260', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = -77
    print('c260', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 5
    print('c260', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c261():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c261', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 0; e = 7
    print('c261', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c261', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 7
    print('c261', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c261', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 7
    print('c261', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c261', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 7
    print('c261', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c262():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c262', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = -5
    print('c262', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = -5
    print('c262', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = -5
    print('c262', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c263():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c263', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = -9
    print('c263', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = -9
    print('c263', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = -9
    print('c263', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c264():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c264', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 0; e = 3
    print('c264', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c264', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -77; b2 = 1; e = 3
    print('c264', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c264', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 0; e = 3
    print('c264', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c264', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 5; b2 = 1; e = 3
    print('c264', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c265():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c265', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 0; e = 1
    print('c265', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 0
    print('c265', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 1
    print('c265', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 0
    print('c265', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 1
    print('c265', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 0
    print('c265', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 1
    print('c265', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c266():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c266', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 0; e = 5
    print('c266', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = -77
    print('c266', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 5
    print('c266', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = -77
    print('c266', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 5
    print('c266', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = -77
    print('c266', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 5
    print('c266', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c267():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c267', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 0; e = 7
    print('c267', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c267', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 7
    print('c267', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c267', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 7
    print('c267', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c267', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 7
    print('c267', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c268():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c268', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = -5
    print('c268', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = -5
    print('c268', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = -5
    print('c268', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c269():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c269', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = -9
    print('c269', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = -9
    print('c269', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = -9
    print('c269', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c270():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c270', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 0; e = 3
    print('c270', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c270', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -77; b2 = 1; e = 3
    print('c270', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c270', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 0; e = 3
    print('c270', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c270', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 5; b2 = 1; e = 3
    print('c270', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c271():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c271', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 0; e = 1
    print('c271', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 0
    print('c271', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 1
    print('c271', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 0
    print('c271', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 1
    print('c271', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 0
    print('c271', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 1
    print('c271', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c272():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c272', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 0; e = 5
    print('c272', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = -77
    print('c272', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 5
    print('c272', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = -77
    print('c272', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 5
    print('c272', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = -77
    print('c272', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 5
    print('c272', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c273():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c273', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 0; e = 7
    print('c273', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c273', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 7
    print('c273', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c273', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 7
    print('c273', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c273', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 7
    print('c273', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c274():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c274', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = -5
    print('c274', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = -5
    print('c274', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = -5
    print('c274', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c275():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c275', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = -9
    print('c275', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = -9
    print('c275', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = -9
    print('c275', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c276():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c276', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 0; e = 3
    print('c276', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c276', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -77; b2 = 1; e = 3
    print('c276', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c276', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 0; e = 3
    print('c276', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c276', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 5; b2 = 1; e = 3
    print('c276', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c277():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c277', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 0; e = 1
    print('c277', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 0
    print('c277', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 1
    print('c277', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 0
    print('c277', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 1
    print('c277', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 0
    print('c277', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 1
    print('c277', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c278():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c278', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 0; e = 5
    print('c278', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = -77
    print('c278', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 5
    print('c278', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = -77
    print('c278', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 5
    print('c278', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = -77
    print('c278', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 5
    print('c278', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c279():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c279', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 0; e = 7
    print('c279', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c279', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 7
    print('c279', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c279', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 7
    print('c279', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c279', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 7
    print('c279', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c280():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c280', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = -5
    print('c280', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = -5
    print('c280', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = -5
    print('c280', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c281():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c281', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = -9
    print('c281', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = -9
    print('c281', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = -9
    print('c281', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c282():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c282', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 0; e = 3
    print('c282', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c282', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -77; b2 = 1; e = 3
    print('c282', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c282', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 0; e = 3
    print('c282', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c282', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 5; b2 = 1; e = 3
    print('c282', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c283():
    cdef signed char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 0
    print('c283', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 0; e = 1
    print('c283', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 0
    print('c283', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 1
    print('c283', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 0
    print('c283', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 1
    print('c283', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 0
    print('c283', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 1
    print('c283', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c284():
    cdef signed char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -77
    print('c284', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 0; e = 5
    print('c284', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = -77
    print('c284', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 5
    print('c284', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = -77
    print('c284', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 5
    print('c284', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = -77
    print('c284', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 5
    print('c284', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c285():
    cdef signed char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 4000000000
    print('c285', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 0; e = 7
    print('c285', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 4000000000
    print('c285', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 7
    print('c285', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 4000000000
    print('c285', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 7
    print('c285', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 4000000000
    print('c285', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 7
    print('c285', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c286():
    cdef signed char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -5
    print('c286', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = -5
    print('c286', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = -5
    print('c286', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = -5
    print('c286', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c287():
    cdef signed char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = -9
    print('c287', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = -9
    print('c287', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = -9
    print('c287', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = -9
    print('c287', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c288():
    cdef signed char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -77; b2 = 0; e = 18446744073709551615
    print('c288', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 0; e = 3
    print('c288', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 18446744073709551615
    print('c288', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -77; b2 = 1; e = 3
    print('c288', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 18446744073709551615
    print('c288', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 0; e = 3
    print('c288', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 18446744073709551615
    print('c288', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 5; b2 = 1; e = 3
    print('c288', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c289():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c289', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 0; e = 1
    print('c289', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 0
    print('c289', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 1
    print('c289', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c290():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c290', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 0; e = 5
    print('c290', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = -77
    print('c290', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 5
    print('c290', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c291():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c291', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 0; e = 7
    print('c291', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c291', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 7
    print('c291', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c292():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c292', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = -5
    print('c292', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c293():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c293', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = -9
    print('c293', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c294():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c294', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 0; e = 3
    print('c294', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c294', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 200; b2 = 1; e = 3
    print('c294', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c295():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c295', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 0; e = 1
    print('c295', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 0
    print('c295', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 1
    print('c295', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c296():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c296', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 0; e = 5
    print('c296', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = -77
    print('c296', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 5
    print('c296', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c297():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c297', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 0; e = 7
    print('c297', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c297', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 7
    print('c297', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c298():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c298', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = -5
    print('c298', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c299():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c299', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = -9
    print('c299', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c300():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c300', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 0; e = 3
    print('c300', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c300', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 200; b2 = 1; e = 3
    print('c300', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c301():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c301', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 0; e = 1
    print('c301', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 0
    print('c301', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 1
    print('c301', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c302():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c302', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 0; e = 5
    print('c302', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = -77
    print('c302', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 5
    print('c302', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c303():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c303', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 0; e = 7
    print('c303', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c303', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 7
    print('c303', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c304():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c304', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = -5
    print('c304', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c305():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c305', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = -9
    print('c305', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c306():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c306', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 0; e = 3
    print('c306', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c306', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 200; b2 = 1; e = 3
    print('c306', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c307():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c307', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 0; e = 1
    print('c307', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 0
    print('c307', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 1
    print('c307', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c308():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c308', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 0; e = 5
    print('c308', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = -77
    print('c308', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 5
    print('c308', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c309():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c309', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 0; e = 7
    print('c309', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c309', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 7
    print('c309', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c310():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c310', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = -5
    print('c310', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c311():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c311', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = -9
    print('c311', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c312():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c312', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 0; e = 3
    print('c312', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c312', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 200; b2 = 1; e = 3
    print('c312', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c313():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c313', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 0; e = 1
    print('c313', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 0
    print('c313', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 1
    print('c313', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c314():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c314', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 0; e = 5
    print('c314', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = -77
    print('c314', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 5
    print('c314', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c315():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c315', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 0; e = 7
    print('c315', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c315', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 7
    print('c315', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c316():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c316', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = -5
    print('c316', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c317():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c317', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = -9
    print('c317', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c318():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c318', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 0; e = 3
    print('c318', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c318', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 200; b2 = 1; e = 3
    print('c318', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c319():
    cdef unsigned char u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 0
    print('c319', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 0; e = 1
    print('c319', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 0
    print('c319', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 1
    print('c319', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c320():
    cdef unsigned char u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -77
    print('c320', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 0; e = 5
    print('c320', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = -77
    print('c320', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 5
    print('c320', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c321():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 4000000000
    print('c321', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 0; e = 7
    print('c321', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 4000000000
    print('c321', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 7
    print('c321', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c322():
    cdef unsigned char u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -5
    print('c322', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = -5
    print('c322', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c323():
    cdef unsigned char u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = -9
    print('c323', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = -9
    print('c323', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c324():
    cdef unsigned char u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 200; b2 = 0; e = 18446744073709551615
    print('c324', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 0; e = 3
    print('c324', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 18446744073709551615
    print('c324', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 200; b2 = 1; e = 3
    print('c324', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c325():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c325', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c325', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c325', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c325', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 0
    print('c325', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 1
    print('c325', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 0
    print('c325', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 1
    print('c325', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c326():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c326', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c326', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c326', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c326', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = -77
    print('c326', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 5
    print('c326', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = -77
    print('c326', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 5
    print('c326', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c327():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c327', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c327', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c327', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c327', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c327', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 7
    print('c327', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c327', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 7
    print('c327', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c328():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c328', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c328', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = -5
    print('c328', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = -5
    print('c328', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c329():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c329', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c329', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = -9
    print('c329', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = -9
    print('c329', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c330():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c330', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c330', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c330', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c330', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c330', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 0; e = 3
    print('c330', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c330', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 7; b2 = 1; e = 3
    print('c330', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c331():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c331', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c331', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c331', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c331', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 0
    print('c331', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 1
    print('c331', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 0
    print('c331', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 1
    print('c331', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c332():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c332', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c332', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c332', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c332', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = -77
    print('c332', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 5
    print('c332', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = -77
    print('c332', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 5
    print('c332', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c333():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c333', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c333', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c333', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c333', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c333', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 7
    print('c333', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c333', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 7
    print('c333', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c334():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c334', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c334', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = -5
    print('c334', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = -5
    print('c334', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c335():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c335', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c335', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = -9
    print('c335', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = -9
    print('c335', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c336():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c336', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c336', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c336', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c336', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c336', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 0; e = 3
    print('c336', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c336', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 7; b2 = 1; e = 3
    print('c336', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c337():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c337', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c337', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c337', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c337', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 0
    print('c337', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 1
    print('c337', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 0
    print('c337', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 1
    print('c337', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c338():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c338', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c338', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c338', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c338', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = -77
    print('c338', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 5
    print('c338', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = -77
    print('c338', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 5
    print('c338', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c339():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c339', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c339', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c339', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c339', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c339', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 7
    print('c339', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c339', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 7
    print('c339', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c340():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c340', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c340', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = -5
    print('c340', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = -5
    print('c340', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c341():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c341', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c341', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = -9
    print('c341', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = -9
    print('c341', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c342():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c342', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c342', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c342', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c342', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c342', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 0; e = 3
    print('c342', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c342', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 7; b2 = 1; e = 3
    print('c342', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c343():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c343', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c343', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c343', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c343', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 0
    print('c343', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 1
    print('c343', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 0
    print('c343', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 1
    print('c343', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c344():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c344', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c344', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c344', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c344', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = -77
    print('c344', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 5
    print('c344', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = -77
    print('c344', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 5
    print('c344', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c345():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c345', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c345', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c345', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c345', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c345', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 7
    print('c345', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c345', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 7
    print('c345', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c346():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c346', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c346', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = -5
    print('c346', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = -5
    print('c346', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c347():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c347', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c347', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = -9
    print('c347', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = -9
    print('c347', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c348():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c348', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c348', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c348', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c348', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c348', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 0; e = 3
    print('c348', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c348', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 7; b2 = 1; e = 3
    print('c348', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c349():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c349', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c349', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c349', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c349', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 0
    print('c349', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 1
    print('c349', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 0
    print('c349', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 1
    print('c349', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c350():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c350', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c350', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c350', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c350', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = -77
    print('c350', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 5
    print('c350', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = -77
    print('c350', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 5
    print('c350', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c351():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c351', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c351', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c351', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c351', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c351', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 7
    print('c351', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c351', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 7
    print('c351', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c352():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c352', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c352', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = -5
    print('c352', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = -5
    print('c352', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c353():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c353', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c353', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = -9
    print('c353', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = -9
    print('c353', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c354():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c354', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c354', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c354', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c354', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c354', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 0; e = 3
    print('c354', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c354', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 7; b2 = 1; e = 3
    print('c354', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c355():
    cdef unsigned int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 0
    print('c355', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 0; e = 1
    print('c355', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 0
    print('c355', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 1
    print('c355', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 0
    print('c355', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 1
    print('c355', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 0
    print('c355', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 1
    print('c355', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c356():
    cdef unsigned int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -77
    print('c356', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 0; e = 5
    print('c356', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = -77
    print('c356', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 5
    print('c356', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = -77
    print('c356', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 5
    print('c356', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = -77
    print('c356', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 5
    print('c356', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c357():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 4000000000
    print('c357', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 0; e = 7
    print('c357', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 4000000000
    print('c357', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 7
    print('c357', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 4000000000
    print('c357', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 7
    print('c357', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 4000000000
    print('c357', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 7
    print('c357', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c358():
    cdef unsigned int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -5
    print('c358', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = -5
    print('c358', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = -5
    print('c358', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = -5
    print('c358', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c359():
    cdef unsigned int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = -9
    print('c359', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = -9
    print('c359', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = -9
    print('c359', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = -9
    print('c359', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c360():
    cdef unsigned int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 4000000000; b2 = 0; e = 18446744073709551615
    print('c360', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 0; e = 3
    print('c360', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 18446744073709551615
    print('c360', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 4000000000; b2 = 1; e = 3
    print('c360', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 18446744073709551615
    print('c360', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 0; e = 3
    print('c360', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 18446744073709551615
    print('c360', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 7; b2 = 1; e = 3
    print('c360', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c361():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c361', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 0; e = 1
    print('c361', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 0
    print('c361', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 1
    print('c361', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c362():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c362', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 0; e = 5
    print('c362', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = -77
    print('c362', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 5
    print('c362', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c363():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c363', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 0; e = 7
    print('c363', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c363', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 7
    print('c363', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c364():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c364', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = -5
    print('c364', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c365():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c365', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = -9
    print('c365', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c366():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c366', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 0; e = 3
    print('c366', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c366', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -5; b2 = 1; e = 3
    print('c366', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c367():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c367', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 0; e = 1
    print('c367', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 0
    print('c367', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 1
    print('c367', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c368():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c368', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 0; e = 5
    print('c368', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = -77
    print('c368', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 5
    print('c368', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c369():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c369', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 0; e = 7
    print('c369', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c369', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 7
    print('c369', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c370():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c370', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = -5
    print('c370', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c371():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c371', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = -9
    print('c371', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c372():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c372', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 0; e = 3
    print('c372', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c372', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -5; b2 = 1; e = 3
    print('c372', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c373():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c373', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 0; e = 1
    print('c373', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 0
    print('c373', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 1
    print('c373', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c374():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c374', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 0; e = 5
    print('c374', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = -77
    print('c374', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 5
    print('c374', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c375():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c375', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 0; e = 7
    print('c375', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c375', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 7
    print('c375', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c376():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c376', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = -5
    print('c376', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c377():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c377', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = -9
    print('c377', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c378():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c378', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 0; e = 3
    print('c378', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c378', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -5; b2 = 1; e = 3
    print('c378', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c379():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c379', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 0; e = 1
    print('c379', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 0
    print('c379', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 1
    print('c379', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c380():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c380', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 0; e = 5
    print('c380', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = -77
    print('c380', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 5
    print('c380', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c381():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c381', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 0; e = 7
    print('c381', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c381', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 7
    print('c381', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c382():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c382', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = -5
    print('c382', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c383():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c383', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = -9
    print('c383', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c384():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c384', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 0; e = 3
    print('c384', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c384', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -5; b2 = 1; e = 3
    print('c384', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c385():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c385', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 0; e = 1
    print('c385', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 0
    print('c385', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 1
    print('c385', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c386():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c386', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 0; e = 5
    print('c386', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = -77
    print('c386', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 5
    print('c386', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c387():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c387', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 0; e = 7
    print('c387', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c387', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 7
    print('c387', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c388():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c388', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = -5
    print('c388', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c389():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c389', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = -9
    print('c389', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c390():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c390', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 0; e = 3
    print('c390', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c390', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -5; b2 = 1; e = 3
    print('c390', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c391():
    cdef int u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 0
    print('c391', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 0; e = 1
    print('c391', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 0
    print('c391', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 1
    print('c391', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c392():
    cdef int u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -77
    print('c392', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 0; e = 5
    print('c392', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = -77
    print('c392', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 5
    print('c392', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c393():
    cdef int u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 4000000000
    print('c393', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 0; e = 7
    print('c393', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 4000000000
    print('c393', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 7
    print('c393', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c394():
    cdef int u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -5
    print('c394', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = -5
    print('c394', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c395():
    cdef int u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = -9
    print('c395', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = -9
    print('c395', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c396():
    cdef int u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -5; b2 = 0; e = 18446744073709551615
    print('c396', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 0; e = 3
    print('c396', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 18446744073709551615
    print('c396', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -5; b2 = 1; e = 3
    print('c396', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c397():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c397', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 0; e = 1
    print('c397', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 0
    print('c397', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 1
    print('c397', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c398():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c398', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 0; e = 5
    print('c398', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = -77
    print('c398', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 5
    print('c398', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c399():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c399', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 0; e = 7
    print('c399', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c399', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 7
    print('c399', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c400():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c400', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = -5
    print('c400', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c401():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c401', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = -9
    print('c401', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c402():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c402', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 0; e = 3
    print('c402', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c402', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -9; b2 = 1; e = 3
    print('c402', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c403():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c403', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 0; e = 1
    print('c403', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 0
    print('c403', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 1
    print('c403', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c404():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c404', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 0; e = 5
    print('c404', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = -77
    print('c404', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 5
    print('c404', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c405():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c405', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 0; e = 7
    print('c405', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c405', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 7
    print('c405', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c406():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c406', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = -5
    print('c406', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c407():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c407', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = -9
    print('c407', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c408():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c408', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 0; e = 3
    print('c408', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c408', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -9; b2 = 1; e = 3
    print('c408', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c409():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c409', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 0; e = 1
    print('c409', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 0
    print('c409', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 1
    print('c409', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c410():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c410', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 0; e = 5
    print('c410', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = -77
    print('c410', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 5
    print('c410', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c411():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c411', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 0; e = 7
    print('c411', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c411', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 7
    print('c411', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c412():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c412', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = -5
    print('c412', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c413():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c413', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = -9
    print('c413', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c414():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c414', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 0; e = 3
    print('c414', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c414', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -9; b2 = 1; e = 3
    print('c414', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c415():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c415', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 0; e = 1
    print('c415', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 0
    print('c415', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 1
    print('c415', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c416():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c416', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 0; e = 5
    print('c416', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = -77
    print('c416', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 5
    print('c416', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c417():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c417', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 0; e = 7
    print('c417', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c417', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 7
    print('c417', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c418():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c418', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = -5
    print('c418', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c419():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c419', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = -9
    print('c419', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c420():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c420', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 0; e = 3
    print('c420', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c420', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -9; b2 = 1; e = 3
    print('c420', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c421():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c421', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 0; e = 1
    print('c421', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 0
    print('c421', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 1
    print('c421', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c422():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c422', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 0; e = 5
    print('c422', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = -77
    print('c422', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 5
    print('c422', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c423():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c423', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 0; e = 7
    print('c423', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c423', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 7
    print('c423', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c424():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c424', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = -5
    print('c424', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c425():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c425', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = -9
    print('c425', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c426():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c426', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 0; e = 3
    print('c426', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c426', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -9; b2 = 1; e = 3
    print('c426', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c427():
    cdef long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 0
    print('c427', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 0; e = 1
    print('c427', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 0
    print('c427', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 1
    print('c427', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c428():
    cdef long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -77
    print('c428', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 0; e = 5
    print('c428', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = -77
    print('c428', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 5
    print('c428', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c429():
    cdef long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 4000000000
    print('c429', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 0; e = 7
    print('c429', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 4000000000
    print('c429', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 7
    print('c429', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c430():
    cdef long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -5
    print('c430', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = -5
    print('c430', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c431():
    cdef long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = -9
    print('c431', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = -9
    print('c431', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c432():
    cdef long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -9; b2 = 0; e = 18446744073709551615
    print('c432', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 0; e = 3
    print('c432', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 18446744073709551615
    print('c432', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -9; b2 = 1; e = 3
    print('c432', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c433():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c433', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c433', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c433', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c433', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 0
    print('c433', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 1
    print('c433', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 0
    print('c433', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 1
    print('c433', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c434():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c434', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c434', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c434', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c434', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = -77
    print('c434', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 5
    print('c434', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = -77
    print('c434', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 5
    print('c434', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c435():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c435', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c435', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c435', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c435', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c435', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 7
    print('c435', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c435', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 7
    print('c435', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c436():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c436', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c436', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = -5
    print('c436', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = -5
    print('c436', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c437():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c437', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c437', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = -9
    print('c437', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = -9
    print('c437', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c438():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c438', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c438', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c438', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c438', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c438', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 0; e = 3
    print('c438', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c438', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = 3; b2 = 1; e = 3
    print('c438', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c439():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c439', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c439', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c439', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c439', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 0
    print('c439', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 1
    print('c439', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 0
    print('c439', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 1
    print('c439', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c440():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c440', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c440', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c440', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c440', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = -77
    print('c440', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 5
    print('c440', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = -77
    print('c440', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 5
    print('c440', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c441():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c441', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c441', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c441', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c441', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c441', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 7
    print('c441', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c441', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 7
    print('c441', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c442():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c442', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c442', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = -5
    print('c442', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = -5
    print('c442', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c443():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c443', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c443', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = -9
    print('c443', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = -9
    print('c443', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c444():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c444', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c444', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c444', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c444', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c444', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 0; e = 3
    print('c444', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c444', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = 3; b2 = 1; e = 3
    print('c444', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c445():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c445', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c445', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c445', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c445', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 0
    print('c445', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 1
    print('c445', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 0
    print('c445', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 1
    print('c445', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c446():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c446', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c446', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c446', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c446', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = -77
    print('c446', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 5
    print('c446', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = -77
    print('c446', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 5
    print('c446', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c447():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c447', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c447', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c447', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c447', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c447', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 7
    print('c447', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c447', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 7
    print('c447', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c448():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c448', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c448', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = -5
    print('c448', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = -5
    print('c448', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c449():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c449', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c449', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = -9
    print('c449', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = -9
    print('c449', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c450():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c450', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c450', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c450', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c450', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c450', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 0; e = 3
    print('c450', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c450', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = 3; b2 = 1; e = 3
    print('c450', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c451():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c451', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c451', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c451', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c451', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 0
    print('c451', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 1
    print('c451', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 0
    print('c451', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 1
    print('c451', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c452():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c452', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c452', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c452', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c452', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = -77
    print('c452', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 5
    print('c452', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = -77
    print('c452', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 5
    print('c452', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c453():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c453', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c453', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c453', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c453', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c453', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 7
    print('c453', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c453', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 7
    print('c453', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c454():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c454', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c454', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = -5
    print('c454', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = -5
    print('c454', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c455():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c455', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c455', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = -9
    print('c455', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = -9
    print('c455', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c456():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c456', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c456', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c456', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c456', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c456', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 0; e = 3
    print('c456', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c456', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = 3; b2 = 1; e = 3
    print('c456', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c457():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c457', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c457', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c457', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c457', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 0
    print('c457', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 1
    print('c457', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 0
    print('c457', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 1
    print('c457', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c458():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c458', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c458', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c458', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c458', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = -77
    print('c458', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 5
    print('c458', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = -77
    print('c458', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 5
    print('c458', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c459():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c459', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c459', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c459', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c459', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c459', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 7
    print('c459', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c459', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 7
    print('c459', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c460():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c460', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c460', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = -5
    print('c460', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = -5
    print('c460', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c461():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c461', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c461', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = -9
    print('c461', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = -9
    print('c461', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c462():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c462', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c462', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c462', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c462', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c462', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 0; e = 3
    print('c462', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c462', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = 3; b2 = 1; e = 3
    print('c462', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c463():
    cdef unsigned long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 0
    print('c463', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 1
    print('c463', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 0
    print('c463', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 1
    print('c463', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 0
    print('c463', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 1
    print('c463', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 0
    print('c463', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 1
    print('c463', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c464():
    cdef unsigned long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -77
    print('c464', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 5
    print('c464', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -77
    print('c464', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 5
    print('c464', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = -77
    print('c464', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 5
    print('c464', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = -77
    print('c464', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 5
    print('c464', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c465():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 4000000000
    print('c465', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 7
    print('c465', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 4000000000
    print('c465', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 7
    print('c465', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 4000000000
    print('c465', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 7
    print('c465', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 4000000000
    print('c465', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 7
    print('c465', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c466():
    cdef unsigned long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -5
    print('c466', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -5
    print('c466', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = -5
    print('c466', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = -5
    print('c466', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c467():
    cdef unsigned long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = -9
    print('c467', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = -9
    print('c467', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = -9
    print('c467', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = -9
    print('c467', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c468():
    cdef unsigned long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = 18446744073709551615; b2 = 0; e = 18446744073709551615
    print('c468', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 0; e = 3
    print('c468', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 18446744073709551615
    print('c468', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 18446744073709551615; b2 = 1; e = 3
    print('c468', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 18446744073709551615
    print('c468', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 0; e = 3
    print('c468', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 18446744073709551615
    print('c468', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = 3; b2 = 1; e = 3
    print('c468', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c469():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c469', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 0; e = 1
    print('c469', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 0
    print('c469', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 1
    print('c469', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c470():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c470', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 0; e = 5
    print('c470', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = -77
    print('c470', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 5
    print('c470', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c471():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c471', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 0; e = 7
    print('c471', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c471', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 7
    print('c471', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c472():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c472', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = -5
    print('c472', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c473():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c473', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = -9
    print('c473', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c474():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c474', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 0; e = 3
    print('c474', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c474', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)
    u = -1; b2 = 1; e = 3
    print('c474', -nv < u // 7 != e, e < u // 7 <= b2, b2 >= u // 7 > -nv, -nv < u // 7 != b2, e == u // 7 == b2)

@cython.cdivision(True)
def c475():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c475', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 0; e = 1
    print('c475', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 0
    print('c475', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 1
    print('c475', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c476():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c476', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 0; e = 5
    print('c476', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = -77
    print('c476', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 5
    print('c476', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c477():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c477', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 0; e = 7
    print('c477', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c477', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 7
    print('c477', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c478():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c478', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = -5
    print('c478', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c479():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c479', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = -9
    print('c479', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c480():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c480', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 0; e = 3
    print('c480', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c480', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)
    u = -1; b2 = 1; e = 3
    print('c480', -nv < u + 5 != e, e < u + 5 <= b2, b2 >= u + 5 > -nv, -nv < u + 5 != b2, e == u + 5 == b2)

@cython.cdivision(True)
def c481():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c481', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 0; e = 1
    print('c481', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 0
    print('c481', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 1
    print('c481', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c482():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c482', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 0; e = 5
    print('c482', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = -77
    print('c482', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 5
    print('c482', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c483():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c483', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 0; e = 7
    print('c483', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c483', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 7
    print('c483', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c484():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c484', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = -5
    print('c484', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c485():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c485', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = -9
    print('c485', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c486():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c486', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 0; e = 3
    print('c486', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c486', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)
    u = -1; b2 = 1; e = 3
    print('c486', -nv < u % 7 != e, e < u % 7 <= b2, b2 >= u % 7 > -nv, -nv < u % 7 != b2, e == u % 7 == b2)

@cython.cdivision(True)
def c487():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c487', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 0; e = 1
    print('c487', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 0
    print('c487', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 1
    print('c487', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c488():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c488', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 0; e = 5
    print('c488', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = -77
    print('c488', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 5
    print('c488', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c489():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c489', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 0; e = 7
    print('c489', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c489', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 7
    print('c489', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c490():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c490', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = -5
    print('c490', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c491():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c491', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = -9
    print('c491', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c492():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c492', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 0; e = 3
    print('c492', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c492', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)
    u = -1; b2 = 1; e = 3
    print('c492', -nv < u - 1 != e, e < u - 1 <= b2, b2 >= u - 1 > -nv, -nv < u - 1 != b2, e == u - 1 == b2)

@cython.cdivision(True)
def c493():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c493', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 0; e = 1
    print('c493', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 0
    print('c493', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 1
    print('c493', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c494():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c494', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 0; e = 5
    print('c494', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = -77
    print('c494', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 5
    print('c494', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c495():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c495', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 0; e = 7
    print('c495', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c495', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 7
    print('c495', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c496():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c496', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = -5
    print('c496', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c497():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c497', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = -9
    print('c497', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c498():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c498', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 0; e = 3
    print('c498', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c498', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)
    u = -1; b2 = 1; e = 3
    print('c498', -nv < u | b2 != e, e < u | b2 <= b2, b2 >= u | b2 > -nv, -nv < u | b2 != b2, e == u | b2 == b2)

@cython.cdivision(True)
def c499():
    cdef long long u
    cdef bint b2
    cdef bint e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 0
    print('c499', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 0; e = 1
    print('c499', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 0
    print('c499', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 1
    print('c499', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c500():
    cdef long long u
    cdef bint b2
    cdef signed char e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -77
    print('c500', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 0; e = 5
    print('c500', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = -77
    print('c500', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 5
    print('c500', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c501():
    cdef long long u
    cdef bint b2
    cdef unsigned int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 4000000000
    print('c501', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 0; e = 7
    print('c501', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 4000000000
    print('c501', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 7
    print('c501', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c502():
    cdef long long u
    cdef bint b2
    cdef int e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -5
    print('c502', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = -5
    print('c502', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c503():
    cdef long long u
    cdef bint b2
    cdef long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = -9
    print('c503', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = -9
    print('c503', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

@cython.cdivision(True)
def c504():
    cdef long long u
    cdef bint b2
    cdef unsigned long e
    cdef signed char nv = 77
    u = -1; b2 = 0; e = 18446744073709551615
    print('c504', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 0; e = 3
    print('c504', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 18446744073709551615
    print('c504', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)
    u = -1; b2 = 1; e = 3
    print('c504', -nv < u // 7 | b2 - b2 != e, e < u // 7 | b2 - b2 <= b2, b2 >= u // 7 | b2 - b2 > -nv, -nv < u // 7 | b2 - b2 != b2, e == u // 7 | b2 - b2 == b2)

c1()
c2()
c3()
c4()
c5()
c6()
c7()
c8()
c9()
c10()
c11()
c12()
c13()
c14()
c15()
c16()
c17()
c18()
c19()
c20()
c21()
c22()
c23()
c24()
c25()
c26()
c27()
c28()
c29()
c30()
c31()
c32()
c33()
c34()
c35()
c36()
c37()
c38()
c39()
c40()
c41()
c42()
c43()
c44()
c45()
c46()
c47()
c48()
c49()
c50()
c51()
c52()
c53()
c54()
c55()
c56()
c57()
c58()
c59()
c60()
c61()
c62()
c63()
c64()
c65()
c66()
c67()
c68()
c69()
c70()
c71()
c72()
c73()
c74()
c75()
c76()
c77()
c78()
c79()
c80()
c81()
c82()
c83()
c84()
c85()
c86()
c87()
c88()
c89()
c90()
c91()
c92()
c93()
c94()
c95()
c96()
c97()
c98()
c99()
c100()
c101()
c102()
c103()
c104()
c105()
c106()
c107()
c108()
c109()
c110()
c111()
c112()
c113()
c114()
c115()
c116()
c117()
c118()
c119()
c120()
c121()
c122()
c123()
c124()
c125()
c126()
c127()
c128()
c129()
c130()
c131()
c132()
c133()
c134()
c135()
c136()
c137()
c138()
c139()
c140()
c141()
c142()
c143()
c144()
c145()
c146()
c147()
c148()
c149()
c150()
c151()
c152()
c153()
c154()
c155()
c156()
c157()
c158()
c159()
c160()
c161()
c162()
c163()
c164()
c165()
c166()
c167()
c168()
c169()
c170()
c171()
c172()
c173()
c174()
c175()
c176()
c177()
c178()
c179()
c180()
c181()
c182()
c183()
c184()
c185()
c186()
c187()
c188()
c189()
c190()
c191()
c192()
c193()
c194()
c195()
c196()
c197()
c198()
c199()
c200()
c201()
c202()
c203()
c204()
c205()
c206()
c207()
c208()
c209()
c210()
c211()
c212()
c213()
c214()
c215()
c216()
c217()
c218()
c219()
c220()
c221()
c222()
c223()
c224()
c225()
c226()
c227()
c228()
c229()
c230()
c231()
c232()
c233()
c234()
c235()
c236()
c237()
c238()
c239()
c240()
c241()
c242()
c243()
c244()
c245()
c246()
c247()
c248()
c249()
c250()
c251()
c252()
c253()
c254()
c255()
c256()
c257()
c258()
c259()
c260()
c261()
c262()
c263()
c264()
c265()
c266()
c267()
c268()
c269()
c270()
c271()
c272()
c273()
c274()
c275()
c276()
c277()
c278()
c279()
c280()
c281()
c282()
c283()
c284()
c285()
c286()
c287()
c288()
c289()
c290()
c291()
c292()
c293()
c294()
c295()
c296()
c297()
c298()
c299()
c300()
c301()
c302()
c303()
c304()
c305()
c306()
c307()
c308()
c309()
c310()
c311()
c312()
c313()
c314()
c315()
c316()
c317()
c318()
c319()
c320()
c321()
c322()
c323()
c324()
c325()
c326()
c327()
c328()
c329()
c330()
c331()
c332()
c333()
c334()
c335()
c336()
c337()
c338()
c339()
c340()
c341()
c342()
c343()
c344()
c345()
c346()
c347()
c348()
c349()
c350()
c351()
c352()
c353()
c354()
c355()
c356()
c357()
c358()
c359()
c360()
c361()
c362()
c363()
c364()
c365()
c366()
c367()
c368()
c369()
c370()
c371()
c372()
c373()
c374()
c375()
c376()
c377()
c378()
c379()
c380()
c381()
c382()
c383()
c384()
c385()
c386()
c387()
c388()
c389()
c390()
c391()
c392()
c393()
c394()
c395()
c396()
c397()
c398()
c399()
c400()
c401()
c402()
c403()
c404()
c405()
c406()
c407()
c408()
c409()
c410()
c411()
c412()
c413()
c414()
c415()
c416()
c417()
c418()
c419()
c420()
c421()
c422()
c423()
c424()
c425()
c426()
c427()
c428()
c429()
c430()
c431()
c432()
c433()
c434()
c435()
c436()
c437()
c438()
c439()
c440()
c441()
c442()
c443()
c444()
c445()
c446()
c447()
c448()
c449()
c450()
c451()
c452()
c453()
c454()
c455()
c456()
c457()
c458()
c459()
c460()
c461()
c462()
c463()
c464()
c465()
c466()
c467()
c468()
c469()
c470()
c471()
c472()
c473()
c474()
c475()
c476()
c477()
c478()
c479()
c480()
c481()
c482()
c483()
c484()
c485()
c486()
c487()
c488()
c489()
c490()
c491()
c492()
c493()
c494()
c495()
c496()
c497()
c498()
c499()
c500()
c501()
c502()
c503()
c504()
