# None and views: not None, default None, `is None` tests.

def nn(double[:] a not None):
    return a.shape[0]

def maybe(double[:] a=None):
    if a is None:
        return -1
    return a.shape[0]

def maybe2(double[:, ::1] a=None, int k=3):
    if a is None:
        return k
    return a.shape[0] * k

def plain(double[:] a):
    if a is None:
        return -2
    return a.shape[0]

def nn_const(const int[:] a not None, const int[:] b not None):
    return a.shape[0] + b.shape[0]

cpdef long cp_nn(long[::1] a):
    return a.shape[0]
