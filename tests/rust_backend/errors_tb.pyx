cdef int inner(int x) except -1:
    if x > 2:
        raise ValueError("too big")
    return x

cdef int middle(int x) except -1:
    cdef int y = inner(x)
    return y + 1

cdef int quiet(int x) noexcept:
    raise IndexError("swallowed")

def outer(int x):
    try:
        middle(x)
    except IndexError:
        print("never")
    finally:
        print("finally", x)

quiet(1)
print(middle(1))
outer(1)
outer(5)
