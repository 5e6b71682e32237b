ctypedef fused real:
    float
    double

ctypedef long index_t
