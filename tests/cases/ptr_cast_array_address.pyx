# The address of a C array (a struct field, a row of a 2-D array) cast to
# another pointer type: the same address as its first element.
cdef struct S:
    char c
    int f[3]
    double d

def main():
    cdef S v
    cdef int x[2][3]
    print(<long>(<char *>&v.f - <char *>&v), <long>(<char *>&v.d - <char *>&v))
    print(<long>(<char *>&x[1] - <char *>&x[0]), <long>(<char *>&x[1][2] - <char *>&x))
    cdef int *p = <int *>&x[1]
    p[0] = 7
    print(x[1][0])
main()
