//! The browser's own deflate (`CompressionStream('deflate-raw')`): no
//! compression code ships in the wasm. Used for share links
//! (`saved::link`). web-sys has these streams behind its unstable-API flag,
//! so the two constructors are bound here.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair};

#[wasm_bindgen]
extern "C" {
    /// A `CompressionStream` or `DecompressionStream`: a readable/writable pair.
    type Transform;
    #[wasm_bindgen(catch, constructor, js_class = "CompressionStream")]
    fn compressor(format: &str) -> Result<Transform, JsValue>;
    #[wasm_bindgen(catch, constructor, js_class = "DecompressionStream")]
    fn decompressor(format: &str) -> Result<Transform, JsValue>;
}

const FORMAT: &str = "deflate-raw";

/// Why a stream could not be read to its end.
pub enum PumpError {
    /// It produced more than the limit: reading stopped there.
    TooLarge,
    /// The data is corrupt (or the browser failed otherwise).
    Failed,
    /// The browser has no such stream.
    Unsupported,
}

/// `bytes` through `transform`, read chunk by chunk, stopping as soon as the
/// output passes `max` bytes.
async fn pump(bytes: &[u8], transform: Transform, max: usize) -> Result<Vec<u8>, PumpError> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| PumpError::Failed)?;
    let pair: &ReadableWritablePair = transform.unchecked_ref();
    let out: ReadableStream = blob.stream().pipe_through(pair);
    let reader: ReadableStreamDefaultReader = out.get_reader().unchecked_into();
    let mut data = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| PumpError::Failed)?;
        if Reflect::get(&chunk, &"done".into()).is_ok_and(|d| d.is_truthy()) {
            return Ok(data);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(|_| PumpError::Failed)?
            .unchecked_into();
        if data.len() + value.length() as usize > max {
            let _ = reader.cancel();
            return Err(PumpError::TooLarge);
        }
        data.extend(value.to_vec());
    }
}

/// `text` deflated; `None` where the browser has no `CompressionStream`
/// (the caller then makes a link of the older, longer form).
pub async fn deflate(text: &str) -> Option<Vec<u8>> {
    let transform = Transform::compressor(FORMAT).ok()?;
    pump(text.as_bytes(), transform, usize::MAX).await.ok()
}

/// `bytes` inflated, at most `max` bytes of it.
pub async fn inflate(bytes: &[u8], max: usize) -> Result<Vec<u8>, PumpError> {
    let transform = Transform::decompressor(FORMAT).map_err(|_| PumpError::Unsupported)?;
    pump(bytes, transform, max).await
}
