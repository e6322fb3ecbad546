/*
 * Camunda Forms (form-js) in Chinese, and the platform's form rules beside the field they concern (and the
 * footer's time zone in words: 北京时间).
 *
 * form-js 1.x, as bundled in the Camunda 7.24 webapps, has no translation hook: "Select", "Search",
 * "Field is required." and the like are literals in its code, and its date picker (flatpickr) takes the
 * global default locale. So this script
 *  - sets flatpickr's default locale to Chinese (form-js creates its pickers without a locale of their own);
 *  - rewrites form-js's English texts wherever they appear (a MutationObserver on the page; form-js leaves a
 *    text alone while its own value does not change, and a change is seen and rewritten again);
 *  - watches the answers to form submissions: a rule the platform refuses answers 400 with the Chinese
 *    message and the form field it concerns ("fieldId", see EngineApiGuard), shown under that field the way
 *    form-js shows its own checks, until the user changes the field.
 */

const FIXED = {
  'Select': '请选择',
  'Search': '搜索',
  'No results': '没有匹配的选项',
  'All values selected': '已全部选择',
  'Field is required.': '此项为必填项',
  'Field must be a valid email.': '请填写有效的电子邮件地址',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': '请填写有效的电话号码',
  'Date': '日期',
  'Time': '时间',
  'Today': '今天',
  'Clear': '清除',
  'Remove': '删除',
  'Add new': '添加',
  'Collapse': '收起',
  'Expand': '展开',
  'Show more': '显示更多',
  'Show less': '收起'
};

const PATTERNS = [
  [/^Field must have maximum value of (.+)\.$/, (n) => '不能大于 ' + n],
  [/^Field must have minimum value of (.+)\.$/, (n) => '不能小于 ' + n],
  [/^Field must have maximum length of (.+)\.$/, (n) => '最多 ' + n + ' 个字'],
  [/^Field must have minimum length of (.+)\.$/, (n) => '至少 ' + n + ' 个字'],
  [/^Field must match pattern .*\.$/s, () => '格式不正确'],
  [/^Date value must be .*$/, () => '日期不正确'],
  [/^Time value must be .*$/, () => '时间不正确'],
  // the date field's placeholder names the order it reads ("mm/dd/yyyy")
  [/^((?:mm|dd|yyyy|m|d|yy)(?:[/.-](?:mm|dd|yyyy|m|d|yy))+)$/,
    (format) => format.replace(/yyyy|yy/, '年').replace(/mm|m/, '月').replace(/dd|d/, '日')]
];

const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const ENGLISH_MONTHS_SHORT = ENGLISH_MONTHS.map((m) => m.substring(0, 3));
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ENGLISH_WEEKDAYS_SHORT = ENGLISH_WEEKDAYS.map((d) => d.substring(0, 3));

