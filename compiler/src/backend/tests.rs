//! Codegen snapshots: one focused source per behaviour, with the generated
//! code (`.c` and `.h`) side by side. Each generated C file is also compiled
//! with the system C compiler, so a snapshot can never show C that does not build.

use std::process::Command;

use crate::backend::c;
use crate::driver::{lower_source, CYTRUS_H};

/// Lowers `src` (as `t.pyx`) and compiles its C with `cc -fsyntax-only`.
fn generate(src: &str) -> c::COutput {
    let module = match lower_source("t.pyx", src) {
        Ok(m) => m,
        Err(report) => panic!("does not compile:\n{}", report.render_plain()),
    };
    let out = c::emit(&module);
    let dir = crate::driver::scratch_dir("snapshot").unwrap();
    std::fs::write(dir.join("t.c"), &out.source).unwrap();
    std::fs::write(dir.join("t.h"), &out.header).unwrap();
    std::fs::write(dir.join("cytrus.h"), CYTRUS_H).unwrap();
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let result = Command::new(cc)
        .args([
            "-std=gnu11",
            "-fsyntax-only",
            "-fwrapv",
            "-Wall",
            "-Wno-unused-variable",
            "-Wno-unused-label",
            "-Werror",
        ])
        .arg("-I")
        .arg(&dir)
        .arg(dir.join("t.c"))
        .output()
        .expect("a C compiler");
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        result.status.success(),
        "generated C does not compile:\n{}\n{}",
        String::from_utf8_lossy(&result.stderr),
        out.source
    );
    out
}

macro_rules! assert_backends {
    ($src:expr) => {{
        let out = generate($src);
        let module = lower_source("t.pyx", $src).unwrap_or_else(|r| panic!("{}", r.render_plain()));
        let rust = crate::backend::rust::emit(&module);
        insta::assert_snapshot!(format!(
            "----- SOURCE\n{}\n----- C\n{}----- H\n{}----- RUST\n{}",
            $src, out.source, out.header, rust
        ));
    }};
}

#[test]
fn index_1d_strided() {
    assert_backends!("cdef double get(double[:] v, Py_ssize_t i):\n    return v[i]\n");
}

#[test]
fn index_1d_contiguous() {
    assert_backends!("cdef double get(double[::1] v, Py_ssize_t i):\n    return v[i]\n");
}

#[test]
fn index_2d_strided() {
    assert_backends!("cdef double get(double[:, :] m, Py_ssize_t i, Py_ssize_t j):\n    return m[i, j]\n");
}

#[test]
fn index_2d_c_contiguous_last_axis() {
    assert_backends!("cdef double get(double[:, ::1] m, Py_ssize_t i, Py_ssize_t j):\n    return m[i, j]\n");
}

#[test]
fn index_2d_fortran_contiguous_first_axis() {
    assert_backends!("cdef double get(double[::1, :] m, Py_ssize_t i, Py_ssize_t j):\n    return m[i, j]\n");
}

#[test]
fn index_indirect_axis() {
    assert_backends!(
        "from cython cimport view\ncdef double get(double[::view.indirect, ::1] m, Py_ssize_t i, Py_ssize_t j):\n    return m[i, j]\n"
    );
}

#[test]
fn index_generic_axis() {
    assert_backends!(
        "from cython cimport view\ncdef double get(double[::view.generic] v, Py_ssize_t i):\n    return v[i]\n"
    );
}

#[test]
fn index_const_view_reads() {
    assert_backends!("cdef int first(const int[:] v):\n    return v[0] + v[-1]\n");
}

#[test]
fn store_into_3d_view() {
    assert_backends!("cdef void put(float[:, :, :] t, int i, int j, int k, float x):\n    t[i, j, k] = x\n");
}

#[test]
fn boundscheck_off() {
    assert_backends!(
        "cimport cython\n@cython.boundscheck(False)\ncdef double get(double[:] v, Py_ssize_t i):\n    return v[i]\n"
    );
}

#[test]
fn wraparound_off() {
    assert_backends!(
        "cimport cython\n@cython.wraparound(False)\ncdef double get(double[:] v, Py_ssize_t i):\n    return v[i]\n"
    );
}

