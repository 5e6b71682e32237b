# cdivision(True) with floats, unsigned, mixed widths and Python ints.
cimport cython
@cython.cdivision(True)
def main():
    cdef double a = -7.5, b = 2.0
    cdef int i = -7, j = 2
    cdef unsigned int u = 7
    cdef long long ll = -9000000000
    cdef short s = -7
    print(a // b, a % b, i // j, i % j, i / j, -i / j)
    print(u / j, u // 2, ll / 7, ll % 7, s / 2, s % 3)
    print(i / 2.0, a / j, i // 2.0, i % 2.5)
    cdef float f = -7.5
    print(f // 2, f % 2, f / 2)
    x = -7
    print(x // 2, x % 2, x / 2)
    cdef double z = 0.0
    print(a / z, -a / z, i / 2 * 2 + i % 2)
main()
