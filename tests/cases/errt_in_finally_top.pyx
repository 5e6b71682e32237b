# Uncaught error raised in a finally block at module level replaces the pending one.
cdef int i
for i in range(3):
    try:
        print("iter", i)
        if i == 1:
            raise ValueError("pending")
    finally:
        if i == 1:
            raise AttributeError("from finally")
