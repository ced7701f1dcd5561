//! Tests of the geometry reader on small hand-made pages.
