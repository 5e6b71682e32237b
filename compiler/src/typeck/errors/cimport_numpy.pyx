# cimports numpy
cimport numpy
