// 规则管理: the rules supervisors change, inside Cockpit (server side: cn.jiyuan.mediation.rules.RulesPlugin).
// The page at #/mediation-rules (cockpit.route) and its entry in Cockpit's header (cockpit.navigation). It lists every
// rule set with its versions (who, when, why; downloads), and for the grassroots section and administrators: a new
// version tested or tested and deployed, and a rollback. Files are read in the browser and sent as base64 in JSON to
// {cockpitApi}/plugin/mediation-rules/{engine}/rule-sets/…, with the webapps' CSRF token.

const PATH = '/mediation-rules';
const PLUGIN = 'mediation-rules';
const TITLE = '规则管理';

function escape(text) {
  return String(text == null ? '' : text).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  })[c]);
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** The chosen file as base64, or null when none is chosen. */
function readFile(input) {
  const file = input.files && input.files[0];
  if (!file) {
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({name: file.name, content: String(reader.result).replace(/^data:[^,]*,/, '')});
    reader.onerror = () => reject(new Error('无法读取文件“' + file.name + '”'));
    reader.readAsDataURL(file);
  });
}

const PAGE = `
<div class="mr-page">
  <div class="mr-head">
    <h2>${TITLE}</h2>
    <span class="mr-status" role="status"></span>
  </div>
  <p class="mr-intro">风险研判和分类分流规则由市局基层科维护。新版本先用项目样例和您上传的样例测试，全部符合期望、每条规则都有样例命中后才部署，
  部署后新受理的案件立即按新版本办理；回退会把上一版本重新部署为最新版本。</p>
  <div class="mr-sets"></div>
</div>`;

