//! The Yew components. They hold no figures of their own: each render reads the
//! typed texts from `state`, parses them with `numbers::parse`, computes with
//! `calc` and writes numbers with `numbers::format`.

mod app;
pub mod browser;
pub mod chart;
pub mod field;
mod income;
mod iuran;
pub mod keep_share;
mod lazy;
pub mod math;
mod partners;
mod paste;
mod progress;
mod split;
mod summary;
mod table_field;
mod targets;

pub use app::{App, AppProps};
