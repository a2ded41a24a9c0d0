// SPDX-License-Identifier: GPL-2.0

//! Rust single host program sample: module `b`.

pub(crate) const CONSTANT: i32 = 42;
