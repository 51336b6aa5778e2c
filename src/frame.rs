//! Work that must not hold back a frame the person is waiting for: the first
//! result above all. Timers set while the app renders (`setTimeout(0)`) run
//! as soon as the render's task ends, and Chromium may run them before it
//! paints the frame, or in the task right after it, ahead of anything the
//! frame itself queued (bench/FINDINGS.md: 11 ms of module preloading traced
//! there).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

type Work = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// Waiting work; dropping it before it ran cancels it.
#[must_use = "dropping the handle cancels the work"]
pub struct AfterPaint(Work);

impl Drop for AfterPaint {
    fn drop(&mut self) {
        self.0.borrow_mut().take();
    }
}

/// Runs `work` once the next frame has been painted: at the frame after it
/// (an animation frame begins only once the one before was produced), from a
/// timer of its own so it is not part of that frame either.
pub fn after_paint(work: impl FnOnce() + 'static) -> AfterPaint {
    let slot: Work = Rc::new(RefCell::new(Some(Box::new(work))));
    schedule(&slot);
    AfterPaint(slot)
}

// Not generic, so its closures are compiled once for every caller.
fn schedule(slot: &Work) {
    let run = |slot: Work| {
        move || {
            let work = slot.borrow_mut().take();
            if let Some(work) = work {
                work();
            }
        }
    };
    // A hidden page gets no animation frames; its (throttled) timer runs the
    // work instead, and whichever comes first runs it.
    Timeout::new(1_000, run(slot.clone())).forget();
    if let Some(window) = web_sys::window() {
        let later = run(slot.clone());
        let second = Closure::once_into_js(move || Timeout::new(0, later).forget());
        let first = Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(second.unchecked_ref());
            }
        });
        let _ = window.request_animation_frame(first.unchecked_ref());
    }
}
