# ctypedef of an unknown type
ctypedef nosuch_t real_t
