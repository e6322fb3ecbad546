// Tasklist custom script (scripts/config.js, customScripts): dates and times as people in Jiyuan read them,
// e.g. 2026年12月2日 12:54. The same formats as Cockpit's and Admin's mediation-dates/dates.js; set on the
// camDateFormat provider from the custom module, whose configuration runs after Tasklist's. Moment.js formats.
const formats = {
  monthName: 'M月',
  day: 'D日',
  abbr: 'M月D日 HH:mm',
  normal: 'YYYY年M月D日 HH:mm',
  long: 'YYYY年M月D日 HH:mm:ss',
  short: 'YYYY年M月D日'
};

window.angular.module('cam.tasklist.custom').config(['camDateFormatProvider', function (provider) {
  Object.keys(formats).forEach(function (name) {
    provider.setDateFormat(formats[name], name);
  });
}]);

export default [];
