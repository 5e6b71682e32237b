# try/except/finally, raise, and the traceback frame of the function's guard.
cdef int check(int x) except -1:
    if x < 0:
        raise ValueError("negative")
    return x

def run(int x):
    try:
        check(x)
    except ValueError as e:
        print("caught", e)
    finally:
        print("done")
