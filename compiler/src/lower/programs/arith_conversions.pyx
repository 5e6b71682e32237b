# Implicit conversions made explicit: unsigned meets signed, float meets int.
cdef long mix(unsigned int u, int s, float f, char c):
    if u < 5:
        return s + c
    return <long>(f * s) + (u // 3) + (s % 7)
