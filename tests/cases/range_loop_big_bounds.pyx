# `range` bounds beyond 64-bit signed values: with a variable step the loop
# iterates Python ints (128-bit in cytrus's C, whose literals are written
# with `<<` and `|` and must keep their parentheses inside the loop test);
# with a constant step the literals are C literals of the loop's type.
from libc.stdint cimport int64_t

def main():
    cdef int64_t down = -1
    cdef unsigned long i = 0
    cdef int n = 0
    for i in range(18446744073709551610, 18446744073709551606, down):
        print("i", i)
    for i in range(18446744073709551610, 18446744073709551590, -7):
        n += 1
        print("k", i)
    print(n, i)
    cdef int64_t up = 3
    for i in range(18446744073709551600, 18446744073709551610, up):
        print("u", i)

main()
