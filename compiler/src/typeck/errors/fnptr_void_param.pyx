# declares a function pointer taking a void parameter and a name
ctypedef int (*f_t)(void x)
