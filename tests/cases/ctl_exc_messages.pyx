# Printing exceptions raised as classes, with empty messages, and caught by Exception.
cdef int k(int which) except -1:
    if which == 0:
        raise ValueError
    if which == 1:
        raise IndexError()
    if which == 2:
        raise OverflowError("")
    if which == 3:
        raise ZeroDivisionError("z")
    if which == 4:
        raise MemoryError()
    if which == 5:
        raise AttributeError("attr")
    return 0
def main():
    cdef int w
    for w in range(7):
        try:
            k(w)
            print(w, "ok")
        except ZeroDivisionError as e:
            print(w, "ZDE", e)
        except Exception as e:
            print(w, "[", e, "]")
main()
