fn main() {
    // The grammar is LR(1) but not LALR-like enough for lalrpop's default
    // lane-table construction, which reports false conflicts; canonical
    // LR(1) ("legacy") builds it without any.
    std::env::set_var("LALRPOP_LANE_TABLE", "disabled");
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process()
        .expect("the lalrpop grammar in grammar/src failed to generate");
}
