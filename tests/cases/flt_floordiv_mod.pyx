# float // and % with negative operands, zero and inf.
from libc.math cimport INFINITY
def main():
    cdef double a = 7.5, b = -2.0
    print(a // b, a % b, -a // b, -a % b, -a // -b, -a % -b)
    cdef double c = 1.0
    print(c % INFINITY, -c % INFINITY, c // INFINITY, -c // INFINITY)
    print(0.0 % -3.0, -0.0 % 3.0, 0.0 // -3.0, -0.0 // 3.0)
    cdef float f = 5.5
    cdef float g = -1.5
    print(f // g, f % g)
    cdef int i = 7
    print(i // 2.0, i % -2.5, -i // 0.5)
    print(1e300 % 7.0, 0.3 % 0.1, 0.3 // 0.1)
    try:
        print(a % 0.0)
    except ZeroDivisionError as e:
        print("ZDE", e)
    try:
        print(a // 0.0)
    except ZeroDivisionError as e:
        print("ZDE", e)
main()
