// std's allocator on wasm32 is dlmalloc (~8 KB of wasm); talc is smaller, and
// frees and reuses memory like dlmalloc does (the app holds 1,000 partner
// rows). Single-threaded wasm only: the cfg keeps it off a threads build.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    target_umkm::start();
}
