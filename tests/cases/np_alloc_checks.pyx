# Taking a numpy array as a typed view: Cython's checks (numpy's contiguity
# first, then dimensions, then dtype) for every constructor and order.
import numpy as np

def take(int k):
    cdef double[:, ::1] c2
    cdef double[::1, :] f2
    cdef double[:, :] s2
    cdef double[:] d1
    cdef double[::1] dc1
    cdef float[:] g1
    cdef long long[:] ll1
    cdef long[:] l1
    cdef int[:] i1
    cdef Py_ssize_t[:] p1
    cdef unsigned char[:] u1
    cdef signed char[:] sc1
    cdef char[:] ch1
    cdef unsigned int[:] ui1
    cdef short[:] sh1
    try:
        if k == 0:
            g1 = np.zeros(3)
        elif k == 1:
            d1 = np.zeros((2, 3))
        elif k == 2:
            c2 = np.zeros((2, 3), order='F')
        elif k == 3:
            f2 = np.zeros((2, 3))
        elif k == 4:
            ll1 = np.zeros(3, dtype=np.int64)
            print("int64 as long long")
        elif k == 5:
            l1 = np.ones(3, dtype=np.longlong)
            print("longlong as long", l1[2])
        elif k == 6:
            i1 = np.full(3, 7, dtype=np.intc)
            print("intc as int", i1[1])
        elif k == 7:
            p1 = np.zeros(3, dtype=np.intp)
            print("intp as Py_ssize_t")
        elif k == 8:
            u1 = np.ones(3, dtype=np.bool_)
            print("bool as unsigned char", u1[0])
        elif k == 9:
            ch1 = np.full(3, -2, dtype=np.int8)
            print("int8 as char", ch1[0])
        elif k == 10:
            sc1 = np.zeros(3, dtype=np.int8)
            print("int8 as signed char")
        elif k == 11:
            c2 = np.zeros((2, 0))
            print("empty", c2.shape[0], c2.shape[1], c2.strides[0], c2.strides[1])
        elif k == 12:
            d1 = np.zeros(-1)
        elif k == 13:
            c2 = np.zeros((1, 3), order='F')
            print("1x3 F as C", c2.strides[0], c2.strides[1])
        elif k == 14:
            f2 = np.zeros((3, 1))
            print("3x1 C as F", f2.strides[0], f2.strides[1])
        elif k == 15:
            s2 = np.zeros((1, 3), order='F')
            print("1x3 F strided", s2.strides[0], s2.strides[1])
        elif k == 16:
            d1 = np.zeros(3, dtype=int)
        elif k == 17:
            ui1 = np.zeros(3, dtype=np.int32)
        elif k == 18:
            sh1 = np.zeros(3, dtype=np.uint16)
        elif k == 19:
            d1 = np.zeros(0)
            print("zero length", d1.shape[0], d1.strides[0])
        elif k == 20:
            dc1 = np.zeros((2, 2))
        elif k == 21:
            dc1 = np.zeros((2, 2), order='F')
        elif k == 22:
            s2 = np.zeros((2, 0), order='F')
            print("empty F strided", s2.strides[0], s2.strides[1])
        elif k == 23:
            f2 = np.zeros((2, 0))
            print("empty C as F", f2.strides[0], f2.strides[1])
        elif k == 24:
            d1 = np.zeros(3, dtype=np.float32)
    except ValueError as e:
        print(k, "ValueError", e)

for k in range(25):
    take(k)
