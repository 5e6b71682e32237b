//! The backends: each prints the lowered IR in one language, deciding nothing.

pub mod c;

#[cfg(test)]
mod tests;
