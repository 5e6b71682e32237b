# stores a bytes literal in an unsigned char pointer
cdef unsigned char* p = b"ab"
