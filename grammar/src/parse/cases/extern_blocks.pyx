cdef extern from "math.h" nogil:
    double fabs(double)
    double hypot(double x, double y)
    bint signbit(double x) noexcept
    const double HUGE_VAL
    int counter, *pointer
    ctypedef double real_t
    enum: N
    enum color:
        RED, GREEN = 2
        BLUE
    ctypedef enum mode:
        FAST
    ctypedef struct point:
        double x
        double y
    union bits:
        pass
    int rand(void)
    pass

cdef extern from *:
    """
    static int twice(int x) { return 2 * x; }
    """
    int twice(int)

cdef extern from "<stdio.h>": pass
