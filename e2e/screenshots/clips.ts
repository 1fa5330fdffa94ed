// The clips the README screenshots show besides the seed piece: written for Marsad, not taken
// from any publication; dated days before the run so the charts' recent weeks have bars.
const ago = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const clip = (name: string, title: string, source: string, days: number, body: string) => ({
  name,
  text: `${title}\nSource: ${source}\nDate: ${ago(days)}\n\n${body}\n`,
});

export const SCREENSHOT_CLIPS = [
  clip('port-1.txt', 'رصيف جديد في ميناء اللاذقية يستقبل سفن الشحن', 'وكالة الموانئ', 2, 'افتتحت إدارة الميناء رصيفا جديدا يستقبل سفن الشحن الكبيرة، وقال مدير الميناء إن «الرصيف سيخفف الازدحام خلال أسابيع».'),
  clip('port-2.txt', 'رافعات حديثة تصل إلى ميناء طرطوس', 'وكالة الموانئ', 5, 'وصلت إلى الميناء ثلاث رافعات لتفريغ الحاويات، وأكد وزير النقل أن «العمل سيبدأ الشهر المقبل».'),
  clip('port-3.txt', 'Lavrov and Shaibani discuss port investment in Moscow', 'Harbour Wire', 9, 'Lavrov told reporters that "Russian companies are ready to invest in Syrian ports", and Shaibani welcomed the offer.'),
  clip('port-4.txt', 'لافروف: نبحث مع دمشق توسيع التعاون في الموانئ', 'صحيفة الساحل', 16, 'قال وزير الخارجية الروسي سيرغي لافروف إن «التعاون في الموانئ سيتوسع هذا العام»، مشيرا إلى زيارة وفد فني قريبا.'),
  clip('port-5.txt', 'Лавров обсудил с Шейбани работу портов', 'Портовые новости', 23, 'Лавров заявил, что «сотрудничество в портах будет расширено», и назвал встречу полезной.'),
  clip('port-6.txt', 'سفينة شحن كبيرة ترسو في ميناء اللاذقية', 'صحيفة الساحل', 30, 'رست في الميناء أكبر سفينة شحن منذ سنوات، محملة بالقمح والمعدات.'),
];
