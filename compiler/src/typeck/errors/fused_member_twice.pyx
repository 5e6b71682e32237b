# a fused type that lists a member twice
ctypedef fused real:
    double
    double
