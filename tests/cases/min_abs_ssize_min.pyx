# abs() of a Py_ssize_t goes through a Python int in Cython: exact result.
def main():
    cdef Py_ssize_t ss = -9223372036854775807 - 1
    cdef Py_ssize_t k = -5
    print(abs(k), abs(ss))
main()
