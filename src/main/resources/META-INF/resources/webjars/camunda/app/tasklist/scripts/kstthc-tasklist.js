/*
 * KSTTHC: the task list as officers work it (see docs/i18n.md, "Tasklist filters").
 *
 * 1. The list's sort header tells the truth. Tasklist sorts by what the URL's `sorting` says and,
 *    without one, by creation date (newest first), and shows that in its sort header; our filters
 *    order by due date first, so the header said "Ngày tạo" over a list in due-date order. An
 *    AngularJS module of ours, added when Tasklist starts, puts "due date, soonest first" in the URL
 *    whenever it has no sorting: the header says "Hạn xử lý" and the list is in that order. An
 *    officer who picks another order keeps it (it is in the URL).
 * 2. "Hồ sơ tôi đã khởi tạo" in the header: the cases the officer started and where each stands,
 *    from /api/ho-so-da-khoi-tao (read with the Tasklist session; only the officer's own cases).
 * 3. A form with a dynamic list can be completed. form-js keeps, for a field inside a list row, an
 *    empty entry in its errors once the field was validated (it clears errors[field][row], not
 *    errors[field]), and Tasklist 7.24 keeps "Hoàn thành" disabled while its errors object has any
 *    key. Tasklist is told the form is invalid only while form-js shows an error on the page; the
 *    completion still validates the whole form (form-js) and the server checks every field.
 * 4. A form's link to a page of the application (/api/..., e.g. a petition's sender) opens in a new
 *    tab, so the form and what the officer typed stay open.
 */
const angular = window.angular;
const BY_DUE_DATE = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

angular.module('kstthc.tasklist', []).run(['$rootScope', '$location', ($rootScope, $location) => {
  const byDueDate = () => {
    if (!$location.search().sorting) {
      $location.search('sorting', BY_DUE_DATE).replace();
    }
  };
  byDueDate();
  $rootScope.$on('$locationChangeSuccess', byDueDate);
}]);

angular.module('kstthc.tasklist').config(['$provide', ($provide) => {
  $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', ($delegate) => {
    const directive = $delegate[0];
    const link = directive.link;
    directive.compile = () => function (scope, element, attrs, form) {
      // Tasklist keeps one form controller while the officer moves between tasks: wrap it once, and
      // judge by the form drawn now; with no Camunda Form on the page (another task's embedded,
      // generic or external form), Tasklist's own judgement stands.
      if (!form.kstthcNotify) {
        const notify = form.notifyFormValidated;
        form.kstthcNotify = notify;
        const judge = (invalid) => {
          const root = form.kstthcForm;
          if (!invalid || !root || !root.isConnected || root.querySelector('.fjs-container') === null) {
            return invalid;
          }
          return root.querySelector('.fjs-has-errors, .fjs-form-field-error') !== null;
        };
        form.notifyFormValidated = function (invalid) {
          notify.call(form, judge(invalid));
          // form-js draws after it reports: look again once the page shows the new state
          setTimeout(() => notify.call(form, judge(invalid)), 100);
        };
      }
      form.kstthcForm = element[0];
      scope.$on('$destroy', () => {
        if (form.kstthcForm === element[0]) {
          form.kstthcForm = null;
        }
      });
      return link.apply(this, arguments);
    };
    return $delegate;
  }]);
}]);

const bootstrap = angular.bootstrap;
angular.bootstrap = function (element, modules, options) {
  angular.bootstrap = bootstrap;
  return bootstrap.call(this, element, (modules || []).concat('kstthc.tasklist'), options);
};

const STARTED_CASES_URL = '/api/ho-so-da-khoi-tao';

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

/** dd/MM/yyyy HH:mm in the computer's time zone, as the rest of Tasklist. */
function dateTime(value) {
  if (!value) {
    return '';
  }
  const d = new Date(value);
  const two = n => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function stepText(step) {
  const who = step.nguoiXuLy ? step.nguoiXuLy : (step.donVi.length ? step.donVi.join(', ') + ' (chưa có người nhận)' : '');
  return [step.congViec, who, step.han ? 'hạn ' + dateTime(step.han) : ''].filter(Boolean).join(' — ');
}

function table(cases) {
  if (!cases.length) {
    return element('p', 'kstthc-empty', 'Anh/chị chưa khởi tạo hồ sơ nào.');
  }
  const result = element('table', 'table table-condensed kstthc-started-cases-table');
  const head = element('tr');
  ['Mã hồ sơ', 'Tiêu đề', 'Thủ tục', 'Khởi tạo lúc', 'Trạng thái', 'Đang ở bước'].forEach(label => head.appendChild(element('th', null, label)));
  result.appendChild(element('thead')).appendChild(head);
  const body = result.appendChild(element('tbody'));
  cases.forEach(c => {
    const row = body.appendChild(element('tr'));
    row.appendChild(element('td', 'kstthc-case-number', c.maSoHoSo));
    row.appendChild(element('td', null, c.tieuDe));
    row.appendChild(element('td', null, c.thuTuc));
    row.appendChild(element('td', null, dateTime(c.khoiTao)));
    row.appendChild(element('td', null, c.ketThuc ? c.trangThai + ' (' + dateTime(c.ketThuc) + ')' : c.trangThai));
    const steps = row.appendChild(element('td'));
    c.dangXuLy.forEach(step => steps.appendChild(element('div', null, stepText(step))));
  });
  return result;
}

function openStartedCases() {
  document.querySelectorAll('.kstthc-started-cases').forEach(old => old.remove());
  const panel = element('div', 'kstthc-started-cases');
  panel.setAttribute('role', 'dialog');
  const box = panel.appendChild(element('div', 'kstthc-started-cases-box'));
  box.appendChild(element('h3', null, 'Hồ sơ tôi đã khởi tạo'));
  const close = box.appendChild(element('button', 'btn btn-default kstthc-close', 'Đóng'));
  close.type = 'button';
  close.addEventListener('click', () => panel.remove());
  const content = box.appendChild(element('div', null, 'Đang tải…'));
  document.body.appendChild(panel);
  fetch(STARTED_CASES_URL, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => (response.ok ? response.json() : Promise.reject(response.status)))
    .then(cases => content.replaceChildren(table(cases)))
    .catch(() => content.replaceChildren(element('p', 'text-danger', 'Không tải được danh sách hồ sơ; vui lòng tải lại trang.')));
}

/** The header link, next to "Khởi tạo hồ sơ", added whenever Tasklist renders its header. */
function addHeaderLink() {
  const start = document.querySelector('.start-process-action');
  if (!start || document.querySelector('.kstthc-started-cases-action')) {
    return;
  }
  const item = element('li', 'kstthc-started-cases-action');
  const link = item.appendChild(element('a', null, 'Hồ sơ tôi đã khởi tạo'));
  link.href = '';
  link.addEventListener('click', event => {
    event.preventDefault();
    openStartedCases();
  });
  start.parentNode.insertBefore(item, start);
}

new MutationObserver(addHeaderLink).observe(document.documentElement, { childList: true, subtree: true });

// A link of a Camunda Form to a page of ours (/api/..., e.g. a petition's sender) opens in a new
// tab: followed in Tasklist's own tab, it would leave the form and what the officer typed in it.
document.addEventListener('click', event => {
  const link = event.target.closest && event.target.closest('.fjs-container a[href^="/api/"]');
  if (link) {
    event.preventDefault();
    window.open(link.href, '_blank', 'noopener');
  }
});

export default [];
