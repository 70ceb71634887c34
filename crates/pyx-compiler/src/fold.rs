//! Constant folding (in progress).
