//! The desktop entry point; everything lives in the library so mobile builds share it.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    mirai_app_lib::run();
}
