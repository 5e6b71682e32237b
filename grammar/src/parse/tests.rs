//! Parse snapshots: one `.pyx` per construct in `cases/` (its AST), and one
//! per syntax error in `errors/` (its rendered diagnostics, without colour).

use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;

use crate::parse_module;
use crate::print::print_module;

/// Renders every syntax error of `source` as the user sees them.
pub(crate) fn render_errors(name: &str, source: &str) -> String {
    let errors = match parse_module(source) {
        Ok(_) => return "(no errors)\n".to_string(),
        Err(errors) => errors,
    };
    let file = SimpleFile::new(name, source);
    let config = term::Config::default();
    errors
        .iter()
        .map(|e| term::emit_into_string(&config, &file, &e.to_diagnostic(())).expect("spans lie inside the file"))
        .collect()
}

#[test]
fn every_construct_parses() {
    insta::glob!("cases/*.pyx", |path| {
        let source = std::fs::read_to_string(path).unwrap();
        let module = match parse_module(&source) {
            Ok(module) => module,
            Err(_) => panic!("{} does not parse:\n{}", path.display(), render_errors("case.pyx", &source)),
        };
        insta::assert_snapshot!(format!("----- SOURCE\n{source}----- AST\n{}", print_module(&module)));
    });
}

#[test]
fn every_syntax_error_is_reported() {
    insta::glob!("errors/*.pyx", |path| {
        let source = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let rendered = render_errors(&name, &source);
        assert_ne!(rendered, "(no errors)\n", "{name} should not parse");
        insta::assert_snapshot!(format!("----- SOURCE\n{source}----- ERROR\n{rendered}"));
    });
}

#[test]
fn spans_of_statements_cover_their_text() {
    let source = "x = 1\nif x:\n    y = x + 2  # comment\nz = 3\n";
    let module = parse_module(source).unwrap();
    let texts: Vec<&str> = module.body.iter().map(|s| &source[s.span.range()]).collect();
    assert_eq!(texts, ["x = 1", "if x:\n    y = x + 2", "z = 3"]);
}

#[test]
fn one_file_reports_several_independent_errors() {
    let source = "x = (1 +\ndef f(int a)\n    return a\ny = 0b12\nz = $\n";
    let errors = parse_module(source).unwrap_err();
    assert!(errors.len() >= 3, "{errors:#?}");
}

#[test]
fn directive_comment_is_kept_only_before_code() {
    let module =
        parse_module("# cython: boundscheck=False, wraparound=False\nx = 1\n# cython: cdivision=True\n").unwrap();
    assert_eq!(module.directives.len(), 1);
    let names: Vec<_> =
        module.directives[0].settings.iter().map(|s| (s.name.name.as_str(), s.value.name.as_str())).collect();
    assert_eq!(names, [("boundscheck", "False"), ("wraparound", "False")]);
}
