# Uncaught error raised inside an except handler, after a finally ran.
cdef int f(int x) except -1:
    try:
        return 10 // x
    except ZeroDivisionError:
        raise BufferError("while handling")
    finally:
        print("finally", x)
print(f(5))
print(f(0))
