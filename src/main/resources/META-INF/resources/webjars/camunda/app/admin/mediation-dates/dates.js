// Admin custom script (scripts/config.js, customScripts): dates and times as people in Jiyuan read them,
// e.g. 2026年12月2日 12:54, instead of the English "December 2, 2026 12:54 PM". Admin ignores config.js dateFormat,
// so the formats are set on the camDateFormat provider from the custom module, whose configuration runs
// after Admin's. Moment.js formats.
const formats = {
  monthName: 'M月',
  day: 'D日',
  abbr: 'M月D日 HH:mm',
  normal: 'YYYY年M月D日 HH:mm',
  long: 'YYYY年M月D日 HH:mm:ss',
  short: 'YYYY年M月D日'
};

window.angular.module('cam.admin.custom').config(['camDateFormatProvider', function (provider) {
  Object.keys(formats).forEach(function (name) {
    provider.setDateFormat(formats[name], name);
  });
}]);

export default [];
