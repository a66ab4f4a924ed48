// Short names for the functions the main module imports from wasm-bindgen's glue.
//
// wasm-bindgen names each of them "__wbg_<name>_<16 hex digits>", and each name is written
// twice: in the module's import section and as a key of the glue's import object. The hex
// digits do not compress, so the ~280 names cost every cold visit about 8 KB gzip (measured:
// the main module 187.3 -> 182.2 KB, the glue 9.2 -> 5.7 KB). This renames both to "$0", "$1",
// … in release builds (scripts/finish-site.mjs). Every old name must appear exactly once in the
// glue, as an object key, or the build fails: a name missed on either side would stop the app
// from starting, and every journey would say so.

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const nameBytes = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([writeU32(bytes.length), bytes]);
};

/** The end of an import's description (what follows its two names) starting at `at`. */
function skipImportDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (offset) => {
    const flags = bytes[offset++];
    let [, next] = readU32(bytes, offset);
    if (flags & 1) [, next] = readU32(bytes, next);
    return next;
  };
  switch (kind) {
    case 0: // a function: its type
      return readU32(bytes, at)[1];
    case 1: // a table: element type, limits
      return limits(at + 1);
    case 2: // a memory: limits
      return limits(at);
    case 3: // a global: value type, mutability
      return at + 2;
    case 4: // a tag: attribute, type
      return readU32(bytes, at + 1)[1];
    default:
      throw new Error(`short-import-names: unknown import kind ${kind}`);
  }
}

/**
 * Renames the imports of `wasm` from `module` and the same keys in `glue`.
 * Returns the new module bytes and glue text.
 */
export function shortenImportNames(wasm, glue, module) {
  const renamed = new Map();
  const sections = [wasm.subarray(0, 8)];
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readU32(wasm, at + 1);
    const end = start + size;
    if (id !== 2) {
      sections.push(wasm.subarray(at, end));
      at = end;
      continue;
    }
    const [count, first] = readU32(wasm, start);
    const entries = [writeU32(count)];
    let entry = first;
    for (let i = 0; i < count; i += 1) {
      const [moduleLength, moduleStart] = readU32(wasm, entry);
      const from = wasm.toString('utf8', moduleStart, moduleStart + moduleLength);
      const [nameLength, nameStart] = readU32(wasm, moduleStart + moduleLength);
      const name = wasm.toString('utf8', nameStart, nameStart + nameLength);
      const descriptionEnd = skipImportDescription(wasm, nameStart + nameLength);
      let newName = name;
      if (from === module) {
        if (renamed.has(name)) throw new Error(`short-import-names: ${name} imported twice`);
        newName = `$${renamed.size.toString(36)}`;
        renamed.set(name, newName);
      }
      entries.push(
        nameBytes(from),
        nameBytes(newName),
        wasm.subarray(nameStart + nameLength, descriptionEnd),
      );
      entry = descriptionEnd;
    }
    if (entry !== end) throw new Error('short-import-names: the import section did not parse');
    const body = Buffer.concat(entries);
    sections.push(Buffer.from([2]), writeU32(body.length), body);
    at = end;
  }
  if (renamed.size === 0) throw new Error(`short-import-names: nothing is imported from ${module}`);

  let text = glue;
  for (const [name, newName] of renamed) {
    const escaped = name.replace(/\$/g, '\\$');
    const anywhere = new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g');
    const asKey = new RegExp(`(?<![\\w$])${escaped}(?=\\s*:)`);
    const found = text.match(anywhere)?.length ?? 0;
    if (found !== 1 || !asKey.test(text)) {
      throw new Error(`short-import-names: ${name} is in the glue ${found} times, not once as a key`);
    }
    text = text.replace(asKey, () => newName);
  }
  return { wasm: Buffer.concat(sections), glue: text };
}
