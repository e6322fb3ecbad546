// Cockpit custom script (scripts/config.js, customScripts): a supervisor reads 物业管理 and 克井镇东许村人民调解委员会
// where Cockpit shows the codes the process variables and candidate groups hold (PROPERTY_MANAGEMENT,
// committee-VC419001100201). The labels come from the platform (GET /code-labels, same login); a text that is
// exactly a known code is shown as its label, with the code kept as the element's tooltip. Inputs (a variable
// being edited) keep their codes.
const SKIP = new Set(['INPUT', 'TEXTAREA', 'SCRIPT', 'STYLE', 'OPTION', 'CODE', 'PRE']);
/**
 * Words Cockpit writes in English whatever its locale (they are not in its translation files): the variables
 * table's column, an empty value, the footer's time zone.
 */
const FIXED = {
  'Actions': '操作', 'null': '无',
  'Asia/Shanghai': '北京时间', 'Asia/Chongqing': '北京时间', 'Asia/Harbin': '北京时间', 'Asia/Urumqi': '北京时间',
  'PRC': '北京时间', 'UTC': '协调世界时', 'Etc/UTC': '协调世界时', 'GMT': '协调世界时', 'Etc/GMT': '协调世界时'
};
let labels = null;

function labelOf(code) {
  if (Object.prototype.hasOwnProperty.call(FIXED, code)) {
    return FIXED[code];
  }
  return labels && Object.prototype.hasOwnProperty.call(labels, code) ? labels[code] : null;
}

function relabel(node) {
  if (node.nodeType !== Node.TEXT_NODE || !node.parentElement || SKIP.has(node.parentElement.tagName)
      || node.parentElement.isContentEditable) {
    return;
  }
  const text = node.nodeValue.trim();
  // a string variable may be shown quoted ("HIGH")
  const code = text.length > 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
  const label = labelOf(code);
  if (label) {
    node.nodeValue = node.nodeValue.replace(text, label);
    node.parentElement.setAttribute('title', code);
  }
}

function relabelTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    relabel(root);
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    relabel(node);
  }
}

let started = false;
let asked = 0;
let pending = null;

/**
 * Cockpit loads this script once, on its login page as well: while the labels have not come, every change of the
 * page asks for them again, at most every three seconds (the last change is answered once the three seconds pass).
 */
function fetchLabels() {
  if (labels || pending) {
    return;
  }
  pending = setTimeout(() => {
    asked = Date.now();
    fetch('/code-labels', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (body && !labels) {
          labels = body;
          relabelTree(document.body);
        }
      })
      .catch(() => {
        // without the labels Cockpit shows the codes, as before
      })
      .finally(() => {
        pending = null;
      });
  }, Math.max(0, asked + 3000 - Date.now()));
}

function start() {
  if (started) {
    return;
  }
  started = true;
  relabelTree(document.body);
  fetchLabels();
  new MutationObserver((mutations) => {
    if (!labels) {
      fetchLabels();
    }
    mutations.forEach((m) => {
      if (m.type === 'characterData') {
        relabel(m.target);
      } else {
        m.addedNodes.forEach(relabelTree);
      }
    });
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}

if (document.body) {
  start();
} else {
  document.addEventListener('DOMContentLoaded', start);
}

export default [];
