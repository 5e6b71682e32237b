# None views: shape, is None, assignment back, passing None to functions.
from cython.view cimport array as cvarray
cdef int count(double[:] v):
    if v is None:
        return -1
    return v.shape[0]
def dcount(double[:, :] m):
    if m is None:
        return -1
    return m.shape[0] * m.shape[1]
def main():
    cdef double[:] v = None
    print(v is None, v is not None, count(v), count(None))
    print(v.shape[0], v.shape[1], dcount(None))
    v = cvarray(shape=(3,), itemsize=sizeof(double), format="d")
    print(v is None, count(v), count(v[1:]))
    v = None
    print(count(v))
    try:
        print(v[0])
    except IndexError as e:
        print("IndexError", e)
main()
