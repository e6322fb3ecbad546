/*
 * Tasklist custom script (scripts/config.js: customScripts): the attachments (附件) of a semi-annual summary, in its
 * task form 半年工作总结 (forms/semiannual-summary.form).
 *
 * The form has an HTML view <div class="semiannual-attachments" data-summary-id="{{summaryId}}">; this script fills
 * it with the files already uploaded (name as a download link, size), a button to upload one more and one to remove
 * each. The files never go into the process: they are sent to the platform's API with the Tasklist login —
 *   GET    /api/semiannual/summaries/{id}/attachments                 the list and whether the user may change it
 *   POST   /api/semiannual/summaries/{id}/attachments                 multipart, part "file"
 *   DELETE /api/semiannual/summaries/{id}/attachments/{attachmentId}
 * the writes with Tasklist's CSRF token (cookie XSRF-TOKEN, header X-XSRF-TOKEN), as Tasklist sends its own. The
 * platform checks every rule (the office's own users, a summary not yet submitted, PDF/Word/Excel/JPG/PNG up to
 * 10 MB, at most 10 files) and answers in Chinese; the answer is shown under the list.
 *
 * Everything the server sends is written as text, never read as HTML. No default export: Tasklist would take it for
 * a plugin.
 */

const PANEL = '.semiannual-attachments[data-summary-id]';
const API = '/api/semiannual/summaries/';

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

/** 1.5 MB, 230 KB, 512 字节 */
function size(bytes) {
  if (bytes >= 1024 * 1024) {
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }
  if (bytes >= 1024) {
    return Math.round(bytes / 1024) + ' KB';
  }
  return bytes + ' 字节';
}

/** The Chinese message of a refusal (problem+json: the field's message, else the detail). */
function problemText(response, body) {
  if (body && Array.isArray(body.errors) && body.errors.length) {
    return body.errors.map((e) => e.message).join('；');
  }
  if (body && body.detail) {
    return body.detail;
  }
  if (response.status === 401) {
    return '登录已过期，请重新登录待办任务。';
  }
  return '操作未能完成，请稍后再试。';
}

