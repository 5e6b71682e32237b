ctypedef double[:, ::1] matrix_t
ctypedef const double[:] cvec_t
ctypedef cnp.float64_t DTYPE_t
ctypedef DTYPE_t[::1] dvec
ctypedef unsigned long long wide_t
ctypedef wide_t **wide_pp
ctypedef float grid_t[3][4]
