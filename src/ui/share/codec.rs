//! Compressing a minutes link's file with the browser's `CompressionStream` and unpacking it
//! with `DecompressionStream` (`deflate-raw`, no header: the smallest links).

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, ReadableStream, ReadableStreamDefaultReader, ReadableStreamReadResult,
    ReadableWritablePair, WritableStream,
};

// web-sys has these streams only behind `--cfg=web_sys_unstable_apis`, which every build of
// the app would need; the two constructors and getters used here are bound directly instead.
#[wasm_bindgen]
extern "C" {
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> WritableStream;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> WritableStream;
}

/// The format both ways: deflate without zlib's header and checksum, the smallest.
const FORMAT: &str = "deflate-raw";

/// Why the browser could not pass bytes through a (de)compression stream.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamFailure {
    /// The browser has no `CompressionStream` (older than 2023).
    Unsupported,
    /// The stream refused the bytes: for unpacking, the data is damaged.
    Refused,
    /// More came out than the limit allows; reading stopped there.
    OverLimit,
}

/// `bytes` compressed with `deflate-raw`.
pub async fn compress(bytes: &[u8]) -> Result<Vec<u8>, StreamFailure> {
    let stream = CompressionStream::new(FORMAT).map_err(|_| StreamFailure::Unsupported)?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    through(bytes, &pair, usize::MAX).await
}

/// `bytes` unpacked from `deflate-raw`, reading no more than `limit` bytes of output: a small
/// crafted link cannot fill the memory.
pub async fn decompress(bytes: &[u8], limit: usize) -> Result<Vec<u8>, StreamFailure> {
    let stream = DecompressionStream::new(FORMAT).map_err(|_| StreamFailure::Unsupported)?;
    let pair = ReadableWritablePair::new(&stream.readable(), &stream.writable());
    through(bytes, &pair, limit).await
}

async fn through(
    bytes: &[u8],
    pair: &ReadableWritablePair,
    limit: usize,
) -> Result<Vec<u8>, StreamFailure> {
    let parts = Array::of1(&Uint8Array::from(bytes).into());
    let blob = Blob::new_with_u8_array_sequence(&parts).map_err(|_| StreamFailure::Refused)?;
    let output: ReadableStream = blob.stream().pipe_through(pair);
    let reader = ReadableStreamDefaultReader::new(&output).map_err(|_| StreamFailure::Refused)?;
    let mut out = Vec::new();
    loop {
        // A damaged input rejects this read; the pipe's own promise is handled by the browser.
        let result: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| StreamFailure::Refused)?
            .unchecked_into();
        if result.get_done().unwrap_or(true) {
            return Ok(out);
        }
        let chunk: JsValue = result.get_value();
        let chunk = Uint8Array::new(&chunk);
        if out.len() + chunk.length() as usize > limit {
            // Stop the pipe; whether cancelling settles does not matter any more.
            let _ = JsFuture::from(reader.cancel()).await;
            return Err(StreamFailure::OverLimit);
        }
        out.extend_from_slice(&chunk.to_vec());
    }
}
