"""C types as Cython types them, and an approximate value model.

The generator uses the model only to keep programs valid and deterministic
(no division by zero under cdivision, no INT_MIN // -1, no float-to-int
conversion out of range, Python ints that stay far below 128 bits).  It does
not predict what a program prints: Cython does that.
"""

import math
import struct


class CType:
    """A numeric C type.

    kind: 'int', 'bint', 'float' or 'py' (a Python int object).
    rank/sgn follow Cython's PyrexTypes (sgn: 0 unsigned, 1 plain, 2 signed).
    """

    def __init__(self, name, kind, bits=0, signed=True, rank=0.0, sgn=1,
                 typedef=False, fmt=None, stdint=False, cbase=None):
        self.name = name
        self.kind = kind
        self.bits = bits
        self.signed = signed
        self.rank = rank
        self.sgn = sgn
        self.typedef = typedef
        self.fmt = fmt
        self.stdint = stdint
        # the C type the compiler sees (for C's usual arithmetic conversions):
        # (C rank, bits, signed)
        self.cbase = cbase

    def __repr__(self):
        return self.name

    @property
    def is_int(self):
        return self.kind in ('int', 'bint')

    @property
    def is_float(self):
        return self.kind == 'float'

    @property
    def is_py(self):
        return self.kind == 'py'

    @property
    def lo(self):
        if self.kind == 'bint':
            return -(1 << 31)
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def hi(self):
        if self.kind == 'bint':
            return (1 << 31) - 1
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    def size(self):
        return self.bits // 8


def _i(name, bits, signed, rank, sgn, fmt, typedef=False, stdint=False, crank=None):
    return CType(name, 'int', bits, signed, rank, sgn, typedef, fmt, stdint,
                 (crank if crank is not None else int(rank), bits, signed))


# C ranks for the usual arithmetic conversions: char 0 short 1 int 2 long 3
# long long 4.  Py_ssize_t is ssize_t = long and size_t unsigned long on LP64.
CHAR = _i('char', 8, True, 0, 1, 'b')
SCHAR = _i('signed char', 8, True, 0, 2, 'b')
UCHAR = _i('unsigned char', 8, False, 0, 0, 'B')
SHORT = _i('short', 16, True, 1, 1, 'h')
USHORT = _i('unsigned short', 16, False, 1, 0, 'H')
INT = _i('int', 32, True, 2, 1, 'i')
UINT = _i('unsigned int', 32, False, 2, 0, 'I')
LONG = _i('long', 64, True, 3, 1, 'l')
ULONG = _i('unsigned long', 64, False, 3, 0, 'L')
LLONG = _i('long long', 64, True, 4, 1, 'q')
ULLONG = _i('unsigned long long', 64, False, 4, 0, 'Q')
SSIZE = _i('Py_ssize_t', 64, True, 3.5, 2, 'l', crank=3)
SIZE = _i('size_t', 64, False, 3.5, 0, 'L', crank=3)
INT8 = _i('int8_t', 8, True, 0, 2, 'b', True, True)
INT16 = _i('int16_t', 16, True, 1, 2, 'h', True, True)
INT32 = _i('int32_t', 32, True, 2, 2, 'i', True, True)
INT64 = _i('int64_t', 64, True, 3, 2, 'q', True, True)
UINT8 = _i('uint8_t', 8, False, 0, 0, 'B', True, True)
UINT16 = _i('uint16_t', 16, False, 1, 0, 'H', True, True)
UINT32 = _i('uint32_t', 32, False, 2, 0, 'I', True, True)
UINT64 = _i('uint64_t', 64, False, 4, 0, 'Q', True, True, crank=3)
BINT = CType('bint', 'bint', 32, True, 2, 1, False, None, False, (2, 32, True))
FLOAT = CType('float', 'float', 32, True, 5, 1, False, 'f')
DOUBLE = CType('double', 'float', 64, True, 6, 1, False, 'd')
PYINT = CType('object', 'py')

INT_TYPES = [CHAR, SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG, LLONG,
             ULLONG, SSIZE, SIZE, INT8, INT16, INT32, INT64, UINT8, UINT16,
             UINT32, UINT64]
