# An except -1 checker called for its side effect, with the error passed
# up through two cdef levels to a try in a def function. Inspired by
# Cython's tests/run/exceptionpropagation.pyx (CHKERR, foo).
cdef int check(int ierr) except -1:
    if ierr == 0:
        return 0
    raise ValueError("ierr")

cdef int middle(int ierr) except -1:
    check(ierr)
    print("middle after check", ierr)
    return 5

def outer(int ierr):
    try:
        print("middle gave", middle(ierr))
    except ValueError as e:
        print("caught", e)
    finally:
        print("finally", ierr)

outer(0)
outer(3)
outer(-1)
print(check(0))
