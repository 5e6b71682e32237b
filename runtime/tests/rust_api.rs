//! The public Rust API used as Rust output uses it.

use cytrus_runtime::{
    write_bint, write_dims, write_double, AxisSpec, ElemType, Error, ErrorKind, Order, Slice, TypeGroup,
};

const DOUBLE: ElemType<'static> = ElemType { name: "double", size: 8, group: TypeGroup::Float };

/// `cdef double[:, ::1] m = cvarray(shape=(2, 3), itemsize=sizeof(double), format="d")`
fn acquire_array(shape: &[isize]) -> Result<Slice, Error> {
    let m = Slice::new_array(shape, 8, "d", "c", true)?;
    // SAFETY: `m` is a live array; on error its only acquisition is released.
    unsafe {
        if let Err(error) =
            m.check_dtype(2, &DOUBLE).and_then(|()| m.check_axes(8, &[AxisSpec::FOLLOW, AxisSpec::CONTIGUOUS]))
        {
            m.release();
            return Err(error);
        }
    }
    Ok(m)
}

fn element(view: &Slice, i: isize, j: isize) -> f64 {
    // SAFETY: callers index inside the view.
    unsafe { view.data.offset(i * view.strides[0] + j * view.strides[1]).cast::<f64>().read() }
}

#[test]
fn array_fill_copy_and_print() {
    let m = acquire_array(&[2, 3]).unwrap();
    // SAFETY: `m` and `c` are live until released at the end.
    unsafe {
        // m[:, :] = 1.5; m[1, 2] = 0.1
        m.fill(2, &1.5f64.to_ne_bytes());
        m.data.offset(m.strides[0] + 2 * m.strides[1]).cast::<f64>().write(0.1);
        // c = m.copy_fortran()
        let c = m.copy(2, 8, Order::Fortran).unwrap();
        // print(c.shape, c.strides, c[0, 0], c[1, 2], c.is_f_contig())
        let mut line = String::new();
        write_dims(&mut line, &c.shape);
        line.push(' ');
        write_dims(&mut line, &c.strides);
        line.push(' ');
        write_double(&mut line, element(&c, 0, 0));
        line.push(' ');
        write_double(&mut line, element(&c, 1, 2));
        line.push(' ');
        write_bint(&mut line, c.is_contig(2, 8, Order::Fortran));
        assert_eq!(line, "[2, 3, 0, 0, 0, 0, 0, 0] [8, 16, 0, 0, 0, 0, 0, 0] 1.5 0.1 True");
        c.release();
        m.release();
    }
}

#[test]
fn acquisition_errors_come_back_as_values() {
    let error = acquire_array(&[2, 0]).unwrap_err();
    assert_eq!(error, Error::new(ErrorKind::ValueError, "Invalid shape in axis 1: 0."));
    let fortran = Slice::new_array(&[2, 3], 8, "d", "fortran", true).unwrap();
    let error = fortran.check_axes(8, &[AxisSpec::FOLLOW, AxisSpec::CONTIGUOUS]).unwrap_err();
    assert_eq!(error.to_string(), "ValueError: Buffer and memoryview are not contiguous in the same dimension.");
    // SAFETY: the array's only acquisition.
    unsafe { fortran.release() };
}
