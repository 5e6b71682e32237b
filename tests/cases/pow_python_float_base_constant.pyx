# A soft-complex power whose base goes through Cython's Python-float helpers
# (a literal past 32 bits) is computed at run time even where every operand
# is a constant local: gcc cannot fold through the helpers, so cytrus does
# not fold it either (found by the difftest, campaign M, dt_1705_0 t150).
def powers():
    cdef double v3 = -434061.0732141081
    cdef float v4 = 2.0
    cdef double h = 0.5
    print((864872451438 - v3 - -1) ** v4)
    print((864872451438 - v3) ** h)
    print((v3 * 3 + 7) ** v4)
powers()
