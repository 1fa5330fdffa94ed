// Marsad's mark beside the app name: the same small-size icon the window and packages use
// (assets/icon-small.svg, bundled by Vite). Decorative, so it has an empty alt text.
import iconUrl from '../../assets/icon-small.svg';

export function BrandMark() {
  return <img class="brand-mark" src={iconUrl} alt="" width={28} height={28} />;
}
