# Casts between integer widths and to/from floats.
def main():
    cdef long long big = 0x123456789ABCDEF0
    cdef int neg = -2
    cdef double d = -3.99
    cdef double e = 300.7
    print(<char>big, <unsigned char>big, <short>big, <unsigned short>big)
    print(<int>big, <unsigned int>big, <long>big)
    print(<unsigned long>neg, <unsigned long long>neg, <unsigned short>neg)
    print(<int>d, <long>d, <unsigned char>e, <short>e)
    print(<double>big, <float>big, <float>d)
    print(<bint>neg, <bint>0, <int>True, <double>neg)
    cdef unsigned char uc = <unsigned char>neg
    print(uc, <signed char>uc, <int><signed char>uc)
    cdef size_t sz = <size_t>neg
    print(sz, <Py_ssize_t>sz)
main()
