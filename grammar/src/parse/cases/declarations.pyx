cdef int a
cdef int b = 1, c = -2, *p, buf[10]
cdef double m[3][4]
cdef unsigned long long ull = 0
cdef signed char sc
cdef unsigned char uc
cdef unsigned u
cdef long int li
cdef short int si
cdef long double ld
cdef bint flag = True
cdef Py_ssize_t i, j
cdef size_t n
cdef int **pp
cdef const int k = 5
cdef int64_t big
ctypedef double real_t
ctypedef double *dptr
ctypedef int quad[4]
cdef real_t r = 1.0
cdef:
    int x = 1, y
    double z
