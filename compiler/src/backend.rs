//! The backends: each prints the lowered IR in one language, deciding nothing.

pub mod c;
pub mod rust;

#[cfg(test)]
mod tests;
