// Table tests of Arabic attribution added from patterns of real news (sentences written for these
// tests only): sports bodies inside a coach's title, و written apart inside an office, embassies
// named in full and later by their head, and readings that run on into a verb's object.
import { directCases, type Case } from './attribution-table.test.js';

const CASES: Case[] = [
  ['a team or national side inside a coach\'s title (مدرب فريق …، مدرب منتخب …) is no name', 'ar', `عنوان
أكد مدرب فريق الواحة السعودي كمال البناني أن فريقه لا يستحق الخسارة أمام المنافس.
وقال: «للأسف فريقنا تأثر بالغيابات الكبيرة في الشوط الثاني».
وقال مدرب منتخب الأردن حسين عماد إن «اللاعبين قدموا كل ما لديهم في المباراة».`, [
    ['للأسف فريقنا تأثر بالغيابات الكبيرة في الشوط الثاني', 'كمال البناني'], ['اللاعبين قدموا كل ما لديهم في المباراة', 'حسين عماد'],
  ]],
  ['و written apart from its word inside an office (لشؤون الاستثمار و التكنولوجيا) is no name', 'ar', `عنوان
وأكد وزير الدولة لشؤون الاستثمار و التكنولوجيا سامي الحداد أن «الوضع الاقتصادي حساس ويتطلب حلولا».
وأضاف، عبر تويتر: «هذا الوضع الحساس لا يتحمل الخلافات والتشنج».`, [
    ['الوضع الاقتصادي حساس ويتطلب حلولا', 'سامي الحداد'], ['هذا الوضع الحساس لا يتحمل الخلافات والتشنج', 'سامي الحداد'],
  ]],
  ['a foreign surname shaped like a plural participle (م…ون) is still a name', 'ar', `عنوان
علّق الرئيس الفرنسي إيمانويل ماكرون على حادث السير في مدينة ليون، قائلا إن «البلاد كلها تقف مع العائلات».
وأضاف: «سنعرف كل تفاصيل الحادث خلال أيام».`, [
    ['البلاد كلها تقف مع العائلات', 'إيمانويل ماكرون'], ['سنعرف كل تفاصيل الحادث خلال أيام', 'إيمانويل ماكرون'],
  ]],
  ['a name followed by و and another title (ليتا وزعيم الحزب …) ends cleanly and is recorded', 'ar', `عنوان
التقى رئيس الوزراء أندريا موراني وزعيم الحزب ماريو فيتالي في روما.
موراني: «يوم الاثنين سأحل الأزمة الحكومية».`, [
    ['يوم الاثنين سأحل الأزمة الحكومية', 'أندريا موراني'],
  ]],
];

directCases(CASES);
