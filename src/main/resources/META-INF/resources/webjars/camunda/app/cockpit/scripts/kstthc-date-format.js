// KSTTHC: makes the dateFormat of config.js count in Cockpit 7.24.
//
// Cockpit 7.24 sets its own date formats while it starts (camunda-cockpit-bootstrap.js: 'normal' =
// 'YYYY-MM-DD[T]HH:mm:ss', the ISO start times of the process instance list) and never reads the
// dateFormat of config.js. This script, loaded by config.js's customScripts before Cockpit starts,
// adds an AngularJS module of its own to the modules Cockpit starts with, after Cockpit's: its
// configuration runs last and sets every format of config.js. docs/i18n.md, "Dates and time zone".
import config from './config.js';

const angular = window.angular;
const formats = config.dateFormat || {};

angular.module('kstthc.dateFormat', []).config(['camDateFormatProvider', provider => {
  Object.keys(formats).forEach(key => provider.setDateFormat(formats[key], key));
}]);

const bootstrap = angular.bootstrap;
angular.bootstrap = function (element, modules, options) {
  angular.bootstrap = bootstrap;
  return bootstrap.call(this, element, (modules || []).concat('kstthc.dateFormat'), options);
};

export default [];
