# with nogil(c) / with gil(c) with constant conditions, and with nogil:
# inside the body of a nogil function (which may be called with the GIL).
cdef int twice(int x) nogil:
    with nogil:
        x = x * 2
    return x

cdef int thrice(int x) noexcept nogil:
    with gil:
        x = x * 3
        with nogil:
            x += 1
    return x

def run(int x):
    cdef int r = 0
    with nogil(True):
        r = twice(x)
        with gil(True):
            print("gil", r)
        with gil(False):
            r += 1
    with nogil(False):
        print("still gil", r)
        r = thrice(r)
    with nogil:
        r = twice(r) + thrice(1)
    print(r, twice(x), thrice(x))

run(1)
run(-5)