#[test]
fn boundscheck_and_wraparound_off_by_comment() {
    assert_backends!("# cython: boundscheck=False, wraparound=False\ncdef double get(double[:, ::1] m, Py_ssize_t i, Py_ssize_t j):\n    return m[i, j]\n");
}

#[test]
fn directives_in_a_with_block() {
    assert_backends!(
        "cimport cython\ncdef double get(double[:] v, Py_ssize_t i):\n    with cython.boundscheck(False), cython.wraparound(False):\n        return v[i]\n"
    );
}

#[test]
fn cdivision_on_and_off() {
    assert_backends!("cimport cython\ncdef int py(int a, int b):\n    return a // b + a % b\n@cython.cdivision(True)\ncdef int c(int a, int b):\n    return a // b + a % b\n");
}

#[test]
fn nonecheck_on() {
    assert_backends!(
        "cimport cython\n@cython.nonecheck(True)\ncdef double get(double[:] v):\n    return v[0] + v.shape[0]\n"
    );
}

#[test]
fn initializedcheck_on_a_local_view() {
    assert_backends!("def f(double[:] a):\n    cdef double[:] v\n    v = a\n    return v[0]\n");
}

#[test]
fn slice_with_steps() {
    assert_backends!("cdef double f(double[:] v):\n    cdef double[:] s = v[1:8:2]\n    return s[0]\n");
}

#[test]
fn slice_negative_step() {
    assert_backends!("cdef double f(double[:] v):\n    cdef double[:] r = v[::-1]\n    return r[0]\n");
}

#[test]
fn partial_index_gives_a_row() {
    assert_backends!("cdef double f(double[:, ::1] m, int i):\n    cdef double[::1] row = m[i]\n    return row[0]\n");
}

#[test]
fn none_axis() {
    assert_backends!("cdef int f(int[:] v):\n    cdef int[:, :] r = v[None, :]\n    return r[0, 1]\n");
}

#[test]
fn ellipsis() {
    assert_backends!("cdef int f(int[:, :, :] t):\n    cdef int[:, :] last = t[..., 0]\n    return last[1, 2]\n");
}

#[test]
fn transpose() {
    assert_backends!("cdef double f(double[:, ::1] m):\n    cdef double[::1, :] t = m.T\n    return t[0, 1]\n");
}

#[test]
fn scalar_broadcast() {
    assert_backends!("cdef void zero(double[:, :] m):\n    m[:] = 0.0\n    m[1] = 2.5\n");
}

#[test]
fn view_copy_between_views() {
    assert_backends!("cdef void put(double[:, :] dst, double[:] row):\n    dst[...] = row\n    dst[0, :] = row\n");
}

#[test]
fn acquire_from_cython_view_array() {
    assert_backends!(
        "from cython.view cimport array as cvarray\ndef make(int n):\n    cdef double[:, ::1] m = cvarray(shape=(n, 2), itemsize=sizeof(double), format=\"d\")\n    m[0, 0] = 1.0\n    return m[0, 0]\n"
    );
}

#[test]
fn acquire_fortran_array() {
    assert_backends!(
        "from cython.view cimport array as cvarray\ndef make():\n    cdef int[::1, :] f = cvarray(shape=(3, 4), itemsize=sizeof(int), format=\"i\", mode=\"fortran\")\n    return f.strides[1]\n"
    );
}

#[test]
fn acquire_from_a_pointer() {
    assert_backends!(
        "from libc.stdlib cimport malloc, free\ndef f(int n):\n    cdef double *p = <double *>malloc(n * sizeof(double))\n    cdef double[:] v = <double[:n]>p\n    v[0] = 1.0\n    free(p)\n"
    );
}

#[test]
fn acquire_from_a_c_array() {
    assert_backends!(
        "def f():\n    cdef int grid[3][4]\n    cdef int[:, ::1] g = grid\n    g[1, 2] = 7\n    return grid[1][2]\n"
    );
}

