// 掌上调解: apply for mediation step by step, and look up a case's stage. Plain JavaScript, nothing from another site.
// The API (/public/api) is cn.jiyuan.mediation.online.PublicApplicationController; its messages are shown beside the
// field they name. The proof of work (pow-worker.js) is solved in the background while the form is filled in.
'use strict';

(function () {
  const base = window.location.pathname.replace(/[^/]*$/, '');
  const api = base + 'api/';
  const STEPS = 6;
  const STEP_OF = {
    category: 1, townCode: 2, villageCode: 2, otherPartyType: 3, otherPartyName: 3, otherPartyPhone: 3,
    facts: 4, request: 4, amountInvolved: 4, applicantName: 5, applicantPhone: 5, consentToMediation: 6,
    consentToPersonalData: 6, privacyNoticeVersion: 6, challenge: 6, nonce: 6, '(body)': 6
  };
  const TOWN_LEVEL = 'TOWN_LEVEL';
  const MOBILE = /^1[3-9]\d{9}$/;
  const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

  let options = null;
  let step = 1;
  let work = null; // {challenge, difficulty, nonce: Promise<string>}

  const $ = function (id) { return document.getElementById(id); };
  const form = $('apply-form');

  // ------------------------------------------------------------------ tabs

  function showView() {
    const status = window.location.hash === '#status';
    $('view-apply').hidden = status;
    $('view-status').hidden = !status;
    $('tab-apply').classList.toggle('active', !status);
    $('tab-status').classList.toggle('active', status);
    $('banner').hidden = true;
  }
  window.addEventListener('hashchange', showView);

  function banner(text) {
    $('banner').textContent = text;
    $('banner').hidden = !text;
    if (text) {
      $('banner').scrollIntoView({block: 'center'});
    }
  }

  // ------------------------------------------------------------------ options

  function fillOptions() {
    const box = $('categories');
    options.categories.forEach(function (c) {
      const label = document.createElement('label');
      label.className = 'choice';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'category';
      input.value = c.code;
      const text = document.createElement('span');
      const name = document.createElement('strong');
      name.textContent = c.name;
      const examples = document.createElement('small');
      examples.textContent = c.examples;
      text.appendChild(name);
      text.appendChild(examples);
      label.appendChild(input);
      label.appendChild(text);
      box.appendChild(label);
    });
    const towns = $('townCode');
    options.towns.forEach(function (t) {
      towns.appendChild(new Option(t.name, t.code));
    });
  }

  function fillVillages() {
    const villages = $('villageCode');
    villages.innerHTML = '';
    const town = options.towns.find(function (t) { return t.code === $('townCode').value; });
    if (!town) {
      villages.appendChild(new Option('请先选择镇（街道）', ''));
      villages.disabled = true;
      return;
    }
    villages.appendChild(new Option('请选择村（社区）', ''));
    town.villages.forEach(function (v) {
      villages.appendChild(new Option(v.name, v.code));
    });
    villages.appendChild(new Option('不清楚，或不在村（社区）里', TOWN_LEVEL));
    villages.disabled = false;
  }

  // ------------------------------------------------------------------ proof of work

  function startWork() {
    const challenge = fetch(api + 'challenge', {headers: {Accept: 'application/json'}}).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) {
          throw new Error(p.detail || '安全验证暂时无法进行，请稍后再试。');
        });
      }
      return r.json();
    });
    const current = {challenge: null, difficulty: 0};
    current.nonce = challenge.then(function (c) {
      current.challenge = c.challenge;
      current.difficulty = c.difficulty;
      return solve(c.challenge, c.difficulty);
    });
    current.nonce.catch(function () { /* shown when the application is sent */ });
    work = current;
  }

  function solve(challenge, difficulty) {
    return new Promise(function (resolve, reject) {
      let worker;
      try {
        worker = new Worker(base + 'pow-worker.js');
      } catch (e) {
        reject(new Error('您的浏览器无法完成安全验证，请换用手机自带浏览器或微信打开本页面。'));
        return;
      }
      worker.onmessage = function (event) {
        worker.terminate();
        if (event.data.nonce) {
          resolve(event.data.nonce);
        } else {
          reject(new Error('安全验证没有完成，请再点一次“提交申请”。'));
        }
      };
      worker.onerror = function () {
        worker.terminate();
        reject(new Error('安全验证没有完成，请再点一次“提交申请”。'));
      };
      worker.postMessage({challenge: challenge, difficulty: difficulty});
    });
  }

  // ------------------------------------------------------------------ steps

  function showStep(n) {
    step = n;
    document.querySelectorAll('.step').forEach(function (s) {
      s.hidden = Number(s.dataset.step) !== n;
    });
    $('step-label').textContent = '第' + n + '步，共' + STEPS + '步';
    $('step-bar').style.width = (100 * n / STEPS) + '%';
    $('back').hidden = n === 1;
    $('next').hidden = n === STEPS;
    $('submit').hidden = n !== STEPS;
    if (n === STEPS) {
      review();
    }
    window.scrollTo(0, 0);
  }

  function value(name) {
    const field = form.elements[name];
    if (!field) {
      return '';
    }
    if (field instanceof RadioNodeList) {
      return field.value || '';
    }
    if (field.type === 'checkbox') {
      return field.checked;
    }
    return field.value.trim();
  }

  function phoneOf(text) {
    const phone = text.replace(/[\s\u3000]/g, '').replace(/^(\+86|0086|86)-?(?=1\d{10}$)/, '');
    return /^1\d{2}-\d{4}-\d{4}$/.test(phone) ? phone.replace(/-/g, '') : phone;
  }

  function clearErrors(scope) {
    scope.querySelectorAll('.error').forEach(function (e) { e.textContent = ''; });
    scope.querySelectorAll('.invalid').forEach(function (e) { e.classList.remove('invalid'); });
  }

  function showError(scope, field, message) {
    const place = scope.querySelector('.error[data-for="' + field + '"]');
    if (place) {
      place.textContent = message;
    }
    const input = document.getElementById(field);
    if (input) {
      input.classList.add('invalid');
    }
  }

  /** The checks a person can be told at once; the server checks everything again. */
  function problems(n) {
    const found = [];
    const need = function (name, message) {
      if (!value(name)) {
        found.push([name, message]);
      }
    };
    if (n === 1) {
      need('category', '请选择纠纷类型');
    } else if (n === 2) {
      need('townCode', '请选择镇（街道）');
      need('villageCode', '请选择村（社区）；不清楚的请选最后一项');
    } else if (n === 3) {
      need('otherPartyName', value('otherPartyType') === 'ORGANIZATION' ? '请填写对方单位的名称' : '请填写对方的姓名');
      const phone = phoneOf(value('otherPartyPhone'));
      if (phone && !MOBILE.test(phone) && !LANDLINE.test(phone)) {
        found.push(['otherPartyPhone', '电话号码格式不对：应为11位手机号，或带区号的固定电话（如0391-6612345）']);
      }
    } else if (n === 4) {
      need('facts', '请简要说明发生了什么');
      need('request', '请说明您希望怎样解决');
      const amount = value('amountInvolved');
      if (amount && !/^\d{1,13}(\.\d{1,2})?$/.test(amount)) {
        found.push(['amountInvolved', '请填写数字（元），最多两位小数；没有可不填']);
      }
    } else if (n === 5) {
      need('applicantName', '请填写您的姓名');
      const phone = phoneOf(value('applicantPhone'));
      if (!phone) {
        found.push(['applicantPhone', '请填写您的手机号码']);
      } else if (!MOBILE.test(phone) && !LANDLINE.test(phone)) {
        found.push(['applicantPhone', '号码格式不对：应为11位手机号，或带区号的固定电话（如0391-6612345）']);
      }
    } else if (n === 6) {
      if (!value('consentToMediation')) {
        found.push(['consentToMediation', '请阅读并同意申请人民调解']);
      }
      if (!value('consentToPersonalData')) {
        found.push(['consentToPersonalData', '请阅读并同意个人信息处理告知']);
      }
    }
    return found;
  }

  function checkStep(n) {
    const section = form.querySelector('.step[data-step="' + n + '"]');
    clearErrors(section);
    const found = problems(n);
    found.forEach(function (p) { showError(section, p[0], p[1]); });
    return found.length === 0;
  }

  function review() {
    const list = $('review');
    list.innerHTML = '';
    const category = options.categories.find(function (c) { return c.code === value('category'); });
    const town = options.towns.find(function (t) { return t.code === value('townCode'); });
    const village = town && town.villages.find(function (v) { return v.code === value('villageCode'); });
    const rows = [
      ['纠纷类型', category ? category.name : ''],
      ['地点', (town ? town.name : '') + (village ? village.name : '')],
      [value('otherPartyType') === 'ORGANIZATION' ? '对方单位' : '对方', value('otherPartyName')
        + (value('otherPartyPhone') ? '，' + value('otherPartyPhone') : '')],
      ['发生了什么', value('facts')],
      ['希望怎样解决', value('request')],
      ['涉及金额', value('amountInvolved') ? value('amountInvolved') + '元' : '未填写'],
      ['您的姓名', value('applicantName')],
      ['您的电话', value('applicantPhone')]
    ];
    rows.forEach(function (row) {
      const dt = document.createElement('dt');
      dt.textContent = row[0];
      const dd = document.createElement('dd');
      dd.textContent = row[1];
      list.appendChild(dt);
      list.appendChild(dd);
    });
  }

  $('next').addEventListener('click', function () {
    if (checkStep(step)) {
      showStep(step + 1);
    }
  });
  $('back').addEventListener('click', function () { showStep(step - 1); });
  $('townCode').addEventListener('change', fillVillages);
  form.addEventListener('change', function (event) {
    if (event.target.name === 'otherPartyType') {
      $('otherPartyNameLabel').textContent = event.target.value === 'ORGANIZATION' ? '对方单位名称' : '对方姓名';
    }
  });
  ['facts', 'request'].forEach(function (name) {
    $(name).addEventListener('input', function () {
      document.querySelector('[data-count="' + name + '"]').textContent = $(name).value.length;
    });
  });

  // ------------------------------------------------------------------ sending the application

  function application(nonce) {
    return {
      category: value('category'),
      townCode: value('townCode'),
      villageCode: value('villageCode') === TOWN_LEVEL ? null : value('villageCode'),
      otherPartyType: value('otherPartyType'),
      otherPartyName: value('otherPartyName'),
      otherPartyPhone: phoneOf(value('otherPartyPhone')) || null,
      facts: value('facts'),
      request: value('request'),
      amountInvolved: value('amountInvolved') ? Number(value('amountInvolved')) : null,
      applicantName: value('applicantName'),
      applicantPhone: phoneOf(value('applicantPhone')),
      consentToMediation: value('consentToMediation'),
      consentToPersonalData: value('consentToPersonalData'),
      privacyNoticeVersion: options.privacyNoticeVersion,
      challenge: work.challenge,
      nonce: nonce
    };
  }

  function send(retried) {
    return work.nonce.then(function (nonce) {
      return fetch(api + 'applications', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify(application(nonce))
      });
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        return {status: response.status, body: body};
      });
    }).then(function (answer) {
      const errors = answer.body.errors || [];
      const challengeOnly = answer.status === 400 && errors.length > 0
        && errors.every(function (e) { return e.field === 'challenge' || e.field === 'nonce'; });
      if (challengeOnly && !retried) {
        // spent, expired or refused: solve a new one and send again once
        startWork();
        return send(true);
      }
      return answer;
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!checkStep(STEPS)) {
      return;
    }
    banner('');
    $('submit').disabled = true;
    $('working').hidden = false;
    send(false).then(function (answer) {
      if (answer.status === 200 || answer.status === 201) {
        done(answer.body);
        return;
      }
      const errors = answer.body.errors || [];
      if (errors.length) {
        clearErrors(form);
        let first = STEPS;
        errors.forEach(function (e) {
          first = Math.min(first, STEP_OF[e.field] || STEPS);
          showError(form, e.field, e.message);
        });
        showStep(first);
        banner(answer.body.detail || '申请中有需要修改的地方，请按提示修改。');
      } else {
        banner(answer.body.detail || '提交没有成功，请稍后再试。');
      }
    }).catch(function (e) {
      banner(e.message && /[\u4e00-\u9fa5]/.test(e.message) ? e.message : '网络不通，申请没有提交，请稍后再试。');
      startWork();
    }).finally(function () {
      $('submit').disabled = false;
      $('working').hidden = true;
    });
  });

  function done(result) {
    form.hidden = true;
    $('done-merged').hidden = !result.merged;
    $('done-number').textContent = result.caseNumber;
    $('done-committee').textContent = result.committeeName;
    $('done-contact').textContent = result.contactBy;
    $('apply-done').hidden = false;
    $('caseNumber').value = result.caseNumber;
    $('phone').value = phoneOf(value('applicantPhone'));
    window.scrollTo(0, 0);
  }

  $('done-status').addEventListener('click', function () {
    window.location.hash = '#status';
  });

  // ------------------------------------------------------------------ status

  $('status-form').addEventListener('submit', function (event) {
    event.preventDefault();
    const scope = $('status-form');
    clearErrors(scope);
    $('status-result').hidden = true;
    const number = $('caseNumber').value.trim();
    const phone = phoneOf($('phone').value);
    if (!number) {
      showError(scope, 'caseNumber', '请填写受理时告知您的案号');
    }
    if (!phone) {
      showError(scope, 'phone', '请填写申请时留的电话号码');
    }
    if (!number || !phone) {
      return;
    }
    $('lookup').disabled = true;
    $('looking').hidden = false;
    fetch(api + 'applications/status?caseNumber=' + encodeURIComponent(number) + '&phone=' + encodeURIComponent(phone),
      {headers: {Accept: 'application/json'}})
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.ok) {
            showStatus(body);
          } else if (body.errors && body.errors.length) {
            body.errors.forEach(function (e) { showError(scope, e.field, e.message); });
          } else {
            showError(scope, '(lookup)', body.detail || '查询没有成功，请稍后再试。');
          }
        });
      })
      .catch(function () { showError(scope, '(lookup)', '网络不通，请稍后再试。'); })
      .finally(function () {
        $('lookup').disabled = false;
        $('looking').hidden = true;
      });
  });

  function showStatus(s) {
    $('result-number').textContent = s.caseNumber;
    $('result-stage').textContent = s.stage;
    $('result-explanation').textContent = s.explanation;
    $('result-committee').textContent = s.committeeName;
    const phone = $('result-phone');
    phone.innerHTML = '';
    if (s.committeePhone) {
      const link = document.createElement('a');
      link.href = 'tel:' + s.committeePhone.replace(/[^0-9+]/g, '');
      link.textContent = s.committeePhone;
      phone.appendChild(link);
    } else {
      phone.textContent = '12348（公共法律服务热线）';
    }
    const appointment = s.nextAppointment;
    $('result-appointment-label').hidden = !appointment;
    $('result-appointment').hidden = !appointment;
    $('result-appointment').textContent = appointment ? appointment.at + '，' + appointment.place : '';
    $('status-result').hidden = false;
  }

  // ------------------------------------------------------------------ start

  showView();
  showStep(1);
  fetch(api + 'options', {headers: {Accept: 'application/json'}})
    .then(function (r) {
      if (!r.ok) {
        throw new Error();
      }
      return r.json();
    })
    .then(function (o) {
      options = o;
      fillOptions();
      startWork();
    })
    .catch(function () { banner('页面没有加载完整，请检查网络后刷新页面。'); });
}());
