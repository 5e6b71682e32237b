ctypedef fused num_ptr:
    int *
    double
