// The words of <summit-timeline> and <summit-event-card> in Arabic: import this module
// ('@summitline/timeline/locales/ar.js') and the elements speak it wherever `locale`, or the
// page's `lang`, asks for it. The one-file embed has every language inside.
import { addTranslation } from '../core/strings.js';

addTranslation('ar', [
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
]);
