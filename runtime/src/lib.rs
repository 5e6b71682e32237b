//! The cytrus runtime: the memoryview slice struct and what generated code calls.
