# Errors out of functions returning C tuples: with no `except` clause and
# with `except *` the caller checks after every call; `noexcept` swallows.

cdef (int, double) checked(int a):
    if a < 0:
        raise ValueError("negative: checked")
    return a, a * 0.5

cdef (int, double) star(int a) except *:
    if a == 0:
        raise ZeroDivisionError("zero: star")
    return a, 1.0 / a

cdef (int, int) quiet(int a) noexcept:
    return a, -a

cdef (double, double) via_view(double[:] v, Py_ssize_t i):
    # an IndexError from the view goes through the ctuple return
    return v[i], v[i] * 2

cdef (int, double) chain(int a):
    cdef (int, double) t = checked(a)
    return t[0] + 1, t[1]

def run():
    cdef double[3] arr = [1.0, 2.0, 3.0]
    print(checked(4), star(4), quiet(4))
    try:
        print(checked(-1))
    except ValueError as e:
        print("caught", e)
    try:
        a, b = star(0)
        print("not reached", a, b)
    except ZeroDivisionError as e:
        print("caught", e)
    try:
        print(chain(-2))
    except ValueError as e:
        print("caught through chain", e)
    print(via_view(arr, 1), via_view(arr, -1))
    try:
        print(via_view(arr, 3))
    except IndexError as e:
        print("caught", e)

run()

cdef (int, double) inline_nogil(int a) noexcept nogil:
    return a * 3, a / 2.0

cdef (long, long) minmax(long[:] v) noexcept nogil:
    cdef long lo = v[0], hi = v[0]
    cdef Py_ssize_t i
    for i in range(1, v.shape[0]):
        if v[i] < lo:
            lo = v[i]
        if v[i] > hi:
            hi = v[i]
    return lo, hi

cdef long[6] data = [4, -2, 9, 0, 9, -7]
cdef long[:] dv = data
cdef long lo, hi
cdef int x
cdef double y
with nogil:
    lo, hi = minmax(dv)
    x, y = inline_nogil(5)
print(lo, hi, x, y)
print(chain(3))
print(checked(-5))
