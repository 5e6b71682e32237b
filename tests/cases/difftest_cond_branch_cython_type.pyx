# difftest (issue 14): a conditional expression printed branch by branch
# boxes each branch from the type Cython gives it, which for a shift is the
# wider of both operands (`i << (s & 31)` with a size_t s is a size_t).
def main():
    cdef int v1 = 1097779553
    cdef bint v2 = True
    cdef size_t v3 = 2626292886461314605
    cdef unsigned int u = 3
    cdef short h = -7
    print(v1 << (v3 & 31))
    print(v1 >> (v1 & 31) if not v2 else v1 << (v3 & 31))
    print(v1 if not v2 else v1 << (v3 & 31))
    print(v1 << (v3 & 31) if v2 else v1)
    print(h << (u & 7) if v2 else 0, h >> (u & 7) if v2 else 0)
    print(0 if not v2 else h << (v3 & 7), h if v2 else h << (v3 & 7))

main()
