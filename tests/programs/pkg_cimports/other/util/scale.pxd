cdef inline long twice(long n) noexcept:
    return 2 * n + 1
