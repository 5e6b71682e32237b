# Found by the differential tester (issue 14, dt_402_3 t111). Cython takes
# a cast of a constant (`<float>0`) for a constant divisor whose value is
# the cast's C text, never 0, so it checks no float division by it: C's
# inf or nan, not ZeroDivisionError. A literal `0.0` or a variable holding
# zero is checked.

def main():
    cdef double acc = 41.1875
    cdef unsigned short z = 0
    cdef int five = 5
    cdef float fz = 0
    cdef double w = 1.0
    acc += z // <float>0
    print("aug //", acc)
    w = five // <float>0
    print("assign //", w)
    print("// zero", z // <float>0, five // <double>0, -five // <double>0)
    print("/ zero", z / <float>0, five / <double>0, -five / <float>0)
    print("% zero", z % <double>0, five % <float>0)
    print("nonzero", five // <float>2, five % <double>2, five / <float>2)
    try:
        print(five // 0.0)
    except ZeroDivisionError as e:
        print("literal", e)
    try:
        print(five // fz)
    except ZeroDivisionError as e:
        print("variable", e)
    try:
        print(five % fz)
    except ZeroDivisionError as e:
        print("variable %", e)

main()
