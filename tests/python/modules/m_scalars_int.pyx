# pydiff: extremes
# Every C integer type as a def argument and as a return value.

def f_char(char x):
    return x

def f_schar(signed char x):
    return x

def f_uchar(unsigned char x):
    return x

def f_short(short x):
    return x

def f_ushort(unsigned short x):
    return x

def f_int(int x):
    return x

def f_uint(unsigned int x):
    return x

def f_long(long x):
    return x

def f_ulong(unsigned long x):
    return x

def f_llong(long long x):
    return x

def f_ullong(unsigned long long x):
    return x

def f_ssize(Py_ssize_t x):
    return x

def f_size(size_t x):
    return x

def mixed(int a, unsigned char b, long long c):
    return a + b + c

cpdef long twice(long x):
    return 2 * x
