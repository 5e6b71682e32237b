# Found by the differential tester (issue 14, dt_406_2 t70, dt_407_2 t24).
# Cython's `//` on `float`s is C's `floor(a / b)`: the quotient is a float
# one, the result libm's double, so C goes on in double (`f // g - ul`
# converts the `unsigned long` to a double, not to a float), with and
# without cdivision. Assigned to a `float` it is rounded again.
cimport cython

def main():
    cdef float v1 = 0.125
    cdef long v3 = 0x24c1676a90e92ba9
    cdef unsigned long v2 = 0x78ccf167fca8d2ec
    cdef float v4 = 347552.78125
    cdef float third = 3.0
    cdef float r
    print("long // float + long", v3 // v1 + v3)
    print("long // float", v3 // v1)
    print("float // float - ulong", v4 // v4 - v2)
    print("float // float * 0.1", (v4 // third) * 0.1)
    r = v4 // third + v2
    print("assigned to float", r)
    with cython.cdivision(True):
        print("cdivision - ulong", v4 // v4 - v2)
        print("cdivision + long", v3 // v1 + v3)
        print("cdivision % stays float", v4 % third - v2)

main()
