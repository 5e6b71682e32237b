fn main() {
    cytrus::build::Build::new().file("src/kernels.pyx").file("src/stats.pyx").compile();
}
