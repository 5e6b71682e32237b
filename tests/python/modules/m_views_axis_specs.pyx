# A table of memoryview axis specs (`cython.view` names, `:` and `::1`),
# each taking every generated layout (C, Fortran, strided, negative
# strides, 0-size, 1-element, read-only, broadcast): which layouts each
# accepts, the buffer request Cython makes for it (C/Fortran contiguous
# only for `[:, ::1]` / `[::1, :]` shapes, strides otherwise), and the
# message and the order of the checks when one is refused.
cimport cython
from cython cimport view

def s1(double[::view.strided] a):
    return a.shape[0]

def c1(double[::view.contiguous] a):
    return a.shape[0]

def g1(double[::view.generic] a):
    return a.shape[0]

def i1(double[::view.indirect] a):
    return a.shape[0]

def colon_c1(double[::1] a):
    return a.shape[0]

def sc(double[::view.strided, ::view.contiguous] a):
    return a.shape[0] * 100 + a.shape[1]

def cs(double[::view.contiguous, ::view.strided] a):
    return a.shape[0] * 100 + a.shape[1]

def ss(double[::view.strided, ::view.strided] a):
    return a.shape[0] * 100 + a.shape[1]

def gg(double[::view.generic, ::view.generic] a):
    return a.shape[0] * 100 + a.shape[1]

def s_one(double[::view.strided, ::1] a):
    return a.shape[0] * 100 + a.shape[1]

def one_s(double[::1, ::view.strided] a):
    return a.shape[0] * 100 + a.shape[1]

def ind_c(double[::view.indirect, ::1] a):
    return a.shape[0] * 100 + a.shape[1]

def ssc(double[::view.strided, ::view.strided, ::view.contiguous] a):
    return a.shape[0] * 10000 + a.shape[1] * 100 + a.shape[2]

def css(double[::view.contiguous, ::view.strided, ::view.strided] a):
    return a.shape[0] * 10000 + a.shape[1] * 100 + a.shape[2]

def const_sc(const double[::view.strided, ::view.contiguous] a):
    return a.shape[0] * 100 + a.shape[1]

def const_cs(const double[::view.contiguous, ::view.strided] a):
    return a.shape[0] * 100 + a.shape[1]

def int_sc(int[::view.strided, ::view.contiguous] a):
    return a.shape[0] * 100 + a.shape[1]
