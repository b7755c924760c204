// The tables of the languages besides English, by language subtag (`zh` is Simplified
// Chinese, `zh-Hant` Traditional). Each is a `Translation`: every entry of `Strings`, in the order of `Keys`
// (named in the comments), as a list rather than an object, which keeps the embed small.
import type { Translation } from './strings.js';

const fr: Translation = [
  'Sommet', // summit
  'Rencontre', // meeting
  'Visite', // visit
  'Appel téléphonique', // call
  'Défilé', // parade
  'Accord', // agreement
  'Déclaration', // statement
  'Militaire', // military
  'Législation', // legislation
  'Investiture', // inauguration
  'Autre', // other
  'prévu', // planned
  'reporté', // postponed
  'annulé', // cancelled
  'Chargement des événements…', // loading
  'Aucun événement à afficher.', // empty
  'Impossible d’afficher la chronologie\u00a0: {error}', // failed
  'Réessayer', // retry
  'Chronologie des événements', // label
  'chronologie', // timeline
  { one: '{count} événement', other: '{count} événements' }, // events
  '{label} ({events}), période affichée\u00a0: {range}', // chart
  'Période affichée\u00a0: {range}', // showing
  'Types d’événement', // legend
  '{kind}, {date}\u00a0: {title}', // item
  '{events}, {span}', // cluster
  '{status}\u00a0: {date}', // status
  'vers {date}', // approximate
  '{date}\u202f?', // uncertain
  'Zoom avant', // zoomIn
  'Zoom arrière', // zoomOut
  'Tout afficher', // fit
  'Fermer', // close
  '{key} + molette pour zoomer', // hint
  'Ctrl', // ctrl
  'Afficher plus (encore {count})', // more
  'Vue d’ensemble de toute la période', // overview
  'Qui', // who
  'Où', // where
  'Télécharger l’image', // download
  'Télécharger l’image SVG', // downloadSvg
  'Source\u00a0: {names}', // source
  'Graphique\u00a0: summitline', // chartBy
];

const de: Translation = [
  'Gipfel', // summit
  'Treffen', // meeting
  'Besuch', // visit
  'Telefonat', // call
  'Militärparade', // parade
  'Abkommen', // agreement
  'Erklärung', // statement
  'Militär', // military
  'Gesetzgebung', // legislation
  'Amtseinführung', // inauguration
  'Sonstiges', // other
  'geplant', // planned
  'verschoben', // postponed
  'abgesagt', // cancelled
  'Ereignisse werden geladen …', // loading
  'Keine Ereignisse vorhanden.', // empty
  'Die Zeitleiste kann nicht angezeigt werden: {error}', // failed
  'Erneut versuchen', // retry
  'Zeitleiste der Ereignisse', // label
  'Zeitleiste', // timeline
  { one: '{count} Ereignis', other: '{count} Ereignisse' }, // events
  '{label}: {events}, sichtbarer Zeitraum {range}', // chart
  'Sichtbarer Zeitraum: {range}', // showing
  'Ereignisarten', // legend
  '{kind}, {date}: {title}', // item
  '{events}, {span}', // cluster
  '{status}: {date}', // status
  'ca. {date}', // approximate
  '{date}?', // uncertain
  'Vergrößern', // zoomIn
  'Verkleinern', // zoomOut
  'Alles anzeigen', // fit
  'Schließen', // close
  '{key} + Mausrad zum Zoomen', // hint
  'Strg', // ctrl
  'Mehr anzeigen (noch {count})', // more
  'Übersicht über den gesamten Zeitraum', // overview
  'Wer', // who
  'Wo', // where
  'Bild herunterladen', // download
  'SVG-Bild herunterladen', // downloadSvg
  'Quelle: {names}', // source
  'Grafik: summitline', // chartBy
];

