//! Smarketing Meetings runs in the browser; this only mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // index.html's frame stays until the app draws its own (src/ui/app.rs).
    leptos::mount::mount_to_body(smarketing::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Smarketing Meetings runs in the browser: start it with scripts/serve.sh.");
}
