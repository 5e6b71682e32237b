x = 1 + 2 * 3 - 4 / 5 // 6 % 7
x = -2 ** 2
x = 2 ** -1
x = 2 ** 3 ** 2
x = (1 + 2) * 3
x = a << 1 | b >> 2 & c ^ d
x = ~a + +b - -c
x = not a and b or not c
x = 0 <= i < n
x = a == b != c
x = a is None
x = a is not None
x = a in b
x = a not in b
x = a if c else b
x = a if c else b if d else e
x = <double>i / n
x = <double>x ** 2
x = <int*>malloc(10 * sizeof(int))
x = <double **>p
x = <const double *>p
x = <double[:n]>p
x = <double[:n, :m]>p
x = <long[:rows:1, :cols]>p
x = <double[:n, :m, :k]>p
x = <object?>y
x = sizeof(double)
x = sizeof(unsigned long long)
x = sizeof(double *)
x = sizeof(Py_ssize_t)
x = sizeof(v[0])
x = &y
x = &m[0, 0]
x = f()
x = f(1, 2)
x = f(a, b=1, c="d")
x = cvarray(shape=(n, m), itemsize=sizeof(double), format="d", mode="c")
x = cvarray(shape=(n,), itemsize=8, format="d")
x = print(1, 2, sep="", end="\n")
x = v.shape[0]
x = v.T.copy()
x = m[1].is_c_contig()
x = True
x = False
x = None
x = ()
x = (1, 2)
x = [1, 2, 3]
x = {}
x = {1: 2}
x = {1, 2}
x = lambda a: a
x = f(*args, **kwargs)
x = a @ b
x = "con" "cat" 'enated'
x = f"format"
x = b"bytes"
