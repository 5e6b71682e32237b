# try/finally blocks around with nogil and with gil sections all run, in
# order, and their effects on a counter add up. Inspired by Cython's
# tests/run/nogil_conditional.pyx (test_try_finally, test_nested).
cdef int plus10(int x) nogil:
    return x + 10

cdef int plus100(int x):
    return x + 100

def run():
    cdef int res = 0
    try:
        with nogil:
            try:
                res = plus10(res)
                with gil:
                    try:
                        res = plus100(res)
                    finally:
                        res += 1
            finally:
                res = res + 1
    finally:
        res += 1
    return res

def nested():
    cdef int res = 0
    with nogil:
        res = plus10(res)
        with gil:
            res = plus100(res)
            with nogil:
                res = plus10(res)
        with gil:
            res = plus100(res)
            with nogil:
                res = plus10(res)
    return res

print(run(), nested())