function request(method, url, body) {
  const headers = {Accept: 'application/json'};
  if (method !== 'GET') {
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  return fetch(url, {method, body, headers, credentials: 'same-origin'})
    .then((response) => response.text().then((text) => {
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch (e) {
        json = null;
      }
      return {response, json};
    }));
}

const style = document.createElement('style');
style.textContent = [
  '.semiannual-attachments h4 { margin: 12px 0 6px; font-size: 14px; font-weight: bold; }',
  '.semiannual-attachments ul { list-style: none; padding: 0; margin: 0 0 8px; }',
  '.semiannual-attachments li { padding: 4px 0; border-bottom: 1px solid #eee; display: flex; align-items: center; }',
  '.semiannual-attachments li a.file { flex: 1; word-break: break-all; }',
  '.semiannual-attachments li .size { color: #666; margin: 0 12px; white-space: nowrap; }',
  '.semiannual-attachments .empty { color: #666; margin: 4px 0 8px; }',
  '.semiannual-attachments .hint { color: #666; font-size: 12px; margin: 4px 0; }',
  '.semiannual-attachments .status { margin: 6px 0; }',
  '.semiannual-attachments .status.error { color: #b5152b; }',
  '.semiannual-attachments .status.ok { color: #2b7a2b; }',
  '.semiannual-attachments input[type=file] { display: none; }'
].join('\n');
document.head.appendChild(style);

/** Draws the panel of one summary: the list, then (while it may change) the upload button. */
function draw(panel, summaryId, list, message) {
  panel.textContent = '';
  panel.appendChild(element('h4', '附件'));
  const files = list.attachments || [];
  if (files.length) {
    const ul = element('ul');
    files.forEach((file) => {
      const li = element('li');
      const link = element('a', file.fileName, 'file');
      link.href = file.href;
      link.setAttribute('download', file.fileName);
      link.title = '下载 ' + file.fileName;
      li.appendChild(link);
      li.appendChild(element('span', size(file.sizeBytes), 'size'));
      if (list.mayChange) {
        li.appendChild(removeButton(panel, summaryId, file));
      }
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  } else {
    panel.appendChild(element('p', '尚未上传附件。', 'empty'));
  }
  if (list.mayChange) {
    const input = element('input');
    input.type = 'file';
    input.accept = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';
    const choose = element('button', '上传附件', 'btn btn-default btn-sm');
    choose.type = 'button';
    choose.disabled = files.length >= list.maxFiles;
    choose.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      if (input.files && input.files.length) {
        upload(panel, summaryId, input.files[0]);
      }
    });
    panel.appendChild(input);
    panel.appendChild(choose);
    panel.appendChild(element('p', '可上传 PDF、Word、Excel、JPG 或 PNG 文件，每个不超过 '
      + Math.round(list.maxBytes / 1024 / 1024) + ' MB，最多 ' + list.maxFiles + ' 个；附件随总结一并报送。', 'hint'));
  } else if (list.submitted) {
    panel.appendChild(element('p', '总结已报送，附件不能再更改。', 'hint'));
  }
  if (message) {
    panel.appendChild(element('p', message.text, 'status ' + (message.ok ? 'ok' : 'error')));
  }
}

/** 删除: a first click asks, a second within five seconds removes. */
function removeButton(panel, summaryId, file) {
  const button = element('button', '删除', 'btn btn-link btn-sm');
  button.type = 'button';
  button.title = '删除附件 ' + file.fileName;
  let armed = null;
  button.addEventListener('click', () => {
    if (!armed) {
      button.textContent = '确认删除';
      armed = setTimeout(() => {
        armed = null;
        button.textContent = '删除';
      }, 5000);
      return;
    }
    clearTimeout(armed);
    button.disabled = true;
    request('DELETE', API + summaryId + '/attachments/' + file.id).then(({response, json}) => {
      load(panel, summaryId, response.ok ? {ok: true, text: '已删除附件“' + file.fileName + '”。'}
        : {ok: false, text: problemText(response, json)});
    }).catch(() => load(panel, summaryId, {ok: false, text: '无法连接平台，附件未删除，请稍后再试。'}));
  });
  return button;
}

function upload(panel, summaryId, file) {
  const status = element('p', '正在上传“' + file.name + '”……', 'status');
  panel.appendChild(status);
  const form = new FormData();
  form.append('file', file, file.name);
  request('POST', API + summaryId + '/attachments', form).then(({response, json}) => {
    load(panel, summaryId, response.ok ? {ok: true, text: '已上传附件“' + file.name + '”。'}
      : {ok: false, text: '“' + file.name + '”未能上传：' + problemText(response, json)});
  }).catch(() => load(panel, summaryId, {ok: false, text: '无法连接平台，附件未上传，请稍后再试。'}));
}

function load(panel, summaryId, message) {
  request('GET', API + summaryId + '/attachments').then(({response, json}) => {
    if (!response.ok || !json) {
      panel.textContent = '';
      panel.appendChild(element('h4', '附件'));
      panel.appendChild(element('p', problemText(response, json), 'status error'));
      return;
    }
    draw(panel, summaryId, json, message);
  }).catch(() => {
    panel.textContent = '';
    panel.appendChild(element('h4', '附件'));
    panel.appendChild(element('p', '无法读取附件，请稍后再试。', 'status error'));
  });
}

/** Every panel of a form shown, once (form-js renders the form again when another task is opened). */
function start(root) {
  root.querySelectorAll(PANEL).forEach((panel) => {
    const summaryId = panel.getAttribute('data-summary-id');
    if (panel.dataset.loaded === summaryId || !/^[0-9]+$/.test(summaryId || '')) {
      return;
    }
    panel.dataset.loaded = summaryId;
    load(panel, summaryId, null);
  });
}

function watch() {
  start(document);
  new MutationObserver(() => start(document)).observe(document.body, {subtree: true, childList: true});
}

if (document.body) {
  watch();
} else {
  document.addEventListener('DOMContentLoaded', watch);
}
