/**
 * Shared by the language tests: what counts as text that needs no translation. A run of Latin letters in
 * Japanese text must be one of these symbols or terms (the article's own: variable names, activation
 * names, units); anything else is English left on the page.
 */

/** Latin-letter words the Japanese page may show as they are (case-sensitive). */
export const LATIN_TERMS: ReadonlySet<string> = new Set([
  // the article's symbols: inputs, weights, hidden units, outputs, target, pre-activation, loss
  "x",
  "w",
  "u",
  "h",
  "y",
  "t",
  "a",
  "b",
  "L",
  "H",
  "P",
  "e",
  // activation and output names, kept in Latin letters in the glossary's "use on the page" column
  "tanh",
  "ReLU",
  "softmax",
  "sigmoid",
  "L2",
  "XOR",
  // units and abbreviations shown with numbers
  "s",
  "px",
  "ms",
  "KB",
  // file formats and tools a class uses with the page (CSV import/export, the model file, the NumPy script)
  "CSV",
  "JSON",
  "json",
  "PNG",
  "NumPy",
  "py",
  // keys the page names: keyboard shortcuts, and the link's keys (a notice says which one it ignored)
  "Esc",
  "Tab",
  "Enter",
  "Shift",
  "Alt",
  "Delete",
  "URL",
  ...["dataset", "samples", "noise", "seed", "init", "test", "hidden", "activation", "output"],
  ...["lr", "lambda", "batch", "speed", "max", "lang", "en", "ja", "present", "view", "mask", "edited"],
  ...["until", "sizes", "sweep", "values", "overlay"],
]);

/** Runs of Latin letters, with digits, subscripts and underscores attached (h1, x₁, L2, calculate_loss). */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9₀-₉_]*/g;

/**
 * The Latin-letter words in `text` that are not allowed terms (digits and subscripts after a term are
 * fine, and so are the article's code names, which have underscores).
 */
export function strayLatin(text: string): string[] {
  const stray: string[] = [];
  for (const match of text.matchAll(LATIN_RUN)) {
    const word = match[0];
    const stem = word.replace(/[0-9₀-₉]+$/, "");
    if (word.includes("_")) continue; // a name from the article's code (calculate_loss), kept as code
    if (!LATIN_TERMS.has(word) && !LATIN_TERMS.has(stem)) stray.push(word);
  }
  return stray;
}

/** The `{name}` placeholders of a message, sorted and without repeats. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * The `lang` text of the message whose English is `english` (the names INTERFACES.md gives are the
 * English ones; a test finds their translation here instead of writing it down).
 */
export function translationOf(
  catalogues: Record<string, Record<string, string>>,
  lang: string,
  english: string,
): string {
  const keys = Object.keys(catalogues.en).filter((k) => catalogues.en[k] === english);
  if (keys.length === 0) throw new Error(`no message reads "${english}" in English`);
  const texts = new Set(keys.map((k) => catalogues[lang][k]));
  if (texts.size !== 1)
    throw new Error(`"${english}" has ${texts.size} translations: ${[...texts].join(", ")}`);
  return [...texts][0];
}
