# Formatting lowered: arguments once, a guard that frees a half-built string, str locals freed at exits
cdef int check(int axis, double x) except -1:
    if axis not in (0, 1):
        raise ValueError("axis must be 0 or 1, got %d (x=%.2f)" % (axis, x))
    return axis

def report(double x, int n):
    msg = f"{x:>8.3f}|{n:c}"
    msg += "!"
    print(msg, "%d" % (x,), int(x))
    return n