/** flatpickr's own Chinese locale ("zh"), with Monday first as on Chinese calendars. */
const FLATPICKR_ZH = {
  weekdays: {
    shorthand: WEEKDAYS,
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {shorthand: MONTHS, longhand: MONTHS},
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时时制',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

function translated(text) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  let chinese = FIXED[trimmed];
  if (chinese === undefined) {
    for (const [pattern, replace] of PATTERNS) {
      const m = trimmed.match(pattern);
      if (m) {
        chinese = replace(m[1]);
        break;
      }
    }
  }
  return chinese === undefined ? null : text.replace(trimmed, chinese);
}

/** Month and weekday names of a date picker the locale did not reach (one created before this script). */
function calendarText(text) {
  const trimmed = text.trim();
  for (const names of [ENGLISH_MONTHS, ENGLISH_MONTHS_SHORT]) {
    const i = names.indexOf(trimmed);
    if (i >= 0) {
      return text.replace(trimmed, MONTHS[i]);
    }
  }
  for (const names of [ENGLISH_WEEKDAYS, ENGLISH_WEEKDAYS_SHORT]) {
    const i = names.indexOf(trimmed);
    if (i >= 0) {
      return text.replace(trimmed, WEEKDAYS[i]);
    }
  }
  return null;
}

let localized = false;

function localizeDatePicker() {
  if (!localized && window.flatpickr && window.flatpickr.localize) {
    window.flatpickr.localize(FLATPICKR_ZH);
    localized = true;
  }
}

/**
 * The footer names the browser's time zone by its IANA id ("Asia/Shanghai"): China's zones read 北京时间, UTC
 * reads 协调世界时.
 */
const TIME_ZONES = {
  'Asia/Shanghai': '北京时间', 'Asia/Chongqing': '北京时间', 'Asia/Harbin': '北京时间', 'Asia/Urumqi': '北京时间',
  'PRC': '北京时间', 'UTC': '协调世界时', 'Etc/UTC': '协调世界时', 'GMT': '协调世界时', 'Etc/GMT': '协调世界时'
};

function rewriteText(node) {
  const parent = node.parentElement;
  if (parent && parent.closest('#footer-timezone') && TIME_ZONES[node.data.trim()]) {
    node.data = TIME_ZONES[node.data.trim()];
    return;
  }
  if (!parent || !parent.closest('.fjs-container, .flatpickr-calendar')) {
    return;
  }
  const chinese = parent.closest('.flatpickr-calendar') ? calendarText(node.data) : translated(node.data);
  if (chinese !== null && chinese !== node.data) {
    node.data = chinese;
  }
}

function rewriteAttributes(element) {
  if (!element.closest || !element.closest('.fjs-container')) {
    return;
  }
  for (const name of ['placeholder', 'title', 'aria-label']) {
    const value = element.getAttribute(name);
    const chinese = value && translated(value);
    if (chinese) {
      element.setAttribute(name, chinese);
    }
  }
}

function rewrite(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    rewriteText(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  rewriteAttributes(root);
  root.querySelectorAll('[placeholder], [title], [aria-label]').forEach(rewriteAttributes);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    rewriteText(node);
  }
}

// ------------------------------------------------------------------ the platform's rules beside their field

const SERVER_ERROR = 'zh-forms-server-error';

function clearServerErrors() {
  document.querySelectorAll('.' + SERVER_ERROR).forEach((e) => {
    const field = e.closest('.fjs-form-field');
    e.remove();
    if (field && !field.querySelector('.fjs-form-field-error')) {
      field.classList.remove('fjs-has-errors');
    }
  });
}

/**
 * The displayed form-js field of this component id: form-js names a field's input "fjs-form-<form>-<id>"
 * ("…-<id>-date" and "…-<id>-time" for a date and time field).
 */
function fieldOf(fieldId) {
  const quoted = fieldId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = new RegExp('^fjs-form-[^-]+-' + quoted + '(-date|-time)?$');
  for (const element of document.querySelectorAll('.fjs-form [id^="fjs-form-"]')) {
    const field = named.test(element.id) && element.closest('.fjs-form-field');
    if (field && field.offsetParent !== null) {
      return field;
    }
  }
  return null;
}

function showBesideField(fieldId, message) {
  const field = fieldOf(fieldId);
  if (!field) {
    return false;
  }
  const error = document.createElement('div');
  error.className = 'fjs-form-field-error ' + SERVER_ERROR;
  error.setAttribute('aria-live', 'polite');
  const list = document.createElement('ul');
  const item = document.createElement('li');
  item.textContent = message;
  list.appendChild(item);
  error.appendChild(list);
  field.appendChild(error);
  field.classList.add('fjs-has-errors');
  const forget = () => {
    error.remove();
    if (!field.querySelector('.fjs-form-field-error')) {
      field.classList.remove('fjs-has-errors');
    }
  };
  field.addEventListener('input', forget, {once: true});
  field.addEventListener('change', forget, {once: true});
  field.scrollIntoView({block: 'center'});
  return true;
}

const SUBMISSION = /\/(task|process-definition)\/[^?]*\/submit-form(\?|$)/;

function watchSubmissions() {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.zhFormsSubmission = String(method).toUpperCase() === 'POST' && SUBMISSION.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.zhFormsSubmission) {
      clearServerErrors();
      this.addEventListener('load', () => {
        if (this.status !== 400) {
          return;
        }
        try {
          const problem = JSON.parse(this.responseText);
          if (problem && problem.fieldId && problem.message) {
            showBesideField(problem.fieldId, problem.message);
          }
        } catch (e) {
          // not the platform's answer: Tasklist shows it as it is
        }
      });
    }
    return send.apply(this, arguments);
  };
}

// ------------------------------------------------------------------ the date picker in view

/** The nearest ancestor that scrolls (the task form's pane). */
function scroller(element) {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) {
      return e;
    }
  }
  return null;
}

/**
 * form-js opens the calendar under its field, inside the form: for a field low in the pane (履行期限 at 1366×768)
 * its last weeks fell under the page footer. The pane is scrolled until the open calendar is whole.
 */
function revealOpenCalendar() {
  document.querySelectorAll('.flatpickr-calendar.open').forEach((calendar) => {
    const footer = document.querySelector('footer');
    const limit = Math.min(window.innerHeight, footer ? footer.getBoundingClientRect().top : window.innerHeight);
    const overflow = calendar.getBoundingClientRect().bottom - limit;
    const pane = overflow > 0 && scroller(calendar);
    if (pane) {
      pane.scrollTop += overflow + 12;
    }
  });
}

function start() {
  watchSubmissions();
  for (const type of ['click', 'focusin', 'keyup']) {
    document.addEventListener(type, () => setTimeout(revealOpenCalendar, 50), true);
  }
  localizeDatePicker();
  new MutationObserver((mutations) => {
    localizeDatePicker();
    for (const m of mutations) {
      if (m.type === 'characterData') {
        rewriteText(m.target);
      } else if (m.type === 'attributes') {
        rewriteAttributes(m.target);
      } else {
        m.addedNodes.forEach(rewrite);
      }
    }
  }).observe(document.body, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['placeholder', 'title', 'aria-label']
  });
  rewrite(document.body);
}

// no default export: Tasklist would take it for a plugin
start();
