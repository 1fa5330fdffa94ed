// The faces Marsad ships, imported so Vite bundles their woff2 files: nothing is fetched from
// the network, ever. Only the weights and scripts the styles use; add one here before using it.
import '@fontsource/noto-naskh-arabic/arabic-400.css'; // reader body
import '@fontsource/noto-naskh-arabic/arabic-700.css'; // reader headings
import '@fontsource/noto-sans-arabic/arabic-400.css'; // UI chrome
import '@fontsource/noto-sans-arabic/arabic-600.css'; // UI emphasis
import '@fontsource/noto-sans/latin-400.css'; // Latin in UI and mixed text
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/cyrillic-400.css'; // Russian quotes and names
import '@fontsource/noto-sans/cyrillic-600.css';
