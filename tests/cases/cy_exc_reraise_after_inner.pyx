# A bare raise in a handler re-raises the exception being handled even
# after a function called from the handler raised and caught its own
# exception. Inspired by Cython's tests/run/funcexceptreraise.pyx
# (reraise_original) and tests/run/tryexcept.pyx.
cdef int fail(int kind) except -1:
    if kind == 0:
        raise TypeError("hiho")
    raise ValueError("other")

def catch_inner():
    try:
        fail(1)
    except ValueError:
        pass

def catch_inner_busy():
    cdef int a
    try:
        fail(1)
    except ValueError:
        a = 1 + 1

def reraise(int which):
    try:
        fail(0)
    except TypeError:
        if which == 0:
            catch_inner()
        else:
            catch_inner_busy()
        raise

cdef int w
for w in range(2):
    try:
        reraise(w)
    except TypeError as e:
        print(w, "TypeError:", e)
    except ValueError as e:
        print(w, "ValueError:", e)
reraise(0)
