//! Symbol tables (in progress).
