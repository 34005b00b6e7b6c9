/**
 * News pages in each language for tests of a few paragraphs: the paragraphs under test, then running text of the
 * language (written for these tests), so that the page reads as an article.
 */
import { analyze, expectAttributions, type Attributions } from './helpers';
import type { Analysis } from '../lib/types';

/** Running text of each language the tests use, so that a page of a few quoted sentences reads as an article. */
const FILLER: Record<string, string[]> = {
  en: [
    'The council met on Tuesday evening to debate the new budget, which has been delayed for months by a dispute over the cost of repairs to the old bridge.',
    'Residents filled the public gallery, and several of them held up signs about the price of bus fares and the state of the roads in the north of the town.',
    'A final vote on the budget is expected before the end of the month, after a second round of talks between the parties on the council.',
  ],
  de: [
    'Der Stadtrat hat am Dienstagabend über den neuen Haushalt beraten, der sich wegen eines Streits über die Kosten der Brückensanierung seit Monaten verzögert.',
    'Viele Bürgerinnen und Bürger verfolgten die Sitzung auf der Tribüne, einige hielten Schilder über die Fahrpreise und den Zustand der Straßen hoch.',
    'Eine endgültige Abstimmung über den Haushalt wird noch vor Ende des Monats erwartet, nach einer zweiten Gesprächsrunde zwischen den Fraktionen.',
  ],
  fr: [
    'Le conseil municipal s’est réuni mardi soir pour débattre du nouveau budget, retardé depuis des mois par un désaccord sur le coût de la rénovation du vieux pont.',
    'De nombreux habitants ont assisté à la séance, et plusieurs d’entre eux brandissaient des pancartes sur le prix des transports et l’état des routes.',
    'Le vote définitif sur le budget est attendu avant la fin du mois, après une deuxième série de discussions entre les groupes du conseil.',
  ],
  es: [
    'El pleno del ayuntamiento se reunió el martes por la tarde para debatir el nuevo presupuesto, retrasado durante meses por una disputa sobre el coste de reparar el puente viejo.',
    'Numerosos vecinos siguieron la sesión desde la tribuna, y varios de ellos mostraron carteles sobre el precio del autobús y el estado de las calles del norte.',
    'Se espera una votación definitiva sobre el presupuesto antes de que termine el mes, tras una segunda ronda de conversaciones entre los grupos municipales.',
  ],
  ru: [
    'Городской совет во вторник вечером обсудил новый бюджет, принятие которого несколько месяцев откладывалось из-за спора о стоимости ремонта старого моста.',
    'На заседание пришли многие жители города, некоторые из них держали плакаты о ценах на проезд и о состоянии дорог на севере города.',
    'Окончательное голосование по бюджету ожидается до конца месяца, после второго раунда переговоров между фракциями совета.',
  ],
  he: [
    'מועצת העיר דנה ביום שלישי בערב בתקציב החדש, שאישורו מתעכב כבר חודשים בגלל מחלוקת על עלות שיפוץ הגשר הישן.',
    'תושבים רבים מילאו את היציע, וחלקם החזיקו שלטים על מחירי התחבורה הציבורית ועל מצב הכבישים בצפון העיר.',
    'ההצבעה הסופית על התקציב צפויה לפני סוף החודש, לאחר סבב שיחות נוסף בין הסיעות במועצה.',
  ],
  fa: [
    'شورای شهر سه‌شنبه شب دربارهٔ بودجهٔ تازه گفت‌وگو کرد؛ بودجه‌ای که به دلیل اختلاف بر سر هزینهٔ تعمیر پل قدیمی ماه‌ها به تعویق افتاده است.',
    'شمار زیادی از ساکنان در جلسه حاضر بودند و برخی از آنان پلاکاردهایی دربارهٔ کرایهٔ اتوبوس و وضع خیابان‌های شمال شهر در دست داشتند.',
    'رأی‌گیری نهایی دربارهٔ بودجه پیش از پایان ماه و پس از دور دوم گفت‌وگوهای گروه‌های شورا انجام خواهد شد.',
  ],
  zh: [
    '市议会周二晚间讨论了新的预算案，由于修缮旧桥的费用存在争议，这份预算已经拖延了好几个月。',
    '许多居民坐满了旁听席，其中一些人举着标语，关注公交票价和城市北部道路的状况。',
    '预计预算将在月底前进行最终表决，此前各党团还将进行第二轮磋商。',
  ],
  ar: [
    'ناقش المجلس البلدي مساء الثلاثاء الميزانية الجديدة التي تأخر إقرارها لأشهر بسبب خلاف حول تكلفة إصلاح الجسر القديم فوق النهر.',
    'وحضر الجلسة عدد كبير من السكان، رفع بعضهم لافتات تطالب بخفض أسعار النقل العام وإصلاح الطرق في شمال المدينة.',
    'ومن المتوقع أن يجري التصويت النهائي على الميزانية قبل نهاية الشهر، بعد جولة ثانية من المحادثات بين أعضاء المجلس.',
  ],
};

/** A news page in `lang`: a headline, the paragraphs under test, then running text. */
export function page(lang: string, paragraphs: readonly string[]): Analysis {
  const body = [...paragraphs, ...FILLER[lang]].map((p) => `<p>${p}</p>`).join('\n');
  return analyze(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${FILLER[lang][0].slice(0, 60)}</title></head>
    <body><article><h1>${FILLER[lang][0].slice(0, 60)}</h1>${body}</article></body></html>`);
}

export function expectOnPage(lang: string, paragraphs: readonly string[], attributions: Attributions): void {
  expectAttributions(page(lang, paragraphs), attributions);
}