#[test]
fn error_exit_releases_owned_views() {
    assert_backends!(
        "from cython.view cimport array as cvarray\ncdef int f(int n) except -1:\n    cdef double[:] v = cvarray(shape=(n,), itemsize=sizeof(double), format=\"d\")\n    if n > 3:\n        raise ValueError(\"too big\")\n    return 0\n"
    );
}

#[test]
fn copies_and_contiguity() {
    assert_backends!("def f(double[:, :] m):\n    cdef double[:, ::1] c = m.copy()\n    cdef double[::1, :] g = m.copy_fortran()\n    return c.is_c_contig() and g.is_f_contig()\n");
}

#[test]
fn view_attributes() {
    assert_backends!("def f(double[:, :] m):\n    print(m.shape[0], m.strides[1], m.ndim, m.size, m.nbytes, m.itemsize, len(m))\n    print(m.shape)\n");
}

#[test]
fn except_value_propagates() {
    assert_backends!("cdef int check(int x) except -1:\n    if x < 0:\n        raise ValueError(\"negative\")\n    return x\ncdef int twice(int x) except -1:\n    return check(x) * 2\n");
}

#[test]
fn except_maybe_value_and_star() {
    assert_backends!("cdef double f(double x) except? -1.0:\n    return x\ncdef void g() except *:\n    pass\ncdef double h(double x):\n    g()\n    return f(x)\n");
}

#[test]
fn noexcept_swallows_errors() {
    assert_backends!(
        "cdef int risky(int x) noexcept:\n    if x > 2:\n        raise ValueError(\"ignored\")\n    return x\n"
    );
}

#[test]
fn try_except_else_finally() {
    assert_backends!(
        "cdef int check(int x) except -1:\n    return x\ndef f(int x):\n    try:\n        check(x)\n    except ValueError as e:\n        print(\"bad\", e)\n    else:\n        print(\"ok\")\n    finally:\n        print(\"done\")\n"
    );
}

#[test]
fn python_int_arithmetic() {
    assert_backends!("def f(int a):\n    x = a * 3000000000\n    cdef long y = x // 7\n    return y\n");
}

#[test]
fn floor_division_and_modulo() {
    assert_backends!("def f(int a, int b, double x, double y):\n    print(a // b, a % b, x // y, x % y, a / b)\n");
}

#[test]
fn power() {
    assert_backends!("def f(int a, int n, double d):\n    print(a ** 2, a ** n, d ** 0.5)\n");
}

#[test]
fn range_loops() {
    assert_backends!("def f(int n, int step):\n    cdef int i, total = 0\n    for i in range(n, 0, -2):\n        total += i\n    for i in range(0, n, step):\n        total += i\n    return total\n");
}

#[test]
fn def_with_not_none_view() {
    assert_backends!("def width(int[:, :] m not None):\n    return m.shape[1]\n");
}

#[test]
fn print_every_kind_of_value() {
    assert_backends!("def f(int i, unsigned int u, double d, float f, bint b):\n    print(i, u, d, f, b, \"text\", sep=\", \", end=\"!\\n\")\n");
}

#[test]
fn module_level_code_and_globals() {
    assert_backends!("cdef int total = 1 + 2\nx = 5\nprint(total, x * 2)\n");
}

/// Every example program's generated C and Rust, one snapshot per file.
#[test]
fn examples_generate_reviewed_code() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["examples", "examples/c", "examples/rust-kernels/src"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "pyx") {
                files.push((format!("{dir}/{}", path.file_name().unwrap().to_string_lossy()), path));
            }
        }
    }
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    for (name, path) in files {
        let src = std::fs::read_to_string(&path).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let module = lower_source(&file, &src).unwrap_or_else(|r| panic!("{}", r.render_plain()));
        let c = c::emit(&module);
        let rust = crate::backend::rust::emit(&module);
        insta::with_settings!({ snapshot_suffix => name.replace('/', "__"), description => name.clone() }, {
            insta::assert_snapshot!(format!("----- SOURCE\n{src}----- C\n{}----- H\n{}----- RUST\n{rust}", c.source, c.header));
        });
    }
}
