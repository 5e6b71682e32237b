# a fused type (not in the subset yet)
ctypedef fused number:
    int
    double
