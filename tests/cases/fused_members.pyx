# Members of ctypedef fused blocks: ctypedef'd pointers, memoryviews and
# const scalars, each specialisation chosen by the argument's type.
ctypedef int* int_ptr
ctypedef double* dbl_ptr
ctypedef fused num_ptr:
    int_ptr
    dbl_ptr
ctypedef fused arr_t:
    double[:]
    float[:]
ctypedef fused cnum:
    const int
    unsigned long
cdef double first(num_ptr p):
    return p[0]
cdef double head(arr_t v):
    return v[0]
cdef double val(cnum x):
    return x
cdef int a = 3
cdef double b = 2.5
print(first(&a), first(&b), val(a))
