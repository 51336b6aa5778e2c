//! `frame::after_paint` in headless Chromium: work that waits for a painted
//! frame runs once, after the task that asked for it and after a timer set
//! at the same time, and a dropped handle cancels it.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use target_umkm::frame::after_paint;
use wasm_bindgen_test::*;
use yew::platform::time::sleep;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn work_after_paint_runs_once_after_a_frame_and_a_dropped_handle_cancels_it() {
    let runs = Rc::new(Cell::new(0));
    let cancelled_runs = Rc::new(Cell::new(0));
    let kept = after_paint({
        let runs = runs.clone();
        move || runs.set(runs.get() + 1)
    });
    drop(after_paint({
        let runs = cancelled_runs.clone();
        move || runs.set(runs.get() + 1)
    }));
    assert_eq!(runs.get(), 0, "not within the task that asked");
    // A timer set now runs before the next frame is painted: the work waits
    // for the frame after that one.
    sleep(Duration::ZERO).await;
    assert_eq!(runs.get(), 0, "not in the next task");
    sleep(Duration::from_millis(300)).await;
    assert_eq!(
        runs.get(),
        1,
        "once the page has painted (about two frames)"
    );
    // Past the fallback for a hidden page (1 s): still once.
    sleep(Duration::from_millis(1_200)).await;
    assert_eq!(runs.get(), 1, "the fallback timer does not run it again");
    assert_eq!(cancelled_runs.get(), 0, "a dropped handle cancels");
    drop(kept);
}

#[wasm_bindgen_test]
async fn work_asked_for_together_runs_once_each_in_order_and_later_work_waits_for_its_own_frame() {
    let order = Rc::new(std::cell::RefCell::new(Vec::new()));
    let push = |name: &'static str| {
        let order = order.clone();
        move || order.borrow_mut().push(name)
    };
    let first = after_paint(push("first"));
    let second = after_paint(push("second"));
    sleep(Duration::from_millis(300)).await;
    assert_eq!(
        *order.borrow(),
        ["first", "second"],
        "both, once, in the order asked"
    );
    // Asked for after those ran: not in the task that follows (it waits for
    // frames of its own), then once.
    let later = after_paint(push("later"));
    sleep(Duration::ZERO).await;
    assert_eq!(order.borrow().len(), 2, "not in the next task");
    sleep(Duration::from_millis(300)).await;
    assert_eq!(*order.borrow(), ["first", "second", "later"]);
    // Past every fallback timer (1 s): nothing runs twice.
    sleep(Duration::from_millis(1_200)).await;
    assert_eq!(
        *order.borrow(),
        ["first", "second", "later"],
        "the fallback timers run nothing again"
    );
    drop((first, second, later));
}
