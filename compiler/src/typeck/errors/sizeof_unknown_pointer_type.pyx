# `sizeof` of a pointer to an unknown type
cdef size_t n = sizeof(nosuch_t*)
