// The texts the first paint needs in English, the fallback of every language. Spanish and French
// come as a chunk of their own (locales/<lang>/index.ts), loaded before the page is drawn in that
// language, so an English reader never downloads them; parts of the page loaded on demand (the
// port view, the editor) bring their own namespace in every language (addTexts).

import en from './locales/en/index.ts';

export const RESOURCES = { en };
