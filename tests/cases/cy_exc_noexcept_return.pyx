# A noexcept function that raises: the error is reported as unraisable
# (on stderr), the function returns 0 and the caller carries on; an
# explicit except * version propagates. Inspired by Cython's
# tests/run/exceptionpropagation.pyx (test_noexcept) and
# tests/run/legacy_implicit_noexcept.pyx.
cdef int quiet(int a, int b) noexcept:
    if b == 0:
        raise ZeroDivisionError("quiet")
    return a + b

cdef double quiet_d(double a) noexcept nogil:
    with gil:
        raise ValueError("quiet_d")
    return a

cdef int loud(int a, int b) except *:
    if b == 0:
        raise ZeroDivisionError("loud")
    return a + b

print(quiet(3, 4), quiet(3, 0), quiet(0, 5))
print(quiet_d(2.5))
try:
    print(loud(3, 0))
except ZeroDivisionError as e:
    print("caught", e)
print("end")
