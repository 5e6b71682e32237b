# view.generic / strided / contiguous axis specs.
cimport cython
from cython cimport view

def gen(double[::view.generic] a):
    return a.shape[0]

def strided(double[::view.strided] a):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def contig(int[::view.contiguous] a):
    return a.shape[0]

def rows(double[::view.strided, ::view.contiguous] a):
    return a.shape[0] * 100 + a.shape[1]
