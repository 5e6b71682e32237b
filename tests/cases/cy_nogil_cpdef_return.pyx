# A cpdef nogil function called from Python-level code and from inside a
# with nogil block, including a return from within the with nogil block.
# Inspired by Cython's tests/run/cpdef_nogil.pyx.
cpdef int simple() nogil:
    return 1

cpdef int add(int a, int b) nogil:
    return a + b

cpdef int call_nogil():
    with nogil:
        return simple() + add(2, 3)

cpdef int loop(int n):
    cdef int i, total = 0
    with nogil:
        for i in range(n):
            total = add(total, i)
            if total > 20:
                return total
    return -total

print(simple(), add(-4, 4), call_nogil(), loop(4), loop(100))
