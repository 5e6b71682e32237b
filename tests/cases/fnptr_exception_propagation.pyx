# A pointer type without noexcept propagates exceptions raised by the
# function it holds; a noexcept pointer's function swallows its own.
ctypedef int (*op_t)(int)
ctypedef int (*op_value_t)(int) except -1
ctypedef int (*op_maybe_t)(int) except? -1
ctypedef double (*fop_t)(double)
ctypedef void (*act_t)(int)

cdef int check(int x):
    if x > 10:
        raise ValueError("too big")
    return x

cdef int check_value(int x) except -1:
    if x > 10:
        raise IndexError("out of range")
    return x

cdef double inverse(double x):
    if x == 0:
        raise ZeroDivisionError("zero")
    return 1 / x

cdef void act(int x):
    if x < 0:
        raise ValueError("negative action")
    print("act", x)

cdef int quiet(int x) noexcept:
    return x + 100

cdef op_t p = check
cdef op_value_t pv = check_value
cdef op_maybe_t pm = check_value
cdef fop_t fp = inverse
cdef act_t a = act

def run():
    print(p(3))
    try:
        p(11)
    except ValueError as e:
        print("caught", e)
    try:
        pv(12)
    except IndexError as e:
        print("caught", e)
    try:
        pm(13)
    except IndexError as e:
        print("caught", e)
    print(pm(-1))
    print(fp(4.0))
    try:
        fp(0.0)
    except ZeroDivisionError as e:
        print("caught", e)
    a(5)
    try:
        a(-5)
    except ValueError as e:
        print("caught", e)
    cdef op_t q = quiet
    print(q(1))

run()
p(20)
