# Values computed through nogil cdef functions called from with nogil
# blocks, functions that release or acquire the GIL themselves, and a
# cpdef void nogil function. Inspired by Cython's tests/run/nogil.pyx and
# tests/run/withnogil.pyx.
cdef void f(int x) nogil:
    cdef int y
    y = x + 42
    g(y)

cdef int g(int x) nogil:
    cdef int y
    y = x + 42
    return y

cdef void releases() nogil:
    with nogil:
        pass

cdef int reacquires(int x) nogil:
    with gil:
        print("inside with gil", x)
    return x * 2

cpdef void cp_nogil() nogil:
    with nogil:
        pass

def test(int x):
    with nogil:
        f(x)
        x = g(x)
    return x

print(test(5), test(11), test(-42))
cdef int y = 0, z = 0
with nogil:
    y = 17
    releases()
    cp_nogil()
    z = reacquires(y)
releases()
cp_nogil()
print(y, z, reacquires(1))
