/*
 * Tasklist custom script of the mediation platform (scripts/config.js: customScripts: ['caselist/caselist']).
 *
 * - Adds 我的案件 to Tasklist's header: the platform's case list (/cases), same login.
 * - Points the case link (↗) of every task at the case's page (/cases/process-instance/{id}) instead of
 *   Cockpit, which mediators may not open (they got the server's English 403 page).
 * - Adds the task tab 案件经过: the case of the task, its stage, deadline and course (status changes, sessions,
 *   agreements, visits); the task's own 历史 tab knows only the task.
 * - After the intake form (process case-intake) is submitted, tells the registrar the case number, the handling
 *   committee and the deadline (Tasklist itself only says 流程已发起。).
 *
 * Loaded by Tasklist as an ES module; its default export is the list of its Tasklist front-end plugins.
 */

const CASES = '/cases';
const INTAKE_DEFINITION = 'case-intake:';

/** Cockpit's instance address (…/cockpit/default/#/process-instance/{id}[/runtime…]) → the case page. */
function caseAddress(href) {
  const match = /#\/process-instance\/([^/?#]+)/.exec(href || '');
  return match ? CASES + '/process-instance/' + encodeURIComponent(match[1]) : null;
}

function pointLinksAtCases(root) {
  root.querySelectorAll('a.instance-link').forEach((link) => {
    const href = link.getAttribute('href');
    const target = caseAddress(href);
    if (target && href !== target) {
      link.setAttribute('href', target);
      link.setAttribute('title', '查看案件');
    }
  });
}

function watchLinks() {
  pointLinksAtCases(document);
  // Tasklist (AngularJS) sets the link's href whenever another task is shown: rewrite it every time
  new MutationObserver(() => pointLinksAtCases(document)).observe(document.body, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['href']
  });
}

/**
 * Tasklist's own notification area when it can be reached, else a notice of our own. Tasklist clears its
 * notifications when the start dialog closes, which may come after our message: a message gone at once is shown
 * again as our own notice.
 */
function notify(title, text, ok) {
  const angular = window.angular;
  const injector = angular && angular.element(document.body).injector();
  if (injector) {
    const notifications = injector.get('Notifications');
    injector.get('$rootScope').$applyAsync(() => {
      const message = {status: title, message: text, duration: 30000};
      if (ok) {
        notifications.addMessage(message);
      } else {
        notifications.addError(message);
      }
    });
    setTimeout(() => {
      if (!document.body.textContent.includes(text)) {
        ownNotice(title, text, ok);
      }
    }, 1500);
    return;
  }
  ownNotice(title, text, ok);
}

function ownNotice(title, text, ok) {
  const notice = document.createElement('div');
  notice.setAttribute('role', 'status');
  notice.style.cssText = 'position:fixed;top:60px;right:20px;z-index:2000;max-width:420px;padding:12px 16px;'
    + 'background:' + (ok ? '#dff0d8' : '#f2dede') + ';border:1px solid #ccc;border-radius:4px;';
  const strong = document.createElement('strong');
  strong.textContent = title + ' ';
  notice.appendChild(strong);
  notice.appendChild(document.createTextNode(text));
  // the registrar may want to note the case number: the notice stays half a minute unless closed
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', '关闭');
  close.textContent = '×';
  close.style.marginLeft = '8px';
  close.addEventListener('click', () => notice.remove());
  notice.insertBefore(close, notice.firstChild);
  document.body.appendChild(notice);
  setTimeout(() => notice.remove(), 30000);
}

function announceRegistration(processInstanceId) {
  fetch(CASES + '/registered/' + encodeURIComponent(processInstanceId), {
    credentials: 'same-origin', headers: {Accept: 'application/json'}
  }).then((response) => response.json().then((body) => ({response, body})))
    .then(({response, body}) => {
      if (response.ok && body.registered) {
        notify('已受理登记', body.detail, true);
      } else if (response.ok) {
        notify('尚未登记', body.detail, false);
      }
    })
    .catch(() => notify('提示', '无法查询刚才的受理登记结果，请在“我登记的案件”中查看。', false));
}

const START = /\/process-definition\/.+\/(submit-form|start)(\?|$)/;

