# Function pointers: typedefs with each exception clause, inline declarators,
# assignment by name or address, NULL tests, calls through the pointer.
ctypedef int (*unary_t)(int)
ctypedef int (*unary_ne_t)(int) noexcept
ctypedef int (*unary_ng_t)(int) noexcept nogil
ctypedef double (*binop_t)(double, double) except? -1
ctypedef int (*checked_t)(int) except -1
ctypedef void (*visit_t)(double* out, int n) noexcept

cdef int twice(int x):
    return 2 * x

cdef int square(int x) noexcept nogil:
    return x * x

cdef double hypot2(double a, double b) except? -1:
    return a * a + b * b

cdef int positive(int x) except -1:
    if x < 0:
        raise ValueError("negative")
    return x

cdef void fill(double* out, int n) noexcept:
    cdef int i
    for i in range(n):
        out[i] = i * 0.5

cdef unary_t u = NULL
print(u == NULL, u is NULL, u is not NULL, u != NULL)
u = twice
print(u(21), u == NULL, u is not NULL)
u = &square
print(u(9))
cdef unary_ne_t un = square
cdef unary_ng_t ung = square
print(un(7), ung(8))
u = un
print(u(5))
cdef binop_t h = hypot2
print(h(3.0, 4.0))
cdef checked_t c = positive
print(c(17))
cdef visit_t v = fill
cdef double buf[4]
v(buf, 4)
print(buf[0], buf[1], buf[2], buf[3])
cdef int (*inline_ptr)(int) noexcept nogil
inline_ptr = square
print(inline_ptr(12), inline_ptr == ung)

cdef int apply(unary_t f, int x):
    return f(x) + 1

cdef int apply_inline(int (*f)(int) noexcept nogil, int x) noexcept nogil:
    return f(x) - 1

print(apply(twice, 4), apply(square, 4), apply_inline(square, 6))
if u:
    print("u is set")
u = NULL
if not u:
    print("u is NULL again")
