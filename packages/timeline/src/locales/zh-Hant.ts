// The words of <summit-timeline> and <summit-event-card> in Traditional Chinese, as
// Taiwan writes it (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`): import this module
// ('@summitline/timeline/locales/zh-Hant.js') and the elements speak it wherever
// `locale`, or the page's `lang`, asks for it. The one-file embed has every language inside.
import { addTranslation } from '../core/strings.js';

addTranslation('zh-Hant', [
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
]);
