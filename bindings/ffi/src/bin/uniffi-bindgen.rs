//! `cargo run -p passage-ffi --features cli --bin uniffi-bindgen -- generate ...`
//! The bindgen pinned to the workspace's UniFFI version.

fn main() {
    uniffi::uniffi_bindgen_main()
}
