//! A bare Yew 0.23 counter: the size and speed floor the benchmark compares
//! the app with. Keep it minimal; it measures the framework, not features.

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    let count = use_state(|| 0_i32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <button {onclick}>{ "+1" }</button>
            <p>{ *count }</p>
        </main>
    }
}

// The app's allocator (see the app's src/main.rs), so the floor is built alike.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    yew::Renderer::<App>::new().render();
}
