# Assigning Python ints into unsigned char views: range checks on element and slice assignment.
from cython.view cimport array as cvarray
cdef unsigned char[:] v = cvarray(shape=(3,), itemsize=1, format="B")
py = 255
v[:] = py
print(v[0], v[2])
v[1] = py - 1
print(v[1])
py = 256
try:
    v[:] = py
except OverflowError as e:
    print("slice", e)
try:
    v[0] = py
except OverflowError as e:
    print("elem", e)
print(v[0])
cdef const unsigned char[:] c = v
cdef unsigned char[:] w = cvarray(shape=(3,), itemsize=1, format="B")
w[:] = c
print(w[1])
