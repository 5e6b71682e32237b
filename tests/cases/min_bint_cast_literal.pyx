# <bint> cast of an integer literal is folded away by Cython (prints the int).
def main():
    cdef int n = 5
    print(<bint>0, <bint>5, <bint>n)
main()
