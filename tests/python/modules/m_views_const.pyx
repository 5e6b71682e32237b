# const views of every C numeric type accept read-only buffers.

def last_signed_char(const signed char[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_unsigned_char(const unsigned char[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_short(const short[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_unsigned_short(const unsigned short[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_int(const int[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_unsigned_int(const unsigned int[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_long(const long[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_unsigned_long(const unsigned long[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_long_long(const long long[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_unsigned_long_long(const unsigned long long[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_float(const float[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def last_double(const double[:] a):
    if a.shape[0] == 0:
        return 0
    return a[a.shape[0] - 1]

def const2d(const double[:, :] a):
    return a.shape[0] * 10 + a.shape[1]

cpdef double const_c(const double[:, ::1] a, int k=2):
    if a.shape[0] == 0:
        return 0.0
    return a[0, 0] * k
