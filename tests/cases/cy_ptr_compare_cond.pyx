# Pointer comparisons across pointer types through void*, and truth values
# of pointers in if conditions.
# Inspired by Cython's tests/run/pointers.pyx (compare, if_tests, bool_binop).
cdef int i = 42
cdef int* int_ptr = &i
cdef void* void_ptr = <void*>int_ptr
cdef float xf = 4.5
cdef float* float_ptr = &xf
cdef int* null_ptr = NULL
print(int_ptr == void_ptr, int_ptr != void_ptr, void_ptr != float_ptr, int_ptr is void_ptr)
print(int_ptr == int_ptr, null_ptr == NULL, not null_ptr, not int_ptr)
if int_ptr:
    print("non-null")
if int_ptr == int_ptr or void_ptr != float_ptr:
    print("all true")
if null_ptr:
    print("wrong")
else:
    print("null is false")
print(-1 == <int>(-1), sizeof(long) >= sizeof(int))
