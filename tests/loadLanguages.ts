/** Every unit test speaks every language at once: fetch the catalogues the page loads on demand. */
import { LANGUAGES, loadLanguage } from "../src/i18n/catalogue.ts";

await Promise.all(LANGUAGES.map(loadLanguage));
