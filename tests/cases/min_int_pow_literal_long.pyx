# C int ** int literal: Cython computes the power in C long (no 32-bit wrap).
def main():
    cdef int a = 100000
    cdef unsigned int u = 3
    print(a ** 2, u ** 25)
main()
