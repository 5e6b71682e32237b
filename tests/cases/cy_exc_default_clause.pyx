# cdef functions without an exception clause still propagate errors in
# Cython 3 (int, double, and pointer returns); a pointer function may return
# NULL without an error. Inspired by Cython's
# tests/run/exceptionpropagation.pyx (test_except_raise_by_default,
# cdef_ptr_func).
cdef int raises_int(int x):
    if x < 0:
        raise IndexError("negative")
    return x + 1

cdef int* ptr_func(int* inp, int mode):
    if mode == 0:
        return inp
    elif mode == 1:
        return NULL
    raise ValueError("mode 2")

def use_ptr(int mode):
    cdef int a = 100
    cdef int *out
    try:
        out = ptr_func(&a, mode)
        if out:
            print("value", out[0])
        else:
            print("NULL")
    except ValueError as e:
        print("exception", e)

print(raises_int(4))
try:
    print(raises_int(-4))
except IndexError as e:
    print("IndexError", e)
use_ptr(0)
use_ptr(1)
use_ptr(2)
