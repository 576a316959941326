// Every language's texts, loaded before each test file, as the page loads the reader's before its first paint.
import { loadLanguage } from '../../viz/i18n/index.ts';

await loadLanguage('es');
await loadLanguage('fr');
