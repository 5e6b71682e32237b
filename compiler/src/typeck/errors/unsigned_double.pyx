# `unsigned double` is not a type
cdef unsigned double d
