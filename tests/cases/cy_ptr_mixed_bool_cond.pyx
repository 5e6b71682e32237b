# Pointers of different types, and pointers mixed with ints, as operands
# of and/or in conditions. Inspired by Cython's tests/run/pointers.pyx
# (bool_binop, bool_binop_truth).
cdef int i = 42
cdef int* int_ptr = &i
cdef void* void_ptr = <void*>int_ptr
cdef float xf = 4.5
cdef float* float_ptr = &xf
cdef int* null_ptr = NULL

def truth(int x):
    if int_ptr and void_ptr and float_ptr:
        print("three pointers")
    if null_ptr or not float_ptr:
        print("wrong")
    if int_ptr and x or not (null_ptr or int_ptr and float_ptr) or x:
        print("true for", x)

truth(1)
truth(0)
