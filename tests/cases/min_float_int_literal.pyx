# float op int literal: Cython emits the literal as a C double, so the operation is done in double.
def main():
    cdef float g = 0.1
    print(g / 3, 1 / g, g * 3, 1 // g)
    cdef double r = g * 3
    print(r)
main()
