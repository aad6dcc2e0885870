// Bảng theo dõi cho cán bộ giám sát, đầu mối KSTTHC và lãnh đạo: đọc GET /api/giam-sat/tong-quan
// bằng phiên đăng nhập Tasklist (không đăng nhập lần nữa). Cán bộ khác nhận 403 và thông báo.
(function () {
  'use strict';
  const TASKLIST = '/camunda/app/tasklist/default/';
  const $ = (id) => document.getElementById(id);
  let charts = [];

  function shown(instant) {
    if (!instant) return '';
    const d = new Date(instant);
    const p = (n) => String(n).padStart(2, '0');
    return p(d.getDate()) + '/' + p(d.getMonth() + 1) + '/' + d.getFullYear() + ' ' + p(d.getHours()) + ':' + p(d.getMinutes());
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text == null ? '' : String(text);
    if (className) td.className = className;
    return td;
  }

  function link(td, href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    td.appendChild(a);
  }

  function period() {
    const q = new URLSearchParams();
    if ($('tu').value) q.set('tu', $('tu').value);
    if ($('den').value) q.set('den', $('den').value);
    return q.toString();
  }

  async function load() {
    $('tai-xlsx').href = '/api/giam-sat/chi-tieu.xlsx?' + period();
    const response = await fetch('/api/giam-sat/tong-quan?' + period(), { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const status = $('thong-bao');
    if (response.status === 401) {
      status.className = 'loi';
      status.textContent = 'Anh/chị chưa đăng nhập. ';
      link(status, TASKLIST + '#/login', 'Đăng nhập Tasklist');
      return;
    }
    const body = await response.json();
    if (!response.ok) {
      status.className = 'loi';
      status.textContent = body.loi || 'Không tải được số liệu.';
      $('noi-dung').hidden = true;
      return;
    }
    status.textContent = 'Số liệu từ ' + body.figures.from.split('-').reverse().join('/') + ' đến '
      + body.figures.to.split('-').reverse().join('/') + '.';
    $('noi-dung').hidden = false;
    render(body);
  }

  function render(data) {
    charts.forEach((c) => c.destroy());
    charts = [];
    indicators(data.figures);
    units(data.units, data.late);
    trend(data.figures.trends);
    soonLate(data.soonLate, data.units, data.tasklistFilters);
  }

  function indicators(figures) {
    $('nam-chi-tieu').textContent = figures.register.year + ' - ' + figures.register.name;
    const earlier = $('chi-tieu-nam-truoc');
    earlier.hidden = !figures.earlierYear;
    earlier.textContent = 'Chưa có tệp chỉ tiêu của năm ' + figures.to.substring(0, 4) + ': đang so với chỉ tiêu năm ' + figures.register.year + '.';
    const body = $('chi-tieu').tBodies[0];
    body.replaceChildren();
    figures.results.forEach((r) => {
      const row = body.insertRow();
      const name = cell(row, r.indicator.name);
      if (r.indicator.note) name.title = r.indicator.note;
      cell(row, { COMPUTED: 'Tính từ dữ liệu', IMPORTED: 'Nhập từ hệ thống khác', MANUAL: 'Nhập tay' }[r.indicator.source]);
      cell(row, r.indicator.target, 'so');
      cell(row, r.actual == null ? '' : r.actual.toFixed(1) + (r.count ? ' (' + r.count.onTime + '/' + r.count.judged + ')' : ''), 'so');
      if (r.met == null) cell(row, 'Chưa có số liệu', 'chua-co');
      else cell(row, r.met ? 'Đạt' : 'Chưa đạt', r.met ? 'dat' : 'chua-dat');
      cell(row, r.indicator.basis + (r.indicator.note ? '. Lưu ý: ' + r.indicator.note : ''));
    });
  }

  function units(rates, late) {
    const chart = new Chart($('bieu-do-don-vi'), {
      type: 'bar',
      data: {
        labels: rates.map((u) => u.name),
        datasets: [
          { label: 'Tỷ lệ đúng hạn (%)', data: rates.map((u) => u.percent),
            backgroundColor: rates.map((u) => (u.flagged ? '#c62828' : '#2e7d32')) },
          { type: 'line', label: 'Mức 95%', data: rates.map(() => 95), borderColor: '#c62828', borderDash: [6, 4], pointRadius: 0 }
        ]
      },
      options: {
        scales: { y: { min: 0, max: 100 } },
        onClick: (event, elements) => {
          if (elements.length) drill(rates[elements[0].index], late);
        }
      }
    });
    charts.push(chart);
  }

  function drill(unit, late) {
    $('chi-tiet').hidden = false;
    $('ten-don-vi').textContent = unit.name + ' (' + unit.late + ' trễ hạn / ' + unit.judged + ' bước)';
    const body = $('tre-han').tBodies[0];
    body.replaceChildren();
    late.filter((s) => s.unitId === unit.unitId).forEach((s) => {
      const row = body.insertRow();
      cell(row, s.caseNumber);
      cell(row, s.processKey);
      cell(row, s.stepName);
      cell(row, s.officerId);
      cell(row, shown(s.due));
      cell(row, shown(s.done));
      cell(row, s.workingDaysLate, 'so');
    });
    $('chi-tiet').scrollIntoView();
  }

  function trend(trends) {
    const months = trends.length ? Object.keys(trends[0].months) : [];
    const colours = ['#0b4f8a', '#e0a100', '#2e7d32', '#8e24aa'];
    charts.push(new Chart($('bieu-do-xu-huong'), {
      type: 'line',
      data: {
        labels: months.map((m) => m.substring(5) + '/' + m.substring(0, 4)),
        datasets: trends.map((t, i) => ({
          label: t.indicator.name,
          data: months.map((m) => t.months[m].actual),
          borderColor: colours[i % colours.length],
          spanGaps: true
        }))
      },
      options: { scales: { y: { min: 0, max: 100 } } }
    }));
  }

  function soonLate(rows, units, filters) {
    const names = Object.fromEntries(units.map((u) => [u.unitId, u.name]));
    const filterLine = $('loc-tasklist');
    filterLine.replaceChildren();
    ['Quá hạn toàn Sở', 'Sắp đến hạn', 'Quá hạn'].filter((n) => filters[n]).forEach((n) => {
      link(filterLine, TASKLIST + '#/?filter=' + encodeURIComponent(filters[n]), 'Mở danh sách "' + n + '" trong Tasklist');
      filterLine.appendChild(document.createTextNode(' '));
    });
    const body = $('sap-tre-han').tBodies[0];
    body.replaceChildren();
    rows.forEach((r) => {
      const row = body.insertRow();
      cell(row, r.step.caseNumber);
      cell(row, r.step.processKey + (r.indicator ? ' (tính vào chỉ tiêu)' : ''));
      cell(row, r.step.stepName);
      cell(row, names[r.step.unitId] || r.step.unitId);
      cell(row, shown(r.step.due));
      cell(row, r.overdue ? 'Đã quá hạn' : 'Sắp đến hạn', r.overdue ? 'chua-dat' : '');
      link(row.insertCell(), TASKLIST + '#/?task=' + encodeURIComponent(r.step.taskId), 'Xem công việc');
    });
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('ky').addEventListener('submit', (e) => { e.preventDefault(); load(); });
    load();
  });
})();
