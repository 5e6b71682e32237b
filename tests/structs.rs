//! A table of struct layouts, exercised on both backends: generated structs,
//! packed structs and unions of every field kind (integers of each width,
//! floats, `bint`, pointers, C arrays, a nested struct) print their size and
//! field offsets, then values written to and read back from every field. The
//! C and Rust programs must print the same, and the layout must be C's, as
//! computed here from C's rules (each field at a multiple of its alignment,
//! the size a multiple of the largest; packed: no padding; union: the largest
//! field).

mod common;

/// One kind of field: its declaration, size and alignment in C (x86-64).
struct FieldKind {
    /// The type before the name (`double`), and the declarator's suffix (`[3]`).
    ty: &'static str,
    suffix: &'static str,
    size: usize,
    align: usize,
    /// Statements setting field `F` of `S` (from a seed `K`), then the
    /// expressions to print it back.
    set: &'static str,
    get: &'static str,
}

const KINDS: &[FieldKind] = &[
    FieldKind { ty: "char", suffix: "", size: 1, align: 1, set: "S.F = K % 100", get: "S.F" },
    FieldKind { ty: "unsigned char", suffix: "", size: 1, align: 1, set: "S.F = 200 + K % 50", get: "S.F" },
    FieldKind { ty: "short", suffix: "", size: 2, align: 2, set: "S.F = -K * 7", get: "S.F" },
    FieldKind { ty: "int", suffix: "", size: 4, align: 4, set: "S.F = K * 1000 + 1", get: "S.F" },
    FieldKind { ty: "long", suffix: "", size: 8, align: 8, set: "S.F = K * 100000000000", get: "S.F" },
    FieldKind { ty: "float", suffix: "", size: 4, align: 4, set: "S.F = K + 0.25", get: "S.F" },
    FieldKind { ty: "double", suffix: "", size: 8, align: 8, set: "S.F = K / 8.0", get: "S.F" },
    FieldKind { ty: "bint", suffix: "", size: 4, align: 4, set: "S.F = K % 2 == 0", get: "S.F" },
    FieldKind { ty: "double *", suffix: "", size: 8, align: 8, set: "S.F = NULL", get: "S.F == NULL" },
    FieldKind { ty: "int", suffix: "[3]", size: 12, align: 4, set: "S.F[0] = K; S.F[2] = -K", get: "S.F[0], S.F[2]" },
    FieldKind { ty: "char", suffix: "[5]", size: 5, align: 1, set: "S.F[4] = K % 90", get: "S.F[4]" },
    FieldKind {
        ty: "Inner",
        suffix: "",
        size: 16,
        align: 8,
        set: "S.F.c = K % 60; S.F.d = K * 1.5",
        get: "S.F.c, S.F.d",
    },
];

/// Where each field goes and how large the whole is, by C's rules.
fn layout(fields: &[&FieldKind], packed: bool, union: bool) -> (Vec<usize>, usize) {
    let align_of = |k: &FieldKind| if packed { 1 } else { k.align };
    let struct_align = fields.iter().map(|k| align_of(k)).max().unwrap_or(1);
    if union {
        let size = fields.iter().map(|k| k.size).max().unwrap_or(0);
        return (vec![0; fields.len()], size.div_ceil(struct_align) * struct_align);
    }
    let mut offsets = Vec::new();
    let mut at: usize = 0;
    for k in fields {
        at = at.div_ceil(align_of(k)) * align_of(k);
        offsets.push(at);
        at += k.size;
    }
    (offsets, at.div_ceil(struct_align) * struct_align)
}

/// The generated program and the layout lines it must print.
fn program() -> (String, String) {
    let mut src = String::from("cdef struct Inner:\n    char c\n    double d\n\n");
    // Module variables, then the same again as a function's locals written
    // through pointers (`p.f = …` on `S *p`).
    let mut body = String::new();
    let mut local = String::from("def locals_through_pointers():\n");
    let mut expected = String::new();
    let mut seed: u64 = 7;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut case = 0;
    for round in 0..10 {
        let count = 1 + next(5);
        let fields: Vec<&FieldKind> =
            (0..count).map(|i| &KINDS[if i == 0 { round % KINDS.len() } else { next(KINDS.len()) }]).collect();
        for (packed, union) in [(false, false), (true, false), (false, true)] {
            case += 1;
            let name = format!("S{case}");
            let keyword = match (packed, union) {
                (_, true) => "cdef union",
                (true, _) => "cdef packed struct",
                _ => "cdef struct",
            };
            src.push_str(&format!("{keyword} {name}:\n"));
            for (i, k) in fields.iter().enumerate() {
                src.push_str(&format!("    {} f{i}{}\n", k.ty, k.suffix));
            }
            src.push('\n');
            let var = format!("v{case}");
            body.push_str(&format!("cdef {name} {var}\n"));
            local.push_str(&format!("    cdef {name} {var}\n    cdef {name} *p{case} = &{var}\n"));
            let offsets: Vec<String> =
                (0..fields.len()).map(|i| format!("<long>(<char *>&{var}.f{i} - <char *>&{var})")).collect();
            body.push_str(&format!("print(\"{name}\", sizeof({name}), {})\n", offsets.join(", ")));
            local.push_str(&format!("    print(\"{name}\", sizeof({name}), {})\n", offsets.join(", ")));
            let (offsets, size) = layout(&fields, packed, union);
            let offsets: Vec<String> = offsets.iter().map(|o| o.to_string()).collect();
            expected.push_str(&format!("{name} {size} {}\n", offsets.join(" ")));
            // A union keeps only its last write: read back that field alone.
            let written: Vec<usize> = if union { vec![fields.len() - 1] } else { (0..fields.len()).collect() };
            for &i in &written {
                let k = fields[i];
                let set =
                    k.set.replace('S', &var).replace('F', &format!("f{i}")).replace('K', &(case * 3 + i).to_string());
                for stmt in set.split("; ") {
                    body.push_str(&format!("{stmt}\n"));
                    local.push_str(&format!("    {}\n", stmt.replacen(&var, &format!("p{case}"), 1)));
                }
            }
            let gets: Vec<String> =
                written.iter().map(|&i| fields[i].get.replace('S', &var).replace('F', &format!("f{i}"))).collect();
            body.push_str(&format!("print({})\n", gets.join(", ")));
            local.push_str(&format!("    print({})\n", gets.join(", ")));
        }
    }
    src.push_str(&body);
    src.push_str(&local);
    src.push_str("\nlocals_through_pointers()\n");
    let expected = format!("{expected}{expected}");
    (src, expected)
}

fn run(src_path: &std::path::Path, backend: &str) -> String {
    let out = common::cytrus().args(["run", "--backend", backend]).arg(src_path).output().expect("cytrus runs");
    assert!(out.status.success(), "{backend}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn struct_layouts_agree_with_c_on_both_backends() {
    let (src, expected) = program();
    let dir = std::env::temp_dir().join(format!("cytrus-struct-layouts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("layouts.pyx");
    std::fs::write(&path, &src).unwrap();
    let c = run(&path, "c");
    let rust = run(&path, "rust");
    // Kept when a backend fails above, for the report.
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(c, rust, "the backends disagree on\n{src}");
    let layout_lines: String = c.lines().filter(|l| l.starts_with('S')).map(|l| format!("{l}\n")).collect();
    assert_eq!(layout_lines, expected, "not C's layout for\n{src}");
}
