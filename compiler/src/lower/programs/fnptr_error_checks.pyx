ctypedef int (*star_t)(int)
ctypedef int (*value_t)(int) except -1
ctypedef int (*quiet_t)(int) noexcept

cdef int f(int x) except -1:
    return x

cdef int g(int x) noexcept:
    return x

cdef int calls(star_t a, value_t b, quiet_t c):
    return a(1) + b(2) + c(3)

print(calls(f, f, g), calls(g, &f, NULL) if False else 0)
