// The words of <summit-timeline> and <summit-event-card> in Simplified Chinese (`zh`,
// `zh-Hans`, `zh-CN`, `zh-SG`): import this module ('@summitline/timeline/locales/zh.js')
// and the elements speak it wherever `locale`, or the page's `lang`, asks for it. The
// one-file embed has every language inside.
import { addTranslation } from '../core/strings.js';

addTranslation('zh', [
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
]);
