# Shared C type names for the realistic kernels, in the manner of
# scikit-learn's utils/_typedefs.pxd: declarations only, no implementation
# module is needed for them.
cimport numpy as cnp

ctypedef unsigned char uint8_t
ctypedef unsigned int uint32_t
ctypedef unsigned long long uint64_t
ctypedef Py_ssize_t intp_t
ctypedef float float32_t
ctypedef double float64_t
ctypedef int int32_t
ctypedef long long int64_t
ctypedef cnp.npy_intp npy_intp

ctypedef fused int_or_intp:
    int32_t
    intp_t
