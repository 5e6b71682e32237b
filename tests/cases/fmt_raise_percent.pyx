# raise with %-formatted messages, as numeric kernels write them
from libc.stdlib cimport malloc, free

cdef int check_axis(int axis) except -1:
    if axis != 0 and axis != 1:
        raise ValueError("axis must be 0 or 1, got %d" % axis)
    return axis

cdef int grow(Py_ssize_t *capacity, Py_ssize_t limit) except -1 nogil:
    if capacity[0] * 2 > limit:
        raise MemoryError("cannot grow the stack beyond %d entries" % capacity[0])
    capacity[0] *= 2
    return 0

def acf_check(Py_ssize_t nlags, Py_ssize_t n):
    if nlags >= n:
        raise ValueError("nlags must be smaller than nobs: %d >= %d" % (nlags, n))
    return nlags

def lowess_check(double frac, Py_ssize_t n):
    if frac * n < 2:
        raise ValueError("frac=%g leaves fewer than 2 points per window" % frac)
    return frac

def shapes(Py_ssize_t a, Py_ssize_t b):
    if a != b:
        raise ValueError(
            "X.shape[1] == %d while Y.shape[1] == %d" % (a, b))

cdef char mode_c = b'W'

def mode_check(char mode):
    if mode not in b'CWSER':
        raise ValueError("Unknown mode '%c'" % mode)
    return mode

print(check_axis(1))
for axis in range(-1, 3):
    try:
        check_axis(axis)
    except ValueError as e:
        print("ValueError:", e)
cdef Py_ssize_t cap = 4
for i in range(4):
    try:
        grow(&cap, 40)
        print("capacity", cap)
    except MemoryError as e:
        print("MemoryError:", e)
try:
    acf_check(10, 5)
except ValueError as e:
    print(e)
print(acf_check(3, 5))
cdef double[3] fracs
fracs[0] = 0.5
fracs[1] = 0.05
fracs[2] = 0.001
for r in range(3):
    try:
        print(lowess_check(fracs[r], 30))
    except ValueError as e:
        print(e)
try:
    shapes(3, 4)
except ValueError as e:
    print(e)
print(mode_check(mode_c), mode_check(69))
try:
    mode_check(81)
except ValueError as e:
    print(e)
raise OverflowError("index %d out of range for %d items (%.1f%% full)" % (12, 10, 120.0))
