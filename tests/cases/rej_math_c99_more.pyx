# More C99 <math.h> functions from libc.math: lround, ldexp, remainder, nextafter, sqrtf, isnormal.
from libc.math cimport lround, llround, ldexp, remainder, nextafter, scalbn, ilogb, logb, sqrtf, isnormal
def main():
    print(lround(2.5), lround(-2.5), llround(1e15 + 0.5))
    print(ldexp(0.75, 4), remainder(7.0, 2.0), remainder(-7.5, 2.0))
    print(nextafter(1.0, 2.0), scalbn(1.0, -3), ilogb(1024.0), logb(0.1))
    print(sqrtf(2.0), isnormal(1e-310) == 0)
main()
