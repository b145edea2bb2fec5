//! Main-thread entry point: renders the page.

fn main() {
    yew::Renderer::<lede_www::components::App>::new().render();
}
