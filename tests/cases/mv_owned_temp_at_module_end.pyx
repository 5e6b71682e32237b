# A module whose last statements own temporary views (a new array, a copy,
# a numpy array passed straight to a function): released when the module's
# code ends, as on every other exit.
import numpy as np
from cython.view cimport array as cvarray

def describe(int label, double[:, :] v):
    print(label, v.shape[0], v.shape[1])
    return label

cdef double[:, ::1] base = np.ones((2, 3))
describe(0, base.copy())
describe(1, cvarray(shape=(2, 3), itemsize=sizeof(double), format="d"))
describe(2, np.zeros_like(base))
