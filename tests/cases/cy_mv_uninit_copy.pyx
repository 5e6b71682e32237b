# Methods called on a view that was never assigned raise UnboundLocalError
# (is_c_contig caught, copy_fortran caught, then copy uncaught), with
# nonecheck on and off.
# Inspired by Cython's tests/memoryview/memoryviewattrs.pyx
# (test_nonecheck1..4).
cimport cython

@cython.nonecheck(True)
def contig_check():
    cdef int[:, :, :] uninitialized
    print(uninitialized.is_c_contig())

@cython.nonecheck(True)
def copy_it():
    cdef int[:, :, :] uninitialized
    uninitialized.copy_fortran()

try:
    contig_check()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    copy_it()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
@cython.nonecheck(False)
def plain():
    cdef int[:] later
    print("before")
    later.copy()

plain()
