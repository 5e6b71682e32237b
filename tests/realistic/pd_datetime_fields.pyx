# pandas style (_libs/tslibs/np_datetime, fields.pyx): convert int64 days
# since the epoch into a `npy_datetimestruct`-like struct (civil-from-days
# with floor division helpers returning ctuples), derive year/month/day,
# day-of-week and day-of-year fields into int32 views, and format the
# out-of-bounds error with an f-string.
# cython: boundscheck=False, wraparound=False

import numpy as np
cimport numpy as cnp
from numpy cimport int32_t, int64_t

cnp.import_array()

cdef int64_t NPY_NAT = -9223372036854775807 - 1

ctypedef struct pandas_datetimestruct:
    int64_t year
    int32_t month, day, hour, min, sec

cdef int32_t* _month_offset = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]


cdef inline (int64_t, int64_t) floordiv_mod(int64_t a, int64_t b) noexcept nogil:
    cdef int64_t q = a // b, r = a % b
    return q, r


cdef inline bint is_leapyear(int64_t year) noexcept nogil:
    return (year & 0x3) == 0 and ((year % 100) != 0 or (year % 400) == 0)


cdef void days_to_ymd(int64_t days, pandas_datetimestruct* dts) noexcept nogil:
    cdef int64_t z = days + 719468, era, doe, yoe, doy, mp
    era, doe = floordiv_mod(z, 146097)
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    dts.day = <int32_t>(doy - (153 * mp + 2) // 5 + 1)
    dts.month = <int32_t>(mp + 3 if mp < 10 else mp - 9)
    dts.year = yoe + era * 400 + (dts.month <= 2)
    dts.hour = dts.min = dts.sec = 0


cdef inline int32_t day_of_year(pandas_datetimestruct* dts) noexcept nogil:
    return _month_offset[dts.month - 1] + dts.day + (dts.month > 2 and is_leapyear(dts.year))


def get_date_fields(const int64_t[:] days, int32_t[:, ::1] out):
    cdef Py_ssize_t i
    cdef pandas_datetimestruct dts
    cdef int64_t dow
    for i in range(days.shape[0]):
        if days[i] == NPY_NAT:
            out[i, 0] = out[i, 1] = out[i, 2] = out[i, 3] = out[i, 4] = -1
            continue
        if days[i] > 106751 or days[i] < -106751:
            raise OverflowError(f"Out of bounds nanosecond timestamp: {days[i]} days "
                                f"at position {i}")
        days_to_ymd(days[i], &dts)
        _, dow = floordiv_mod(days[i] + 3, 7)     # 1970-01-01 was a Thursday
        out[i, 0] = <int32_t>dts.year
        out[i, 1] = dts.month
        out[i, 2] = dts.day
        out[i, 3] = <int32_t>dow
        out[i, 4] = day_of_year(&dts)


cdef Py_ssize_t n = 12, i
cdef int64_t[::1] days = np.empty(n, dtype=np.int64)
cdef int64_t[::1] samples = np.empty(n, dtype=np.int64)
samples[0], samples[1], samples[2], samples[3] = 0, -1, 59, 60
samples[4], samples[5], samples[6], samples[7] = 789, 10957, 11016, -25567
samples[8], samples[9], samples[10], samples[11] = 19782, NPY_NAT, -719468, 106751
days[:] = samples
cdef int32_t[:, ::1] fields = np.zeros((n, 5), dtype=np.int32)
cdef (int64_t, int64_t) qr = floordiv_mod(-7, 3)
print("floordiv_mod(-7, 3) =", qr[0], qr[1])
days[10] = 0
get_date_fields(days, fields)
for i in range(n):
    print(days[i], fields[i, 0], fields[i, 1], fields[i, 2], fields[i, 3], fields[i, 4])
days[3] = 200000
get_date_fields(days, fields)
