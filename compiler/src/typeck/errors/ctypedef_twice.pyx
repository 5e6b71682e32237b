# the same ctypedef name twice ('real_t' redeclared)
ctypedef double real_t
ctypedef float real_t
