/*
 * KSTTHC: Camunda Forms in Vietnamese, as far as Tasklist 7.24 allows (see docs/i18n.md).
 *
 * Tasklist 7.24 renders Camunda Forms with form-js, created as `new Form({ container })`: no
 * translation module, no way to pass one. The validation messages, the select and search
 * placeholders and the empty-list texts are English literals inside form-js. This script, loaded
 * by config.js (customScripts), does the two things that are possible from outside:
 *
 * 1. The date picker (flatpickr, shared by form-js) gets Vietnamese month and day names and weeks
 *    starting on Monday, through flatpickr's own localize().
 * 2. Date fields show and read dates as dd/mm/yyyy. form-js takes the order of day and month from
 *    `new Intl.DateTimeFormat('default')`, the browser's own display language, so a Chrome in
 *    English would show mm/dd/yyyy inside a Vietnamese Tasklist (and read 03/04 as 4 March). That
 *    one call, with the locale 'default', gets 'vi-VN'; every other use of Intl is untouched.
 * 3. The known English texts form-js writes into a form are replaced by their Vietnamese, as soon
 *    as they appear (MutationObserver), inside form-js containers only. Only the exact texts of
 *    the form-js of Camunda 7.24 are known; a text that changes in an upgrade stays English (and
 *    the browser test fails on the required-field message).
 *
 * Like the rest of Tasklist, this applies when Vietnamese is the language in use: Tasklist takes
 * the browser's first language when it is one of availableLocales ('vi', 'en'), else 'vi'.
 */

const firstLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .split('-')[0]
  .toLowerCase();
const vietnamese = firstLanguage !== 'en';

const FLATPICKR_VI = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: [
      'Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
      'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12'
    ]
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng hoặc giảm',
  toggleTitle: 'Nhấn để chuyển',
  amPM: ['SA', 'CH'],
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

/**
 * A telephone number as written in Vietnam (FormContract.PHONE on the server), the pattern of phone
 * fields: form-js's own validationType "phone" accepts only the international form (+84...).
 */
const PHONE_PATTERN = '^\\+?[0-9][0-9 .()-]{7,18}[0-9]$';
const PHONE_TEXT = 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678 hoặc +84 912 345 678).';

/** Exact texts of form-js 7.24 and their Vietnamese; functions receive the regex groups. */
const TEXTS = [
  [/^Field is required\.$/, () => 'Trường này là bắt buộc.'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => `Cần nhập ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (n) => `Chỉ được nhập tối đa ${n} ký tự.`],
  [/^Field must have minimum value of (.+)\.$/, (v) => `Giá trị nhỏ nhất là ${v}.`],
  [/^Field must have maximum value of (.+)\.$/, (v) => `Giá trị lớn nhất là ${v}.`],
  [/^Field must match pattern (.+)\.$/, (p) => (p === PHONE_PATTERN ? PHONE_TEXT : `Giá trị phải khớp mẫu ${p}.`)],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ email không hợp lệ.'],
  [
    /^Field must be a valid {1,2}international phone number\. \(e\.g\. \+4930664040900\)$/,
    () => 'Số điện thoại phải theo dạng quốc tế (ví dụ: +84912345678).'
  ],
  [/^Value is not a number\.$/, () => 'Giá trị phải là một số.'],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
  [
    /^Value is expected to have at most (\d+) decimal digits?\.$/,
    (n) => `Giá trị chỉ được có tối đa ${n} chữ số thập phân.`
  ],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (a, b) => `Hãy chọn một giá trị hợp lệ; hai giá trị hợp lệ gần nhất là ${a} và ${b}.`
  ],
  [/^Select$/, () => 'Chọn'],
  [/^Search$/, () => 'Tìm kiếm'],
  [/^No results$/, () => 'Không có kết quả'],
  [/^All values selected$/, () => 'Đã chọn tất cả giá trị'],
  [/^Nothing to show\.$/, () => 'Không có dữ liệu.'],
  // a dynamic list's button
  [/^Add new$/, () => 'Thêm dòng']
];

const FORM_ROOT = '.fjs-container';

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, vietnameseText] of TEXTS) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, vietnameseText(...match.slice(1)));
    }
  }
  return null;
}

function translateTextNode(node) {
  const translated = translate(node.data);
  if (translated !== null && translated !== node.data) {
    node.data = translated;
  }
}

function translatePlaceholder(element) {
  const placeholder = element.getAttribute('placeholder');
  const translated = placeholder && translate(placeholder);
  if (translated) {
    element.setAttribute('placeholder', translated);
  }
}

function translateTree(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
  root.querySelectorAll('[placeholder]').forEach(translatePlaceholder);
}

function insideForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element !== null && element.closest(FORM_ROOT) !== null;
}

function onMutations(mutations) {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      if (insideForm(mutation.target)) {
        translateTextNode(mutation.target);
      }
    } else if (mutation.type === 'attributes') {
      if (insideForm(mutation.target)) {
        translatePlaceholder(mutation.target);
      }
    } else {
      mutation.addedNodes.forEach((node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          if (insideForm(node)) {
            translateTextNode(node);
          }
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.matches(FORM_ROOT) || insideForm(node)) {
            translateTree(node);
          } else {
            node.querySelectorAll(FORM_ROOT).forEach(translateTree);
          }
        }
      });
    }
  }
}

/** form-js asks Intl for the 'default' locale to choose the order of day, month and year. */
function vietnameseDateOrder() {
  const Native = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    return new Native(locales === 'default' ? 'vi-VN' : locales, options);
  }
  DateTimeFormat.prototype = Native.prototype;
  DateTimeFormat.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Intl.DateTimeFormat = DateTimeFormat;
}

/** flatpickr sets window.flatpickr when its module runs, which may be before or after this script. */
function localizeDatePicker() {
  const localize = (flatpickr) => {
    if (flatpickr && typeof flatpickr.localize === 'function') {
      flatpickr.localize(FLATPICKR_VI);
    }
  };
  if (window.flatpickr) {
    localize(window.flatpickr);
    return;
  }
  let current;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value) => {
      current = value;
      localize(value);
    }
  });
}

if (vietnamese) {
  localizeDatePicker();
  vietnameseDateOrder();
  new MutationObserver(onMutations).observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['placeholder']
  });
}