/** The answer of a process start names the new instance and its definition: an intake is announced. */
function startAnswered(status, text) {
  if (status !== 200) {
    return;
  }
  try {
    const instance = JSON.parse(text);
    if (instance && instance.id && String(instance.definitionId || '').startsWith(INTAKE_DEFINITION)) {
      announceRegistration(instance.id);
    }
  } catch (e) {
    // not an answer we know: Tasklist shows its own message
  }
}

/** Watches process starts, whether Tasklist sends them with XMLHttpRequest (its engine client) or fetch. */
function watchIntakeStarts() {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.caseListRequest = {method: String(method).toUpperCase(), url: String(url)};
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    const request = this.caseListRequest;
    if (request && request.method === 'POST' && START.test(request.url)) {
      this.addEventListener('load', () => startAnswered(this.status, this.responseText));
    }
    return send.apply(this, arguments);
  };
  const fetchBefore = window.fetch;
  window.fetch = function (resource, init) {
    const url = typeof resource === 'string' ? resource : (resource && resource.url) || '';
    const method = String((init && init.method) || (resource && resource.method) || 'GET').toUpperCase();
    const answer = fetchBefore.apply(this, arguments);
    if (method === 'POST' && START.test(url)) {
      answer.then((response) => response.clone().text().then((text) => startAnswered(response.status, text)))
        .catch(() => {});
    }
    return answer;
  };
}

watchIntakeStarts();
if (document.body) {
  watchLinks();
} else {
  document.addEventListener('DOMContentLoaded', watchLinks);
}

function element(tag, text, style) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  if (style) {
    node.style.cssText = style;
  }
  return node;
}

/** The tab 案件经过 of a task: everything is written as text, nothing the server sends is read as HTML. */
function renderCourse(node, taskId) {
  const box = element('div', '正在读取案件……', 'padding:12px 0;');
  node.appendChild(box);
  fetch(CASES + '/task/' + encodeURIComponent(taskId), {
    credentials: 'same-origin', headers: {Accept: 'application/json'}
  }).then((response) => response.json().then((body) => ({response, body})))
    .then(({response, body}) => {
      box.textContent = '';
      if (!response.ok) {
        box.appendChild(element('p', body.detail || '此任务没有可查看的案件。'));
        return;
      }
      const c = body.summary;
      const title = element('h4', null, 'margin:0 0 8px;');
      const link = element('a', c.caseNumber);
      link.href = c.href;
      title.appendChild(link);
      title.appendChild(element('span', '  ' + c.stage, 'margin-left:12px;color:#1d5a9c;'));
      box.appendChild(title);
      const facts = '办理调委会：' + c.committeeName + '；登记日期：' + c.registeredOn + '；办理期限：' + c.deadline
        + (c.daysLeft === null || c.daysLeft === undefined ? '' : '（' + c.deadlineText + '）');
      box.appendChild(element('p', facts));
      const list = element('ol', null, 'list-style:none;padding:0;margin:0;');
      (body.events || []).forEach((e) => {
        const item = element('li', null, 'padding:6px 0 6px 12px;border-left:3px solid #c7d5e6;margin-left:4px;');
        item.appendChild(element('span', e.when, 'color:#777;margin-right:10px;'));
        item.appendChild(element('strong', e.kind, 'margin-right:10px;'));
        if (e.by) {
          item.appendChild(element('span', e.by, 'color:#777;'));
        }
        if (e.text) {
          item.appendChild(element('div', e.text, 'white-space:pre-wrap;'));
        }
        list.appendChild(item);
      });
      box.appendChild(list);
    })
    .catch(() => {
      box.textContent = '无法读取案件经过，请稍后再试。';
    });
}

export default [{
  id: 'mediation-case-list',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    const link = document.createElement('a');
    link.href = CASES;
    link.textContent = '我的案件';
    link.title = '我的案件：本调委会（本辖区）的案件，可按案号、当事人姓名或电话搜索';
    node.appendChild(link);
  }
}, {
  id: 'mediation-case-course',
  pluginPoint: 'tasklist.task.detail',
  // before Tasklist's own tabs (表单 is 1000, 历史 800): next to the form
  priority: 900,
  properties: {label: '案件经过'},
  render: (node, {taskId}) => renderCourse(node, taskId)
}];