# plain spellings that always exist without cimports
FLOAT_TYPES = [FLOAT, DOUBLE]
VIEW_DTYPES = [SCHAR, UCHAR, SHORT, USHORT, INT, UINT, LONG, ULONG, LLONG,
               ULLONG, SSIZE, SIZE, INT8, INT16, INT32, INT64, UINT8, UINT16,
               UINT32, UINT64, FLOAT, DOUBLE, DOUBLE, DOUBLE, INT, INT]

STDINT_NAMES = [t.name for t in INT_TYPES if t.stdint]

# numpy's C typedefs (`cimport numpy as cnp`): Cython ranks them by the type
# numpy's .pxd declares (npy_int64 is `signed long long`), while the C
# compiler sees numpy's own headers (npy_int64 is `long` on LP64).
NP_INT_TYPES = [
    _i('cnp.int8_t', 8, True, 0, 2, 'b', True),
    _i('cnp.int16_t', 16, True, 1, 2, 'h', True),
    _i('cnp.int32_t', 32, True, 2, 2, 'i', True),
    _i('cnp.int64_t', 64, True, 4, 2, 'q', True, crank=3),
    _i('cnp.uint8_t', 8, False, 0, 0, 'B', True),
    _i('cnp.uint16_t', 16, False, 1, 0, 'H', True),
    _i('cnp.uint32_t', 32, False, 2, 0, 'I', True),
    _i('cnp.uint64_t', 64, False, 4, 0, 'Q', True, crank=3),
    _i('cnp.intp_t', 64, True, 3, 2, 'l', True),
    _i('cnp.npy_intp', 64, True, 3, 2, 'l', True),
    _i('cnp.uintp_t', 64, False, 3, 0, 'L', True),
    _i('cnp.longlong_t', 64, True, 4, 2, 'q', True),
]


def wrap(v, t):
    """v converted to integer type t as C (gcc, two's complement) does."""
    if t.kind == 'bint':
        return 1 if v else 0
    m = v & ((1 << t.bits) - 1)
    if t.signed and m >> (t.bits - 1):
        m -= 1 << t.bits
    return m


def f32(x):
    """Round a double to float precision (inf on overflow)."""
    try:
        return struct.unpack('f', struct.pack('f', x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def widest(a, b):
    """Cython's widest_numeric_type for two numeric types."""
    if a is b:
        return a
    if a.is_py or b.is_py:
        return PYINT
    if a.rank < b.rank:
        return b
    if a.rank > b.rank:
        return a
    if a.sgn < b.sgn:
        return a
    if a.sgn > b.sgn:
        return b
    if a.typedef > b.typedef:
        return a
    return b


def arith_type(op, a, b):
    """Cython's result type of a binary arithmetic/bitwise operator."""
    if a.is_py or b.is_py:
        if a.is_float or b.is_float:
            return DOUBLE
        return PYINT
    w = widest(a, b)
    if w is BINT:
        if op not in '|^&':
            w = INT
    elif not w.is_float:
        w = widest(w, INT)
    return w


def unary_type(a):
    if a.is_py or a.is_float:
        return a
    return widest(a, INT)


def c_uac(a, b):
    """C's usual arithmetic conversions: (bits, signed) of the common type."""
    ra, ba, sa = a.cbase
    rb, bb, sb = b.cbase
    if ra < 2:
        ra, ba, sa = 2, 32, True
    if rb < 2:
        rb, bb, sb = 2, 32, True
    if sa == sb:
        return (ba, sa) if ra >= rb else (bb, sb)
    # one signed, one unsigned
    if sa:
        (rs, bs), (ru, bu) = (ra, ba), (rb, bb)
    else:
        (rs, bs), (ru, bu) = (rb, bb), (ra, ba)
    if ru >= rs:
        return (bu, False)
    if bs > bu:
        return (bs, True)
    return (bs, False)


def wrap_bits(v, bits, signed):
    m = v & ((1 << bits) - 1)
    if signed and m >> (bits - 1):
        m -= 1 << bits
    return m


def fits(v, t):
    return t.lo <= v <= t.hi


def int_literal_type(v):
    """Cython types an integer literal by its value: C long within 32 bits,
    a Python int beyond."""
    if -(1 << 31) <= v < (1 << 31):
        return LONG
    return PYINT


def py_floordiv(a, b):
    return a // b


def c_truncdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def c_truncmod(a, b):
    return a - b * c_truncdiv(a, b)


def fmt_double(x):
    return repr(float(x))
