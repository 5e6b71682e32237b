# *_like keeps the prototype's shape and dtype; a typed view reaches numpy
# as a buffer, so the new array is in C order unless order='F' is given;
# np.arange with integer and float arguments.
import numpy as np

def describe(int label, double[:, :] v):
    print(label, v.shape[0], v.shape[1], v.strides[0], v.strides[1], v[v.shape[0] - 1, v.shape[1] - 1])

cdef double[:, ::1] c = np.ones((2, 3))
cdef double[::1, :] f = np.ones((2, 3), order='F')
cdef double[:, :] t = c.T
cdef double[:, :] s = np.ones((4, 6))[::2, ::2]
describe(0, np.zeros_like(c))
describe(1, np.ones_like(f))
describe(2, np.full_like(t, 3.5))
cdef double[:, :] es = np.empty_like(s)
es[:, :] = 1.0
describe(3, es)
describe(4, np.zeros_like(c, order='F'))
describe(6, np.zeros_like(f, order='K'))
describe(7, np.ones_like(t, order='A'))
describe(5, np.full_like(f, -2, order='C'))
cdef int[:, ::1] ic = np.full_like(c, 7, dtype=np.intc)
print(ic[1, 2], ic.strides[0])
cdef float[::1] fl = np.ones_like(np.zeros(4, dtype=np.float32))
print(fl[3], fl.strides[0])

cdef long[::1] a = np.arange(5)
cdef long[::1] b = np.arange(2, 11, 3)
cdef long[::1] e = np.arange(5, 0, -2)
cdef long[::1] z = np.arange(0, -3)
cdef double[::1] g = np.arange(0.0, 1.0, 0.3)
cdef double[::1] h = np.arange(1.5)
cdef int[::1] n = np.arange(3, dtype=np.int32)
cdef double[::1] nd = np.arange(4, dtype=np.float64)
print(a[4], a.shape[0], b[2], b.shape[0], e[2], e.shape[0], z.shape[0])
print(g[3], g.shape[0], h[1], h.shape[0], n[2], nd[3])
try:
    a = np.arange(0, 5, 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError", err)
