# Found by the differential tester (issue 14, dt_313_2 t77). Cython folds
# a conditional expression whose condition is made of constants (`True or
# True`, `not False`) into the chosen branch before typing it: `(a if True
# or True else <uint64_t>b) * b` is `int16_t * signed char`, an int.
from libc.stdint cimport int16_t, uint64_t

def main():
    cdef int16_t a = -0o100000
    cdef signed char b = 24
    print("or", (a if True or True else <uint64_t>b) * b)
    print("and", (a if True and False else <uint64_t>b) - 100)
    print("not", (<uint64_t>b if not True else a) * b)
    print("nested", (a if not (False or False) else <uint64_t>b) * 2)
    print("plain", (a if True else <uint64_t>b) * b)
    print("var", (a if b > 0 else <uint64_t>b) * b)

main()
