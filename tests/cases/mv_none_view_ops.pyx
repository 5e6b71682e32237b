# Every operation on a None view, with nonecheck off and on: which ones
# pass (extents read 0), and the exception and message of the others.
cimport cython

cdef void plain(int k, double[:] v, double[:, :] m) except *:
    cdef double[:] w
    cdef double[:, :] t
    if k == 0:
        w = v[1:]
        print(w.shape[0])
    elif k == 1:
        t = m.T
        print(t.shape[0])
    elif k == 2:
        w = v.copy()
    elif k == 3:
        v[:] = 2.0
    elif k == 4:
        print(len(v))
    elif k == 5:
        print(v.is_c_contig())
    elif k == 6:
        print(v.ndim)
    elif k == 7:
        print(v.itemsize)
    elif k == 8:
        print(v.nbytes)
    elif k == 9:
        print(v.size)
    elif k == 10:
        print(v.shape[0], v.strides[0], v.suboffsets[0])
    elif k == 11:
        w = v
        print(w is None)
    elif k == 12:
        print(v.is_f_contig())
    elif k == 13:
        t = m.copy_fortran()
    elif k == 14:
        print(v[0])
    print(k, "no error")

@cython.nonecheck(True)
cdef void checked(int k, double[:] v, double[:, :] m) except *:
    cdef double[:] w
    cdef double[:, :] t
    if k == 0:
        w = v[1:]
    elif k == 1:
        t = m.T
    elif k == 2:
        w = v.copy()
    elif k == 3:
        v[:] = 2.0
    elif k == 4:
        print(len(v))
    elif k == 5:
        print(v.is_c_contig())
    elif k == 6:
        print(v.ndim)
    elif k == 7:
        print(v.itemsize)
    elif k == 8:
        print(v.nbytes)
    elif k == 9:
        print(v.size)
    elif k == 10:
        print(v.shape[0])
    elif k == 11:
        w = v
        print(w is None)
    elif k == 12:
        print(v.is_f_contig())
    elif k == 13:
        t = m.copy_fortran()
    elif k == 14:
        print(v[0])
    print(k, "no error")

cdef int k
for k in range(15):
    try:
        plain(k, None, None)
    except TypeError as e:
        print("plain", k, "TypeError", e)
    except AttributeError as e:
        print("plain", k, "AttributeError", e)
    except ValueError as e:
        print("plain", k, "ValueError", e)
    except IndexError as e:
        print("plain", k, "IndexError", e)
for k in range(15):
    try:
        checked(k, None, None)
    except TypeError as e:
        print("checked", k, "TypeError", e)
    except AttributeError as e:
        print("checked", k, "AttributeError", e)
    except ValueError as e:
        print("checked", k, "ValueError", e)
    except IndexError as e:
        print("checked", k, "IndexError", e)
