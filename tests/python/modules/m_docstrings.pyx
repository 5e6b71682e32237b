"""Module docstring."""

def documented(int x):
    """Return x doubled.

    A second paragraph.
    """
    return 2 * x

cpdef double cp_doc(double x):
    "One-line docstring."
    return x

def undocumented(int x):
    return x

def view_doc(double[:] a not None, int k=1):
    """Views and defaults."""
    return a.shape[0] * k