const zh: Translation = [
  '峰会', // summit
  '会晤', // meeting
  '访问', // visit
  '通话', // call
  '阅兵', // parade
  '协议', // agreement
  '声明', // statement
  '军事', // military
  '立法', // legislation
  '就职', // inauguration
  '其他', // other
  '计划中', // planned
  '已推迟', // postponed
  '已取消', // cancelled
  '正在加载事件…', // loading
  '暂无可显示的事件。', // empty
  '无法显示时间轴：{error}', // failed
  '重试', // retry
  '事件时间轴', // label
  '时间轴', // timeline
  { other: '{count}个事件' }, // events
  '{label}：{events}，当前显示{range}', // chart
  '当前显示{range}', // showing
  '事件类型', // legend
  '{kind}，{date}：{title}', // item
  '{events}，{span}', // cluster
  '{status}：{date}', // status
  '约{date}', // approximate
  '{date}（存疑）', // uncertain
  '放大', // zoomIn
  '缩小', // zoomOut
  '显示全部', // fit
  '关闭', // close
  '按住 {key} 并滚动以缩放', // hint
  'Ctrl', // ctrl
  '显示更多（还有{count}个）', // more
  '全时段概览', // overview
  '参与方', // who
  '地点', // where
  '下载图片', // download
  '下载 SVG 图片', // downloadSvg
  '来源：{names}', // source
  '图表：summitline', // chartBy
];

// Traditional Chinese, as Taiwan writes it (also for Hong Kong and Macao, and any tag whose script is Hant).
const zhHant: Translation = [
  '峰會', // summit
  '會晤', // meeting
  '訪問', // visit
  '通話', // call
  '閱兵', // parade
  '協議', // agreement
  '聲明', // statement
  '軍事', // military
  '立法', // legislation
  '就職', // inauguration
  '其他', // other
  '計畫中', // planned
  '已延後', // postponed
  '已取消', // cancelled
  '正在載入事件…', // loading
  '沒有可顯示的事件。', // empty
  '無法顯示時間軸：{error}', // failed
  '重試', // retry
  '事件時間軸', // label
  '時間軸', // timeline
  { other: '{count}個事件' }, // events
  '{label}：{events}，目前顯示{range}', // chart
  '目前顯示{range}', // showing
  '事件類型', // legend
  '{kind}，{date}：{title}', // item
  '{events}，{span}', // cluster
  '{status}：{date}', // status
  '約{date}', // approximate
  '{date}（存疑）', // uncertain
  '放大', // zoomIn
  '縮小', // zoomOut
  '顯示全部', // fit
  '關閉', // close
  '按住 {key} 並捲動以縮放', // hint
  'Ctrl', // ctrl
  '顯示更多（還有{count}個）', // more
  '全時段概覽', // overview
  '參與方', // who
  '地點', // where
  '下載圖片', // download
  '下載 SVG 圖片', // downloadSvg
  '來源：{names}', // source
  '圖表：summitline', // chartBy
];

const ar: Translation = [
  'قمة', // summit
  'اجتماع', // meeting
  'زيارة', // visit
  'اتصال هاتفي', // call
  'عرض عسكري', // parade
  'اتفاق', // agreement
  'بيان', // statement
  'نشاط عسكري', // military
  'تشريع', // legislation
  'تنصيب', // inauguration
  'أخرى', // other
  'مقرر', // planned
  'مؤجل', // postponed
  'ملغى', // cancelled
  'جارٍ تحميل الأحداث…', // loading
  'لا توجد أحداث لعرضها.', // empty
  'تعذّر عرض الخط الزمني: {error}', // failed
  'إعادة المحاولة', // retry
  'الخط الزمني للأحداث', // label
  'خط زمني', // timeline
  // A cluster's name holds the count it shows, so the one and two forms write the number too.
  {
    zero: 'لا أحداث',
    one: '{count} حدث',
    two: '{count} حدثان',
    few: '{count} أحداث',
    many: '{count} حدثًا',
    other: '{count} حدث',
  }, // events
  '{label}: {events}، الفترة المعروضة: {range}', // chart
  'الفترة المعروضة: {range}', // showing
  'أنواع الأحداث', // legend
  '{kind}، {date}: {title}', // item
  '{events}، {span}', // cluster
  '{status}: {date}', // status
  'نحو {date}', // approximate
  '{date}؟', // uncertain
  'تكبير', // zoomIn
  'تصغير', // zoomOut
  'عرض الكل', // fit
  'إغلاق', // close
  'استخدم {key} مع عجلة التمرير للتكبير', // hint
  'Ctrl', // ctrl
  'عرض المزيد (المتبقي: {count})', // more
  'نظرة عامة على الفترة كلها', // overview
  'المشاركون', // who
  'المكان', // where
  'تنزيل الصورة', // download
  'تنزيل صورة SVG', // downloadSvg
  'المصدر: {names}', // source
  'الرسم البياني: summitline', // chartBy
];

export const TRANSLATIONS: Record<string, Translation> = { fr, de, zh, 'zh-Hant': zhHant, ar };
