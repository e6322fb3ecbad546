// Tasklist custom script (scripts/config.js: customScripts: ['task-cards/task-cards']).
//
// Readable task cards: under each task of the list, the case it belongs to - category, due date, risk and the
//    parties (in full for those who handle or supervise the case, masked as 王某 for anyone else; the platform
//    decides, see cn.jiyuan.mediation.taskcards) - read from the platform's Tasklist plugin with the logged-in
//    session. The engine's priority number (50, 80, 90) means nothing to a mediator and is not shown.
// (Chinese dates: mediation-dates/dates.js.)

const style = document.createElement('style');
style.textContent = [
  '.tasks-list .task .priority { display: none; }',
  '.tasks-list .task .mediation-card { font-size: 12px; line-height: 18px; color: #333; margin-top: 4px; clear: both; }',
  '.tasks-list .task .mediation-card .overdue { color: #b5152b; }',
  '.tasks-list .task .mediation-card .risk { color: #b5152b; font-weight: bold; }',
  '.tasks-list .task .mediation-card .masked { color: #777; }',
  '.tasks-list .task .mediation-card .online { color: #0b6b3a; font-weight: bold; }'
].join('\n');
document.head.appendChild(style);

const appRoot = window.location.pathname.split('/app/')[0];
const engine = (window.location.pathname.match(/\/app\/tasklist\/([\w-]+)/) || [])[1] || 'default';
const url = appRoot + '/api/tasklist/plugin/task-cards/' + engine + '/cards';
const cache = new Map(); // taskId -> {card, at}
const waiting = new Map(); // taskId -> [node]
let flushing = null;
const FRESH_MS = 30000;

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) {
    element.className = className;
  }
  return element;
}

// The card goes under the task's names, not into the plugin's place in the collapsed details (which shows
// only its first 45 pixels); the plugin node is attached to the card only after render, hence the retries.
function show(node, card, attempt) {
  const li = node.closest('li.task');
  if (!li) {
    if ((attempt || 0) < 20) {
      setTimeout(function () { show(node, card, (attempt || 0) + 1); }, 50);
    }
    return;
  }
  const old = li.querySelector('.mediation-card');
  if (old) {
    old.remove();
  }
  if (!card) {
    return;
  }
  const box = document.createElement('div');
  box.className = 'mediation-card';
  const first = document.createElement('div');
  const taskName = li.querySelector('h4.task');
  if (card.caseNumber && !(taskName && taskName.textContent.indexOf(card.caseNumber) >= 0)) {
    first.appendChild(text('span', card.caseNumber + ' · '));
  }
  if (card.category) {
    first.appendChild(text('strong', card.category));
  }
  if (card.due) {
    first.appendChild(text('span', (first.childNodes.length ? ' · ' : '') + '期限 ' + card.due
        + (card.overdue ? '（已超期）' : ''), card.overdue ? 'overdue' : null));
  }
  if (card.riskLevel) {
    first.appendChild(text('span', ' · '));
    first.appendChild(text('span', card.riskLevel, 'risk'));
  }
  if (card.greenChannel) {
    first.appendChild(text('span', ' · 涉企绿色通道'));
  }
  if (card.onlineApplication) {
    // a citizen applied on the page 掌上调解: the committee calls back within one working day
    first.appendChild(text('span', ' · '));
    first.appendChild(text('span', '网上申请', 'online'));
  }
  box.appendChild(first);
  if (card.parties && card.parties.length) {
    box.appendChild(text('div', card.parties.join('；'), card.partiesMasked ? 'masked' : null));
  }
  const names = li.querySelector('.names');
  if (names) {
    // under the process name and assignee, on the card's whole width (inside their row it was squeezed to a
    // column two characters wide at 1366×768)
    names.parentNode.insertBefore(box, names.nextSibling);
  } else {
    node.appendChild(box);
  }
}

function flush() {
  flushing = null;
  const ids = Array.from(waiting.keys());
  if (!ids.length) {
    return;
  }
  const nodes = new Map(waiting);
  waiting.clear();
  const query = ids.map(function (id) { return 'taskId=' + encodeURIComponent(id); }).join('&');
  fetch(url + '?' + query, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(function (response) { return response.ok ? response.json() : []; })
    .catch(function () { return []; })
    .then(function (cards) {
      const byId = new Map(cards.map(function (card) { return [card.taskId, card]; }));
      nodes.forEach(function (list, id) {
        const card = byId.get(id) || null;
        cache.set(id, {card: card, at: Date.now()});
        list.forEach(function (node) { show(node, card); });
      });
    });
}

export default [{
  id: 'mediation-task-cards',
  pluginPoint: 'tasklist.card',
  priority: 10,
  render: function (node, data) {
    const id = data && data.taskId;
    if (!id) {
      return;
    }
    const cached = cache.get(id);
    if (cached && Date.now() - cached.at < FRESH_MS) {
      show(node, cached.card);
      return;
    }
    waiting.set(id, (waiting.get(id) || []).concat([node]));
    if (!flushing) {
      flushing = setTimeout(flush, 0);
    }
  }
}];