function renderPage(node, api) {
  node.innerHTML = PAGE;
  const root = node.querySelector('.mr-page');
  const status = root.querySelector('.mr-status');
  const base = api.cockpitApi + '/plugin/' + PLUGIN + '/' + (api.engine || 'default');
  let disposed = false;

  function call(method, path, body) {
    const headers = {Accept: 'application/json'};
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['X-XSRF-TOKEN'] = csrfToken();
    }
    return fetch(base + path, {method, credentials: 'same-origin', headers,
      body: body === undefined ? undefined : JSON.stringify(body)})
      .then(response => response.text().then(text => {
        let answer = null;
        try {
          answer = text ? JSON.parse(text) : {};
        } catch (notJson) {
          answer = {message: response.status === 401 ? '请先登录' : text};
        }
        if (!response.ok) {
          const error = new Error(answer.message || '操作失败（' + response.status + '）');
          error.answer = answer;
          throw error;
        }
        return answer;
      }));
  }

  function versionRows(set) {
    return set.versions.map(v => `
      <tr data-version="${v.version}" class="${v.current ? 'mr-current' : ''}">
        <td>第${v.version}版${v.current ? '<span class="mr-tag">当前</span>' : ''}</td>
        <td>${escape(v.kindName)}</td>
        <td>${escape(v.changedByName)}</td>
        <td>${escape(v.changedAtText)}</td>
        <td class="mr-reason">${escape(v.reason)}</td>
        <td>${v.projectExamples == null ? '' : '项目样例' + v.projectExamples + '个' + (v.uploadedExamples ? '，上传的样例' + v.uploadedExamples + '个' : '')}</td>
        <td><a href="${base}/rule-sets/${set.code}/versions/${v.version}/dmn" download>规则文件</a>
          ${v.examplesUrl ? `<a href="${base}/rule-sets/${set.code}/versions/${v.version}/examples" download>上传的样例</a>` : ''}</td>
      </tr>`).join('');
  }

  // the browser's own file input speaks the browser's language: a Chinese button and the chosen file's name instead
  function filePicker(name, label, accept) {
    return `<div class="mr-file"><span>${label}</span><label class="btn btn-default btn-sm">选择文件`
      + `<input type="file" name="${name}" accept="${accept}"></label><span class="mr-chosen" data-for="${name}">未选择文件</span></div>`;
  }

  function editForms(set) {
    return `
      <form class="mr-upload" data-rule-set="${set.code}" autocomplete="off">
        <h4>上传新版本</h4>
        ${filePicker('file', '规则文件', '.dmn,.xml')}
        ${filePicker('examples', '我的样例表（可选）', '.csv')}
        <label class="mr-wide">修改原因<textarea name="reason" rows="2" maxlength="500" placeholder="例如：征地拆迁纠纷政策性强，改由镇(街道)调处"></textarea></label>
        <div class="mr-buttons">
          <button type="button" class="btn btn-default btn-sm" data-action="test">只测试</button>
          <button type="submit" class="btn btn-primary btn-sm" data-action="deploy">测试并部署</button>
        </div>
      </form>
      <form class="mr-rollback" data-rule-set="${set.code}" autocomplete="off">
        <h4>回退</h4>
        <label class="mr-wide">回退原因<textarea name="reason" rows="2" maxlength="500"></textarea></label>
        <div class="mr-buttons">
          <button type="submit" class="btn btn-warning btn-sm" ${set.versions.length < 2 ? 'disabled' : ''}>回退到上一版本</button>
        </div>
      </form>`;
  }

  function showSets(answer) {
    root.querySelector('.mr-sets').innerHTML = answer.ruleSets.map(set => `
      <section class="mr-set" data-rule-set="${set.code}">
        <h3>${escape(set.name)}规则 <small>当前为第${set.currentVersion}版</small></h3>
        <table class="mr-table">
          <thead><tr><th>版本</th><th>方式</th><th>修改人</th><th>时间</th><th>原因</th><th>测试</th><th>下载</th></tr></thead>
          <tbody>${versionRows(set)}</tbody>
        </table>
        <p class="mr-examples">新版本须通过<a href="${base}/rule-sets/${set.code}/examples" download>项目样例表</a>
          （${set.projectExamples}个样例）；新增或修改的规则请在自己的样例表中写明期望结果，格式与项目样例表相同。</p>
        ${answer.mayEdit ? editForms(set) : ''}
        <div class="mr-result" data-rule-set="${set.code}" role="alert"></div>
      </section>`).join('');
    root.querySelectorAll('form.mr-upload').forEach(form => {
      form.querySelectorAll('input[type=file]').forEach(input => input.addEventListener('change', () => {
        const chosen = input.files && input.files[0];
        form.querySelector('.mr-chosen[data-for="' + input.name + '"]').textContent = chosen ? chosen.name : '未选择文件';
      }));
      form.addEventListener('submit', event => {
        event.preventDefault();
        upload(form, true);
      });
      form.querySelector('[data-action=test]').addEventListener('click', () => upload(form, false));
    });
    root.querySelectorAll('form.mr-rollback').forEach(form => {
      form.addEventListener('submit', event => {
        event.preventDefault();
        rollback(form);
      });
    });
  }

  function result(code) {
    return root.querySelector('.mr-result[data-rule-set="' + code + '"]');
  }

  function showDone(code, message) {
    const box = result(code);
    box.className = 'mr-result mr-ok';
    box.innerHTML = `<p>${escape(message)}</p>`;
  }

  function showRefused(code, error) {
    const answer = error.answer || {};
    const lines = [];
    (answer.errors || []).forEach(e => lines.push(e.message));
    (answer.problems || []).forEach(p => lines.push(p));
    (answer.failures || []).forEach(f => lines.push(f.message));
    (answer.uncovered || []).forEach(u => lines.push(u));
    const box = result(code);
    box.className = 'mr-result mr-refused';
    box.innerHTML = `<p><b>${escape(error.message)}</b></p>`
      + (lines.length ? '<ol>' + lines.map(l => `<li>${escape(l)}</li>`).join('') + '</ol>' : '');
  }

  function busy(form, on) {
    form.querySelectorAll('button').forEach(b => {
      b.disabled = on;
    });
    status.textContent = on ? '正在处理……' : '';
  }

  function upload(form, deploy) {
    const code = form.dataset.ruleSet;
    busy(form, true);
    Promise.all([readFile(form.elements.file), readFile(form.elements.examples)]).then(([file, examples]) => {
      const body = {fileName: file ? file.name : null, file: file ? file.content : null,
        examples: examples ? examples.content : null};
      if (deploy) {
        body.reason = form.elements.reason.value;
      }
      return call('POST', '/rule-sets/' + code + (deploy ? '/versions' : '/test'), body);
    }).then(answer => {
      if (deploy) {
        form.reset();
        return load().then(() => showDone(code, answer.message));
      }
      showDone(code, answer.message);
      return null;
    }).catch(error => showRefused(code, error)).finally(() => busy(form, false));
  }

  function rollback(form) {
    const code = form.dataset.ruleSet;
    busy(form, true);
    call('POST', '/rule-sets/' + code + '/rollback', {reason: form.elements.reason.value})
      .then(answer => load().then(() => showDone(code, answer.message)))
      .catch(error => showRefused(code, error)).finally(() => busy(form, false));
  }

  function load() {
    return call('GET', '/rule-sets').then(answer => {
      if (!disposed) {
        showSets(answer);
      }
    });
  }

  status.textContent = '正在加载……';
  load().then(() => {
    status.textContent = '';
  }).catch(error => {
    status.textContent = error.message;
    status.classList.add('mr-error');
  });

  return () => {
    disposed = true;
  };
}

let disposePage = null;

export default [
  {
    id: 'mediation-rules-page',
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
    id: 'mediation-rules-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 100,
    properties: {
      pagePath: '#' + PATH,
      label: TITLE,
      checkActive: path => path.indexOf('#' + PATH) > -1
    },
    render: node => {
      node.innerHTML = `<a href="#${PATH}">${TITLE}</a>`;
    }
  }
];
