# `sizeof` of an unknown type name
cdef size_t n = sizeof(nosuch_t)
