# max/min and conditional expressions mixing bint and int keep each value's own kind (Python objects in Cython).
def main():
    cdef bint t = True
    cdef int n = 0
    print(max(t, n), min(t, 5), max(t, 5))
    print(0 if n else t, t if n else 0)
main()
