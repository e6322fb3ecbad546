// 矛调态势: the supervisors' dashboard inside Cockpit (server side: cn.jiyuan.mediation.dashboard.DashboardPlugin).
// Three plugin definitions: the page at #/mediation-dashboard (cockpit.route), its entry in Cockpit's header
// (cockpit.navigation) and a link on Cockpit's start page (cockpit.dashboard). The page reads
// {cockpitApi}/plugin/mediation-dashboard/{engine}/towns and …/overview?from=&to=&townCode= (the statistics of the
// logged-in user's cases, see cn.jiyuan.mediation.statistics.Overview) and draws them with Apache ECharts, served
// from its WebJar (/webjars/echarts/5.3.1/dist/echarts.min.js). The filters refresh the charts without reloading.

const PATH = '/mediation-dashboard';
const PLUGIN = 'mediation-dashboard';
const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';
const TITLE = '矛调态势';

let echartsLoading = null;

/** The application's context path ('' at the root), from the Cockpit API's path (…/camunda/api/cockpit). */
function contextPath(api) {
  return (api.cockpitApi || '/camunda/api/cockpit').replace(/\/[^/]+\/api\/cockpit\/?$/, '');
}

/**
 * Loads ECharts once, as a global: Cockpit's RequireJS (kept for legacy plugins) would take the UMD bundle's
 * anonymous define() for itself, so define is hidden while the script runs.
 */
function loadEcharts(api) {
  if (window.echarts) {
    return Promise.resolve(window.echarts);
  }
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const define = window.define;
      window.define = undefined;
      const script = document.createElement('script');
      script.src = contextPath(api) + ECHARTS;
      script.onload = () => {
        window.define = define;
        resolve(window.echarts);
      };
      script.onerror = () => {
        window.define = define;
        echartsLoading = null;
        reject(new Error('图表组件加载失败'));
      };
      document.head.appendChild(script);
    });
  }
  return echartsLoading;
}

function escape(text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  })[c]);
}

function percent(rate) {
  return rate == null ? '暂无' : (rate * 100).toFixed(1) + '%';
}

function chineseDate(iso) {
  if (!iso) {
    return '';
  }
  const [y, m, d] = iso.split('-').map(Number);
  return y + '年' + m + '月' + d + '日';
}

function isoDate(date) {
  const pad = n => String(n).padStart(2, '0');
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
}

/** Today in Jiyuan (Asia/Shanghai), whatever the browser's zone. */
function todayInJiyuan() {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit'
  }).formatToParts(new Date());
  const part = type => Number(parts.find(p => p.type === type).value);
  return new Date(part('year'), part('month') - 1, part('day'));
}

const PAGE = `
<div class="md-page">
  <div class="md-head">
    <h2>${TITLE}</h2>
    <form class="md-filters" autocomplete="off">
      <label>登记日期自 <input type="date" name="from" required></label>
      <label>至 <input type="date" name="to" required></label>
      <label>乡镇（街道） <select name="townCode"></select></label>
      <button type="submit" class="btn btn-primary btn-sm">查询</button>
    </form>
    <span class="md-status" role="status"></span>
  </div>
  <div class="md-period"></div>
  <div class="md-cards"></div>
  <div class="md-grid">
    <div class="md-panel md-wide"><h3>各月登记案件（按纠纷类型）</h3><div class="md-chart" data-chart="months"></div></div>
    <div class="md-panel"><h3>各乡镇（街道）案件数</h3><div class="md-chart" data-chart="towns"></div></div>
    <div class="md-panel"><h3>调解成功率、按期办结率与排查覆盖率</h3><div class="md-chart" data-chart="rates"></div></div>
    <div class="md-panel"><h3>在办案件风险等级</h3><div class="md-chart md-low" data-chart="risks"></div></div>
    <div class="md-panel"><h3>办结结果</h3><div class="md-chart md-low" data-chart="outcomes"></div></div>
    <div class="md-panel"><h3>受理渠道</h3><div class="md-chart md-low" data-chart="channels"></div></div>
    <div class="md-panel"><h3>三调联动移送（按类别和结果）</h3><div class="md-chart md-low" data-chart="referrals"></div></div>
    <div class="md-panel"><h3>调解组织类型（含派驻调解工作室）</h3><div class="md-chart md-low" data-chart="committeeTypes"></div></div>
    <div class="md-panel"><h3>矛盾纠纷排查</h3><div class="md-chart md-low" data-chart="screening"></div>
      <div class="md-screening"></div></div>
    <div class="md-panel md-wide"><h3>态势预警（纠纷高发、重复信访、人员负荷）</h3><div class="md-alerts"></div></div>
    <div class="md-panel md-wide"><h3>在办高风险、重大风险案件</h3><div class="md-high-risk"></div></div>
  </div>
</div>`;

