// SPDX-License-Identifier: GPL-2.0

//! Rust single host program sample: module `a`.

pub(crate) fn f(x: i32) {
    println!("The number is {}.", x);
}
