# Bare raise re-raises the current exception, through cdef and def layers.
cdef int inner(int x) except -1:
    if x == 0:
        raise ZeroDivisionError("zero!")
    return 10 // x
cdef int middle(int x) except? -2:
    try:
        return inner(x)
    except ZeroDivisionError:
        print("middle saw it")
        raise
cpdef int outer(int x) except *:
    try:
        return middle(x)
    except ValueError:
        print("wrong handler")
        return 0
def main():
    print(outer(5))
    try:
        outer(0)
    except ZeroDivisionError as e:
        print("main caught:", e)
    try:
        try:
            raise OverflowError("ov")
        except OverflowError:
            raise
    except Exception as e:
        print("outer caught:", e)
main()
