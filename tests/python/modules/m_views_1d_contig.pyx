# Contiguous 1-D views of every C numeric type: first element and length.

def first_signed_char(signed char[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_signed_char(signed char[::1] a):
    return a.shape[0]

def first_unsigned_char(unsigned char[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_unsigned_char(unsigned char[::1] a):
    return a.shape[0]

def first_short(short[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_short(short[::1] a):
    return a.shape[0]

def first_unsigned_short(unsigned short[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_unsigned_short(unsigned short[::1] a):
    return a.shape[0]

def first_int(int[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_int(int[::1] a):
    return a.shape[0]

def first_unsigned_int(unsigned int[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_unsigned_int(unsigned int[::1] a):
    return a.shape[0]

def first_long(long[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_long(long[::1] a):
    return a.shape[0]

def first_unsigned_long(unsigned long[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_unsigned_long(unsigned long[::1] a):
    return a.shape[0]

def first_long_long(long long[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_long_long(long long[::1] a):
    return a.shape[0]

def first_unsigned_long_long(unsigned long long[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_unsigned_long_long(unsigned long long[::1] a):
    return a.shape[0]

def first_float(float[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_float(float[::1] a):
    return a.shape[0]

def first_double(double[::1] a):
    if a.shape[0] == 0:
        return -1
    return a[0]

def len_double(double[::1] a):
    return a.shape[0]
