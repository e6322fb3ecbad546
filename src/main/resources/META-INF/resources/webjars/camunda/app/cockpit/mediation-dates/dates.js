// Cockpit custom script (scripts/config.js, customScripts): dates and times as people in Jiyuan read them,
// e.g. 2026年12月2日 12:54, instead of 2026-12-02T12:54:24. Cockpit sets its own ISO format for "normal" and
// ignores config.js dateFormat, so the formats are set on the camDateFormat provider from the custom module,
// whose configuration runs after Cockpit's. Moment.js formats.
const formats = {
  monthName: 'M月',
  day: 'D日',
  abbr: 'M月D日 HH:mm',
  normal: 'YYYY年M月D日 HH:mm',
  long: 'YYYY年M月D日 HH:mm:ss',
  short: 'YYYY年M月D日'
};

window.angular.module('cam.cockpit.custom').config(['camDateFormatProvider', function (provider) {
  Object.keys(formats).forEach(function (name) {
    provider.setDateFormat(formats[name], name);
  });
}]);

export default [];
