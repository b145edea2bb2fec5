//! Word lists shared by the recognizers.
