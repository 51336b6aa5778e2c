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

fn main() {
    yew::Renderer::<App>::new().render();
}
