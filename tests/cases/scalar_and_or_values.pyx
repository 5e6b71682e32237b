# `and`/`or` give one of their operands; `not` gives a bint.
def main():
    cdef int a = 0, b = 5, c = 7
    cdef double x = 0.0, y = 2.5
    print(a or b, b or c, a and b, b and c, b and a)
    print(x or y, y and x, y or x)
    print(not a, not b, not x)
    cdef int z = a or b or c
    print(z, (a and b) or c)

main()
