# noexcept functions print and swallow errors, returning 0 or a garbage-free default.
from cython.view cimport array as cvarray
cdef int idx(int[:] v, int i) noexcept:
    return v[i]
cdef double div(double a, double b) noexcept:
    return a / b
cdef void boom() noexcept:
    raise ValueError("boom")
cdef int safe_div(int a, int b) noexcept:
    return a // b
def main():
    cdef int[:] v = cvarray(shape=(3,), itemsize=sizeof(int), format="i")
    v[0] = 1; v[1] = 2; v[2] = 3
    print(idx(v, 1), idx(v, 5), idx(v, -1))
    print(div(1.0, 4.0), div(1.0, 0.0))
    boom()
    print("after boom")
    print(safe_div(7, 2), safe_div(7, 0))
main()
