# Arrays and struct fields of function pointers, a pointer to a function
# pointer, and a pointer chosen at run time in a loop.
ctypedef double (*fn_t)(double) noexcept nogil

cdef double half(double x) noexcept nogil:
    return x / 2

cdef double neg(double x) noexcept nogil:
    return -x

cdef double cube(double x) noexcept nogil:
    return x * x * x

cdef struct Op:
    fn_t f
    int id

cdef fn_t table[3]
table[0] = half
table[1] = neg
table[2] = &cube
cdef int i
for i in range(3):
    print(i, table[i](3.0))

cdef Op ops[2]
ops[0].f = cube
ops[0].id = 7
ops[1].f = half
ops[1].id = 9
for i in range(2):
    print(ops[i].id, ops[i].f(2.0))

cdef fn_t chosen = table[1]
cdef fn_t* where = &chosen
print(where[0](8.0))
where[0] = half
print(chosen(8.0))

cdef double (*inline_table[2])(double) noexcept nogil
inline_table[0] = neg
inline_table[1] = cube
print(inline_table[0](1.5), inline_table[1](1.5))

cdef double total = 0
with nogil:
    for i in range(6):
        total += table[i % 3](i)
print(total)
