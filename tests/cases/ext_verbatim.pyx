# `cdef extern from *` with C code in its docstring (copied into the output
# as Cython copies it): a static function, a macro constant, an enum, a
# typedef and a static variable written from the module; several blocks.
cdef extern from *:
    """
    static int twice(int x) { return 2 * x; }
    #define LIMIT 7
    enum { NCOLS = 3, NROWS = 4 };
    static double table_scale = 1.5;
    typedef double real_t;
    static long counter = 0;
    static long bump(long by) { counter += by; return counter; }
    """
    int twice(int x)
    const int LIMIT
    enum:
        NCOLS
        NROWS
    double table_scale
    ctypedef double real_t
    long counter
    long bump(long by)

cdef extern from *:
    """
    static double scaled(double x) { return x * table_scale; }
    """
    double scaled(double)

cdef real_t r = 2.5
print(twice(3), LIMIT, NCOLS * NROWS, table_scale, r)
table_scale = 3.0
print(table_scale, scaled(r), LIMIT + 0.5)
cdef long i
for i in range(5):
    bump(i)
print(counter, bump(100))
counter = -1
print(bump(2), twice(counter))
