# A cdef function returning a view that falls off its end without a return
# raises TypeError('Memoryview return value is not initialized'); errors it
# raises itself propagate, also from a nogil version. Inspired by Cython's
# tests/memoryview/view_return_errors.pyx.
cdef double[:] foo(int i):
    if i == 1:
        raise AttributeError("dummy 1")
    if i == 3:
        raise ValueError("dummy 3")
    if i == 4:
        raise TypeError("dummy 4")

cdef double[:] foo_nogil(int i) nogil:
    if i == 1:
        raise AttributeError("dummy 1")
    if i == 3:
        raise ValueError("dummy 3")
    if i == 4:
        raise TypeError("dummy 4")

def propagate(int i, bint use_nogil):
    try:
        foo_nogil(i) if use_nogil else foo(i)
    except AttributeError as e:
        print("AttributeError", e)
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
    else:
        print("nothing raised")

for i in range(5):
    propagate(i, False)
    propagate(i, True)
