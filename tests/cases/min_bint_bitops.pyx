# & | ^ on two bints give a bint in Cython (prints True/False).
def main():
    cdef bint t = True
    cdef bint f = False
    print(t & f, t | f, t ^ t)
main()