/** The page: filters, key figures, charts and the high-risk cases; state kept per rendering. */
function renderPage(node, api) {
  node.innerHTML = PAGE;
  const root = node.querySelector('.md-page');
  const form = root.querySelector('.md-filters');
  const status = root.querySelector('.md-status');
  const base = api.cockpitApi + '/plugin/' + PLUGIN + '/' + (api.engine || 'default');
  const charts = {};
  let echarts = null;
  let request = 0;
  let disposed = false;

  const today = todayInJiyuan();
  form.from.value = isoDate(new Date(today.getFullYear(), 0, 1));
  form.to.value = isoDate(today);

  const onResize = () => Object.values(charts).forEach(c => c.resize());
  window.addEventListener('resize', onResize);

  function get(path) {
    return fetch(base + path, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => {
        if (response.ok) {
          return response.json();
        }
        return response.text().then(text => {
          let message = text;
          try {
            const body = JSON.parse(text);
            message = (body.errors || []).map(e => e.message).join('；') || body.message || text;
          } catch (notJson) {
            // a plain-text answer (401 请先登录, 403) is the message itself
          }
          if (response.status === 401) {
            message = '请先登录';
          }
          throw new Error(message || '查询失败（' + response.status + '）');
        });
      });
  }

  // drawn at once: a supervisor reads figures, a chart still growing would show the wrong one for a moment
  function chart(name, height) {
    const element = root.querySelector('[data-chart="' + name + '"]');
    if (height && element.style.height !== height + 'px') {
      element.style.height = height + 'px';
      if (charts[name]) {
        charts[name].resize();
      }
    }
    if (!charts[name]) {
      charts[name] = echarts.init(element);
    }
    return charts[name];
  }

  function showTowns(towns) {
    const select = form.townCode;
    const options = towns.towns.map(t => `<option value="${escape(t.code)}">${escape(t.name)}</option>`);
    if (towns.wholeCity || towns.towns.length !== 1) {
      options.unshift(`<option value="">${towns.wholeCity ? '全市' : '全部'}</option>`);
    }
    select.innerHTML = options.join('');
    select.disabled = options.length === 1;
  }

  function showPeriod(o) {
    const period = root.querySelector('.md-period');
    const periods = o.currentSensitivePeriods || [];
    period.classList.toggle('md-sensitive', periods.length > 0);
    period.textContent = periods.length
      ? '当前处于敏感时期：' + periods.map(p => p.name + '（' + chineseDate(p.start) + '至' + chineseDate(p.end) + '）')
        .join('、') + '，请加强排查和稳控。'
      : '今天（' + chineseDate(o.asOf) + '）不在敏感时期。';
  }

  function showCards(o) {
    const cards = [
      ['registered', '登记案件', o.registered + '件', ''],
      ['concluded', '已办结', o.concluded + '件', ''],
      ['agreements', '调解成功', o.agreements + '件', 'md-good'],
      ['successRate', '调解成功率', percent(o.successRate), 'md-good'],
      ['onTimeRate', '按期办结率', percent(o.onTimeRate), 'md-good'],
      ['averageDaysToConclude', '平均办结天数',
        o.averageDaysToConclude == null ? '暂无' : o.averageDaysToConclude + '天', ''],
      ['open', '在办案件', o.open + '件', ''],
      ['overdue', '超期未结', o.overdue + '件', o.overdue > 0 ? 'md-warn' : ''],
      ['earlyWarnings', '风险预警', o.earlyWarnings.total + '条', o.earlyWarnings.total > 0 ? 'md-warn' : ''],
      ['rebounds', '回访反弹', o.rebounds.cases + '件', o.rebounds.cases > 0 ? 'md-warn' : '']
    ];
    root.querySelector('.md-cards').innerHTML = cards.map(([key, label, value, tone]) =>
      `<div class="md-card ${tone}" data-figure="${key}"><div class="md-label">${label}</div>`
      + `<div class="md-value">${escape(value)}</div></div>`).join('');
  }

  const tooltip = {trigger: 'axis', axisPointer: {type: 'shadow'}};

  function drawMonths(o) {
    const used = o.byCategory.filter(c => c.count > 0);
    const categories = used.length ? used : o.byCategory.slice(0, 1);
    chart('months').setOption({
      animation: false,
      tooltip,
      legend: {type: 'scroll', top: 0},
      grid: {left: 40, right: 16, top: 36, bottom: 28},
      xAxis: {type: 'category', data: o.byMonth.map(m => m.label)},
      yAxis: {type: 'value', minInterval: 1, name: '件'},
      series: categories.map(c => ({
        name: c.label, type: 'bar', stack: '案件', barMaxWidth: 36, emphasis: {focus: 'series'},
        data: o.byMonth.map(m => (m.byCategory.find(x => x.code === c.code) || {count: 0}).count)
      }))
    }, true);
  }

  function drawTowns(o) {
    const towns = o.byTown.slice().sort((a, b) => a.count - b.count);
    // a bar of 20 pixels per town (the city's sixteen towns all named)
    chart('towns', Math.max(300, towns.length * 20 + 40)).setOption({
      animation: false,
      tooltip,
      grid: {left: 8, right: 36, top: 8, bottom: 8, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: towns.map(t => t.label), axisLabel: {interval: 0, fontSize: 11}},
      series: [{name: '案件数', type: 'bar', data: towns.map(t => t.count), barMaxWidth: 18,
        itemStyle: {color: '#3c85b4'}, label: {show: true, position: 'right'}}]
    }, true);
  }

  function gauge(name, rate, center, color) {
    return {
      name, type: 'gauge', center: [center, '56%'], radius: '56%', min: 0, max: 100, splitNumber: 5,
      progress: {show: true, width: 12, itemStyle: {color}}, axisLine: {lineStyle: {width: 12}},
      axisTick: {show: false}, splitLine: {length: 8, lineStyle: {width: 1}}, axisLabel: {distance: 16, fontSize: 10},
      pointer: {show: false}, anchor: {show: false}, title: {offsetCenter: [0, '72%'], fontSize: 13},
      detail: {offsetCenter: [0, '5%'], fontSize: 20, fontWeight: 600,
        formatter: () => percent(rate)},
      data: [{name, value: rate == null ? 0 : Math.round(rate * 1000) / 10}]
    };
  }

  function drawRates(o) {
    chart('rates').setOption({
      animation: false,
      series: [gauge('调解成功率', o.successRate, '17%', '#4b9b4e'),
        gauge('按期办结率', o.onTimeRate, '50%', '#3c85b4'),
        gauge('排查覆盖率', o.screening.coverageRate, '83%', '#8e6bbf')]
    }, true);
  }

  /** A ring of the figures; a slice of 0 has no label, and a ring of nothing says 暂无 (no equal slices). */
  function pie(name, figures, colors) {
    const none = figures.every(f => f.count === 0);
    return {
      animation: false,
      tooltip: {trigger: 'item', formatter: '{b}：{c}件（{d}%）'},
      legend: {orient: 'vertical', left: 0, top: 'middle'},
      color: colors,
      title: none ? {text: '暂无', left: '62%', top: 'center', textAlign: 'center',
        textStyle: {color: '#999', fontSize: 16, fontWeight: 'normal'}} : {show: false},
      series: [{name, type: 'pie', radius: ['40%', '70%'], center: ['62%', '50%'], stillShowZeroSum: false,
        label: {formatter: '{b}\n{c}件'},
        data: figures.map(f => f.count > 0 ? {name: f.label, value: f.count}
          : {name: f.label, value: 0, label: {show: false}, labelLine: {show: false}})}]
    };
  }

  function drawBreakdowns(o) {
    chart('risks').setOption(pie('在办案件', o.openByRiskLevel, ['#5cb85c', '#f0ad4e', '#ec971f', '#c9302c']), true);
    chart('outcomes').setOption(pie('办结案件', o.byOutcome, ['#4b9b4e', '#d9534f', '#999999', '#8e6bbf', '#5b9bd5']),
      true);
    // the answers' short names in the legend (已受理，由接收单位依法处理 → 已受理)
    const answers = o.byReferral.length ? o.byReferral[0].byOutcome.map(f => f.label.split('，')[0]) : [];
    chart('referrals').setOption({
      animation: false,
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: {fontSize: 11}},
      grid: {left: 8, right: 20, top: 8, bottom: 40, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: o.byReferral.map(k => k.label), inverse: true},
      series: answers.map((answer, i) => ({name: answer, type: 'bar', stack: 'referrals', barMaxWidth: 16,
        itemStyle: {color: ['#4b9b4e', '#2e7d32', '#ec971f', '#d9534f', '#999999'][i % 5]},
        data: o.byReferral.map(k => k.byOutcome[i].count)}))
    }, true);
    chart('committeeTypes').setOption({
      animation: false,
      tooltip,
      grid: {left: 8, right: 30, top: 8, bottom: 8, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: o.byCommitteeType.map(c => c.label), inverse: true,
        axisLabel: {interval: 0, fontSize: 11}},
      series: [{name: '案件数', type: 'bar', data: o.byCommitteeType.map(c => c.count), barMaxWidth: 16,
        itemStyle: {color: '#8e6bbf'}, label: {show: true, position: 'right'}}]
    }, true);
    chart('channels').setOption({
      animation: false,
      tooltip,
      grid: {left: 8, right: 30, top: 8, bottom: 8, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: o.byChannel.map(c => c.label), inverse: true,
        axisLabel: {interval: 0, fontSize: 11}},
      series: [{name: '案件数', type: 'bar', data: o.byChannel.map(c => c.count), barMaxWidth: 16,
        itemStyle: {color: '#5b9bd5'}, label: {show: true, position: 'right'}}]
    }, true);
  }

  function drawScreening(o) {
    const s = o.screening;
    chart('screening').setOption({
      animation: false,
      tooltip,
      grid: {left: 8, right: 30, top: 8, bottom: 8, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', inverse: true, data: ['应报', '已报', '零报告', '逾期未报', '排查发现纠纷']},
      series: [{name: '排查', type: 'bar', barMaxWidth: 16, label: {show: true, position: 'right'},
        data: [s.expected, s.reported, s.zeroReports, s.overdue, s.disputesFound].map((value, i) =>
          ({value, itemStyle: {color: ['#999999', '#4b9b4e', '#5b9bd5', '#d9534f', '#ec971f'][i]}}))}]
    }, true);
    root.querySelector('.md-screening').innerHTML =
      `<div>排查轮次<b>${s.rounds}</b></div><div>覆盖率<b>${percent(s.coverageRate)}</b></div>`
      + `<div>逾期未报<b>${s.overdue}</b></div>`;
  }

  function showHighRisk(o) {
    const box = root.querySelector('.md-high-risk');
    const cases = o.openHighRiskCases;
    if (!cases.length) {
      box.innerHTML = '<div class="md-empty">所选期间没有在办的高风险或重大风险案件。</div>';
      return;
    }
    box.innerHTML = '<table class="md-table"><thead><tr><th>案件编号</th><th>风险等级</th><th>乡镇（街道）</th>'
      + '<th>调解组织</th><th>办理期限</th><th>流程</th></tr></thead><tbody>'
      + cases.map(c => `<tr data-case="${escape(c.caseNumber)}"><td>${escape(c.caseNumber)}</td>`
        + `<td><span class="md-risk-${escape(c.riskLevel)}">${escape(c.riskLevelLabel)}</span></td>`
        + `<td>${escape(c.townName)}</td><td class="md-committee">${escape(c.committeeName)}</td>`
        + `<td${c.overdue ? ' class="md-overdue"' : ''}>${chineseDate(c.deadline)}${c.overdue ? '（已超期）' : ''}</td>`
        + `<td>${c.processInstanceId ? `<a href="#/process-instance/${encodeURIComponent(c.processInstanceId)}`
          + '/runtime">查看流程</a>' : '无流程'}</td></tr>`).join('')
      + '</tbody></table>';
  }

  function chineseTime(iso) {
    if (!iso) {
      return '';
    }
    const parts = new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric',
      day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false}).formatToParts(new Date(iso));
    const part = type => (parts.find(p => p.type === type) || {value: ''}).value;
    return part('year') + '年' + part('month') + '月' + part('day') + '日 ' + part('hour') + ':' + part('minute');
  }

  /** The platform's own alerts (awareness): what it noticed without anyone asking, and what to do about it. */
  function showAlerts(list) {
    const box = root.querySelector('.md-alerts');
    if (!list.length) {
      box.innerHTML = '<div class="md-empty">目前没有纠纷高发、重复信访或人员负荷方面的预警。</div>';
      return;
    }
    box.innerHTML = '<table class="md-table"><thead><tr><th>类型</th><th>预警</th><th>情况</th><th>建议措施</th>'
      + '<th>发现时间</th></tr></thead><tbody>'
      + list.map(a => `<tr data-alert="${escape(a.id)}"><td>${escape(a.kindName)}</td><td>${escape(a.title)}</td>`
        + `<td>${escape(a.description)}</td><td>${escape(a.recommendedAction)}</td>`
        + `<td>${chineseTime(a.detectedAt)}</td></tr>`).join('')
      + '</tbody></table>';
  }

  function refresh() {
    const mine = ++request;
    const query = new URLSearchParams({from: form.from.value, to: form.to.value, townCode: form.townCode.value});
    status.className = 'md-status';
    status.textContent = '正在统计……';
    const town = new URLSearchParams({townCode: form.townCode.value});
    return Promise.all([get('/overview?' + query), get('/alerts?' + town)]).then(([o, alerts]) => {
      if (disposed || mine !== request) {
        return;
      }
      showAlerts(alerts);
      showPeriod(o);
      showCards(o);
      drawMonths(o);
      drawTowns(o);
      drawRates(o);
      drawBreakdowns(o);
      drawScreening(o);
      showHighRisk(o);
      status.textContent = (o.townName || form.townCode.selectedOptions[0].text) + '，'
        + chineseDate(o.from) + '至' + chineseDate(o.to) + '，截至' + chineseDate(o.asOf);
      root.dataset.loaded = String(mine);
    });
  }

  function fail(error) {
    if (!disposed) {
      status.className = 'md-status md-error';
      status.textContent = error.message;
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    refresh().catch(fail);
  });
  form.addEventListener('change', () => {
    if (form.checkValidity()) {
      refresh().catch(fail);
    }
  });

  status.textContent = '正在加载……';
  Promise.all([loadEcharts(api), get('/towns')]).then(([loaded, towns]) => {
    if (disposed) {
      return null;
    }
    echarts = loaded;
    showTowns(towns);
    return refresh();
  }).catch(fail);

  return () => {
    disposed = true;
    window.removeEventListener('resize', onResize);
    Object.values(charts).forEach(c => c.dispose());
  };
}

let disposePage = null;

export default [
  {
    id: 'mediation-dashboard-page',
    pluginPoint: 'cockpit.route',
    properties: {path: PATH},
    render: (node, {api}) => {
      document.title = TITLE;
      disposePage = renderPage(node, api);
    },
    unmount: () => {
      if (disposePage) {
        disposePage();
        disposePage = null;
      }
    }
  },
  {
    id: 'mediation-dashboard-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 110,
    properties: {
      pagePath: '#' + PATH,
      label: TITLE,
      checkActive: path => path.indexOf('#' + PATH) > -1
    },
    render: node => {
      node.innerHTML = `<a href="#${PATH}">${TITLE}</a>`;
    }
  },
  {
    id: 'mediation-dashboard-entry',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: node => {
      node.innerHTML = `<section class="md-entry"><a href="#${PATH}">${TITLE}</a>`
        + '<p>矛盾纠纷按类型、乡镇（街道）和月份的分布，调解成功率、按期办结率，在办高风险案件，排查覆盖和敏感时期。</p>'
        + '</section>';
    }
  }
];
