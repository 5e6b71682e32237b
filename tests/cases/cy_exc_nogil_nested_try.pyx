# Errors raised by an except * nogil function inside with nogil blocks,
# nested in try/except/finally at several depths; which handler and which
# finally run. Inspired by Cython's tests/run/exceptions_nogil.pyx.
cdef void check(int i) except * nogil:
    if i != 0:
        raise ValueError("bad %d")

def scenario(int inner, int handler, int fin):
    try:
        with nogil:
            check(0)
        try:
            with nogil:
                check(inner)
            print("  inner ok")
        except ValueError:
            print("  inner handler")
            with nogil:
                check(handler)
            print("  handler ok")
        finally:
            print("  inner finally")
            with nogil:
                check(fin)
        print("  after inner try")
    except ValueError:
        print("  outer handler")
        with nogil:
            check(0)
    finally:
        print("  outer finally")

cdef int a, b, c
for a in range(2):
    for b in range(2):
        for c in range(2):
            print(a, b, c)
            scenario(a, b, c)
