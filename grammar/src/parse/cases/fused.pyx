ctypedef fused real:
    float
    double
ctypedef int *int_ptr
ctypedef fused member_kinds:
    int_ptr
    const int
    double[:, ::1]
cdef real half(real x):
    if real is double:
        return x / 2
    elif real is not float and x in y:
        return x
    return x if real == float else -x
print(half[double](1.0), half[float](2), half[cython.double](3))
