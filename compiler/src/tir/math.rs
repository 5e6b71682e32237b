//! The `<math.h>` functions of `libc.math`, with their C signatures as
//! Cython's `libc/math.pxd` declares them: the checker converts arguments to
//! the parameter types and gives calls the return type; the backends call the
//! C library (C) or the same function through the runtime (Rust).

use super::{IntKind, Type};

/// A parameter or return type of a `<math.h>` function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathType {
    Double,
    Float,
    Int,
    Long,
    LongLong,
    /// A classification macro's truth value (`isnan`, …).
    Bint,
}

impl MathType {
    pub fn ty(self) -> Type {
        match self {
            MathType::Double => Type::DOUBLE,
            MathType::Float => Type::FLOAT,
            MathType::Int => Type::INT,
            MathType::Long => Type::LONG,
            MathType::LongLong => Type::Int(IntKind::LongLong),
            MathType::Bint => Type::Bint,
        }
    }

    fn from_code(c: u8) -> MathType {
        match c {
            b'd' => MathType::Double,
            b'f' => MathType::Float,
            b'i' => MathType::Int,
            b'l' => MathType::Long,
            b'q' => MathType::LongLong,
            b'b' => MathType::Bint,
            _ => unreachable!("math signature code {c}"),
        }
    }
}

/// Each function as `(name, signature)`; a signature reads `PARAMS>RETURN`
/// with `d` double, `f` float, `i` int, `l` long, `q` long long, `b` bint.
#[rustfmt::skip]
const FUNCTIONS: &[(&str, &str)] = &[
    // double → double
    ("sqrt", "d>d"), ("cbrt", "d>d"), ("fabs", "d>d"), ("exp", "d>d"), ("exp2", "d>d"), ("expm1", "d>d"),
    ("log", "d>d"), ("log2", "d>d"), ("log10", "d>d"), ("log1p", "d>d"), ("logb", "d>d"),
    ("sin", "d>d"), ("cos", "d>d"), ("tan", "d>d"), ("asin", "d>d"), ("acos", "d>d"), ("atan", "d>d"),
    ("sinh", "d>d"), ("cosh", "d>d"), ("tanh", "d>d"), ("asinh", "d>d"), ("acosh", "d>d"), ("atanh", "d>d"),
    ("floor", "d>d"), ("ceil", "d>d"), ("round", "d>d"), ("trunc", "d>d"), ("rint", "d>d"), ("nearbyint", "d>d"),
    ("erf", "d>d"), ("erfc", "d>d"), ("tgamma", "d>d"), ("lgamma", "d>d"),
    ("pow", "dd>d"), ("atan2", "dd>d"), ("fmod", "dd>d"), ("remainder", "dd>d"), ("fmin", "dd>d"),
    ("fmax", "dd>d"), ("fdim", "dd>d"), ("hypot", "dd>d"), ("copysign", "dd>d"), ("nextafter", "dd>d"),
    ("fma", "ddd>d"),
    ("ldexp", "di>d"), ("scalbn", "di>d"), ("scalbln", "dl>d"),
    ("ilogb", "d>i"), ("lround", "d>l"), ("lrint", "d>l"), ("llround", "d>q"), ("llrint", "d>q"),
    // float → float
    ("sqrtf", "f>f"), ("cbrtf", "f>f"), ("fabsf", "f>f"), ("expf", "f>f"), ("exp2f", "f>f"), ("expm1f", "f>f"),
    ("logf", "f>f"), ("log2f", "f>f"), ("log10f", "f>f"), ("log1pf", "f>f"), ("logbf", "f>f"),
    ("sinf", "f>f"), ("cosf", "f>f"), ("tanf", "f>f"), ("asinf", "f>f"), ("acosf", "f>f"), ("atanf", "f>f"),
    ("sinhf", "f>f"), ("coshf", "f>f"), ("tanhf", "f>f"), ("asinhf", "f>f"), ("acoshf", "f>f"), ("atanhf", "f>f"),
    ("floorf", "f>f"), ("ceilf", "f>f"), ("roundf", "f>f"), ("truncf", "f>f"), ("rintf", "f>f"),
    ("nearbyintf", "f>f"), ("erff", "f>f"), ("erfcf", "f>f"), ("tgammaf", "f>f"), ("lgammaf", "f>f"),
    ("powf", "ff>f"), ("atan2f", "ff>f"), ("fmodf", "ff>f"), ("remainderf", "ff>f"), ("fminf", "ff>f"),
    ("fmaxf", "ff>f"), ("fdimf", "ff>f"), ("hypotf", "ff>f"), ("copysignf", "ff>f"), ("nextafterf", "ff>f"),
    ("fmaf", "fff>f"),
    ("ldexpf", "fi>f"), ("scalbnf", "fi>f"), ("scalblnf", "fl>f"),
    ("ilogbf", "f>i"), ("lroundf", "f>l"), ("lrintf", "f>l"), ("llroundf", "f>q"), ("llrintf", "f>q"),
    // classification
    ("isnan", "d>b"), ("isinf", "d>i"), ("isfinite", "d>b"), ("isnormal", "d>b"), ("signbit", "d>b"),
];

/// A `<math.h>` function cytrus knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MathSignature {
    pub name: &'static str,
    code: &'static str,
}

impl MathSignature {
    pub fn params(self) -> impl Iterator<Item = MathType> {
        let (params, _) = self.code.split_once('>').expect("PARAMS>RETURN");
        params.bytes().map(MathType::from_code)
    }

    pub fn arity(self) -> usize {
        self.code.find('>').expect("PARAMS>RETURN")
    }

    pub fn ret(self) -> MathType {
        MathType::from_code(*self.code.as_bytes().last().expect("a return type"))
    }
}

/// The function named `name`, if cytrus knows it.
pub fn signature(name: &str) -> Option<MathSignature> {
    FUNCTIONS.iter().find(|(n, _)| *n == name).map(|&(name, code)| MathSignature { name, code })
}

/// Every function, for `from libc.math cimport *`.
pub fn all() -> impl Iterator<Item = MathSignature> {
    FUNCTIONS.iter().map(|&(name, code)| MathSignature { name, code })
}

#[cfg(test)]
mod tests {
    #[test]
    fn signatures_read_back() {
        let ldexp = super::signature("ldexp").unwrap();
        assert_eq!(ldexp.arity(), 2);
        assert_eq!(ldexp.params().collect::<Vec<_>>(), [super::MathType::Double, super::MathType::Int]);
        assert_eq!(super::signature("llround").unwrap().ret(), super::MathType::LongLong);
        for f in super::all() {
            assert_eq!(f.params().count(), f.arity(), "{}", f.name);
            let _ = f.ret();
        }
    }
}
