//! The annotation of small programs, and of every program of the corpus.

use super::*;
