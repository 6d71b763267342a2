/*
 * Taking a quiz (templates/attempt/take.html and summary.html). The pages work without this script: they are plain
 * forms. It adds:
 *  - autosave: each question's fields are posted about a second after typing stops (at once for choices), with a
 *    sequence number that only grows (max(server's + 1, Date.now())), so a stale tab cannot overwrite newer answers;
 *  - a copy of every changed answer in localStorage until the server has it: after a reload or a dropped connection
 *    the newer local answers are put back into the form and sent again;
 *  - plain warnings when the server cannot be reached (with retries) or the session has ended (log in again in a
 *    new tab: the page then fetches the new session's CSRF token and sends what is waiting);
 *  - the countdown from the server's remaining time (a monotonic clock, never the browser's date), with 5- and
 *    1-minute announcements, hideable; at zero it sends what is waiting and submits.
 * Every text it shows comes from data-msg-* attributes rendered from message keys.
 */
(function () {
  'use strict';

  const root = document.getElementById('attempt');
  if (!root) {
    return;
  }
  const attemptId = root.dataset.attemptId;
  const form = document.getElementById('attempt-form');
  const offlineBox = document.getElementById('attempt-offline');
  const sessionBox = document.getElementById('attempt-session');
  const csrf = { token: meta('_csrf'), header: meta('_csrf_header') || 'X-CSRF-TOKEN' };
  const localPrefix = 'steppe.attempt.' + attemptId + '.';
  const questions = new Map();
  let retryDelay = 0;
  let retryTimer = null;
  let tokenPoll = null;
  let finished = false;

  function meta(name) {
    const m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  // ------------------------------------------------------------------ talking to the server

  /** One request; the result says what happened: json (an answer), offline, session (ended), gone, or error. */
  async function request(method, url, body, retried) {
    const headers = { 'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (method === 'POST') {
      headers[csrf.header] = csrf.token;
      headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
    }
    let res;
    try {
      res = await fetch(url, { method: method, body: body, headers: headers, credentials: 'same-origin',
        redirect: 'manual', cache: 'no-store' });
    } catch (e) {
      return { kind: 'offline' };
    }
    if (res.type === 'opaqueredirect' || res.status === 401) {
      return { kind: 'session' };
    }
    if (res.status === 403 && method === 'POST' && !retried) {
      // a new session (logged in again elsewhere) has a new CSRF token; an ended one answers 401
      const token = await refreshToken();
      return token === 'ok' ? request(method, url, body, true) : { kind: token };
    }
    const type = res.headers.get('Content-Type') || '';
    if (type.indexOf('application/json') >= 0) {
      try {
        return { kind: 'json', status: res.status, data: await res.json() };
      } catch (e) {
        return { kind: 'offline' };
      }
    }
    if (res.status === 404) {
      return { kind: 'gone' };
    }
    return { kind: 'error', status: res.status };
  }

  async function refreshToken() {
    const url = root.dataset.tokenUrl;
    const r = await request('GET', url);
    if (r.kind !== 'json' || r.status !== 200) {
      return r.kind === 'json' ? 'error' : r.kind;
    }
    csrf.token = r.data.token;
    csrf.header = r.data.header;
    document.querySelectorAll('input[name="_csrf"]').forEach(function (i) { i.value = r.data.token; });
    document.querySelectorAll('meta[name="_csrf"]').forEach(function (m) { m.setAttribute('content', r.data.token); });
    return 'ok';
  }

  function connected() {
    retryDelay = 0;
    offlineBox && (offlineBox.hidden = true);
  }

  function offline() {
    offlineBox && (offlineBox.hidden = false);
    scheduleRetry();
  }

  function scheduleRetry() {
    if (retryTimer) {
      return;
    }
    retryDelay = Math.min(retryDelay ? retryDelay * 2 : 1000, 8000);
    retryTimer = setTimeout(function () {
      retryTimer = null;
      resendAll();
    }, retryDelay);
  }

  function sessionEnded() {
    sessionBox && (sessionBox.hidden = false);
    if (tokenPoll) {
      return;
    }
    tokenPoll = setInterval(checkSession, 4000);
  }

  async function checkSession() {
    const r = await refreshToken();
    if (r === 'ok') {
      clearInterval(tokenPoll);
      tokenPoll = null;
      sessionBox && (sessionBox.hidden = true);
      connected();
      resendAll();
    }
  }

  window.addEventListener('online', function () { resendAll(); });
  window.addEventListener('focus', function () { if (tokenPoll) { checkSession(); } });

  // ------------------------------------------------------------------ answers kept on this device

  function readLocal(q) {
    try {
      const raw = localStorage.getItem(localPrefix + q.id);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }

  function writeLocal(q, entry) {
    try {
      localStorage.setItem(localPrefix + q.id, JSON.stringify(entry));
    } catch (e) {
      // storage full or disabled: the answer still goes to the server
    }
  }

  function dropLocalUpTo(q, seq) {
    const local = readLocal(q);
    if (local && local.seq <= seq) {
      try { localStorage.removeItem(localPrefix + q.id); } catch (e) { /* nothing to keep */ }
    }
  }

  function clearAllLocal() {
    try {
      for (let i = localStorage.length - 1; i >= 0; i--) {
        const key = localStorage.key(i);
        if (key && key.indexOf(localPrefix) === 0) {
          localStorage.removeItem(key);
        }
      }
    } catch (e) { /* nothing kept */ }
  }

  function waiting(q) {
    const local = readLocal(q);
    return local && local.seq > q.serverSeq ? local : null;
  }

  // ------------------------------------------------------------------ questions

  function fieldsOf(q) {
    const pairs = [];
    q.inputs().forEach(function (el) {
      if (el.type === 'radio' || el.type === 'checkbox') {
        if (el.checked) {
          pairs.push([el.name, el.value]);
        }
      } else {
        pairs.push([el.name, el.value]);
      }
    });
    return pairs;
  }

  function applyFields(q, pairs) {
    q.inputs().forEach(function (el) {
      if (el.type === 'radio' || el.type === 'checkbox') {
        el.checked = pairs.some(function (p) { return p[0] === el.name && p[1] === el.value; });
      } else {
        const found = pairs.find(function (p) { return p[0] === el.name; });
        el.value = found ? found[1] : '';
      }
    });
  }

  function isBlank(pairs) {
    return pairs.every(function (p) { return p[1].trim() === ''; });
  }

  function setState(q, state) {
    const names = { saving: 'msgSaving', saved: 'msgSaved', pending: 'msgPending', refused: 'msgRefused' };
    if (q.stateEl.dataset.state === state) {
      return;
    }
    q.stateEl.dataset.state = state;
    q.stateEl.textContent = root.dataset[names[state]] || '';
  }

  function updateNav(q) {
    const link = document.querySelector('.attempt-nav-link[data-nav-for="' + q.id + '"]');
    if (!link) {
      return;
    }
    link.classList.toggle('is-answered', q.answered);
    link.classList.toggle('is-flagged', q.flagged);
    link.querySelector('.attempt-nav-status').textContent =
        (q.answered ? root.dataset.msgAnswered : root.dataset.msgUnanswered)
        + (q.flagged ? ', ' + root.dataset.msgFlagged : '');
  }

  function nextSeq(q) {
    q.lastSeq = Math.max(q.serverSeq + 1, Date.now(), q.lastSeq + 1);
    return q.lastSeq;
  }

  function changed(q, immediate) {
    const pairs = fieldsOf(q);
    writeLocal(q, { seq: nextSeq(q), fields: pairs });
    q.answered = !isBlank(pairs);
    updateNav(q);
    setState(q, 'pending');
    clearTimeout(q.timer);
    q.timer = setTimeout(function () { send(q); }, immediate ? 0 : 1000);
  }

  function send(q) {
    clearTimeout(q.timer);
    q.timer = null;
    if (q.inFlight) {
      q.again = true;
      return q.inFlight;
    }
    const entry = waiting(q);
    if (!entry || finished) {
      return Promise.resolve();
    }
    setState(q, 'saving');
    const body = new URLSearchParams();
    entry.fields.forEach(function (p) { body.append(p[0], p[1]); });
    body.append('seq', String(entry.seq));
    const sentAt = performance.now();
    q.inFlight = request('POST', root.dataset.answersUrl + q.id, body).then(function (r) {
      q.inFlight = null;
      saved(q, r, sentAt);
      if (q.again) {
        q.again = false;
        return send(q);
      }
      return undefined;
    });
    return q.inFlight;
  }

  function saved(q, r, sentAt) {
    if (r.kind === 'offline') {
      setState(q, 'pending');
      offline();
      return;
    }
    if (r.kind === 'session') {
      setState(q, 'pending');
      sessionEnded();
      return;
    }
    if (r.kind !== 'json') {
      setState(q, r.kind === 'gone' ? 'refused' : 'pending');
      if (r.kind !== 'gone') {
        scheduleRetry();
      }
      return;
    }
    connected();
    const d = r.data;
    if (d.remainingMs !== null && d.remainingMs !== undefined) {
      timer.sync(d.remainingMs, sentAt);
    }
    if (d.outcome === 'ACCEPTED' || d.outcome === 'IGNORED_STALE') {
      q.serverSeq = Math.max(q.serverSeq, d.sequence);
      dropLocalUpTo(q, q.serverSeq);
      setState(q, waiting(q) ? 'pending' : 'saved');
    } else {
      try { localStorage.removeItem(localPrefix + q.id); } catch (e) { /* nothing kept */ }
      setState(q, 'refused');
    }
    if (d.finished) {
      toReview();
    }
  }

  function resendAll() {
    questions.forEach(function (q) {
      if (waiting(q)) {
        send(q);
      }
    });
  }

  /** Sends everything waiting and waits for the answers, at most {@code ms}. True when the server has it all. */
  async function flush(ms) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      const pending = [];
      questions.forEach(function (q) {
        if (q.inFlight || q.timer || waiting(q)) {
          pending.push(send(q));
        }
      });
      if (!pending.length) {
        return true;
      }
      await Promise.race([Promise.all(pending), sleep(until - performance.now())]);
      if ((offlineBox && !offlineBox.hidden) || (sessionBox && !sessionBox.hidden)) {
        return false;
      }
      await sleep(100);
    }
    return false;
  }

  function toReview() {
    if (finished) {
      return;
    }
    finished = true;
    clearAllLocal();
    window.location.assign(root.dataset.reviewUrl);
  }

  // ------------------------------------------------------------------ flags

  async function toggleFlag(q, button) {
    const flagged = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(flagged));
    q.flagged = flagged;
    updateNav(q);
    const r = await request('POST', root.dataset.flagsUrl + q.id, new URLSearchParams({ flagged: String(flagged) }));
    if (r.kind === 'json' && r.data.done) {
      connected();
      return;
    }
    button.setAttribute('aria-pressed', String(!flagged));
    q.flagged = !flagged;
    updateNav(q);
    if (r.kind === 'offline') {
      offline();
    } else if (r.kind === 'session') {
      sessionEnded();
    }
  }

  // ------------------------------------------------------------------ countdown

  const timer = (function () {
    const box = document.getElementById('attempt-timer');
    if (!box) {
      return { sync: function () { } };
    }
    const time = document.getElementById('attempt-time');
    const hiddenNote = document.getElementById('attempt-time-hidden');
    const toggle = document.getElementById('attempt-time-toggle');
    const announce = document.getElementById('attempt-announce');
    const timeUpBox = document.getElementById('attempt-time-up');
    let deadline = performance.now() + Number(box.dataset.remainingMs);
    const start = deadline - performance.now();
    const said = { five: start <= 5 * 60000, one: start <= 60000 };
    let over = false;

    function text(ms) {
      const s = Math.max(0, Math.ceil(ms / 1000));
      const h = Math.floor(s / 3600);
      const m = Math.floor(s % 3600 / 60);
      const two = function (n) { return (n < 10 ? '0' : '') + n; };
      return h > 0 ? h + ':' + two(m) + ':' + two(s % 60) : m + ':' + two(s % 60);
    }

    function tick() {
      const left = deadline - performance.now();
      time.textContent = text(left);
      if (!said.five && left <= 5 * 60000) {
        said.five = true;
        announce.textContent = box.dataset.msgAnnounce5;
      }
      if (!said.one && left <= 60000) {
        said.one = true;
        announce.textContent = box.dataset.msgAnnounce1;
      }
      box.classList.toggle('is-low', left <= 60000);
      if (left <= 0 && !over) {
        over = true;
        timeUp();
      }
    }

    async function timeUp() {
      announce.textContent = box.dataset.msgTimeUp;
      timeUpBox && (timeUpBox.hidden = false);
      if (form) {
        form.setAttribute('inert', '');
      }
      await flush(3000);
      for (let delay = 1000; !finished; delay = Math.min(delay * 2, 8000)) {
        const r = await request('POST', root.dataset.submitUrl, new URLSearchParams());
        if (r.kind === 'json' || r.kind === 'gone') {
          toReview();
          return;
        }
        if (r.kind === 'session') {
          sessionEnded();
        } else if (r.kind === 'offline') {
          offlineBox && (offlineBox.hidden = false);
        }
        await sleep(delay);
      }
    }

    function showHidden(hide) {
      time.hidden = hide;
      hiddenNote.hidden = !hide;
      toggle.textContent = hide ? box.dataset.msgShow : box.dataset.msgHide;
      try { localStorage.setItem('steppe.timer.hidden', hide ? '1' : '0'); } catch (e) { /* not kept */ }
    }

    toggle.hidden = false;
    toggle.addEventListener('click', function () { showHidden(!time.hidden); });
    let stored = null;
    try { stored = localStorage.getItem('steppe.timer.hidden'); } catch (e) { /* shown */ }
    showHidden(stored === '1');
    tick();
    setInterval(tick, 500);

    return {
      /** The server's remaining time, measured when the request was sent: never later than the server's deadline. */
      sync: function (remainingMs, sentAt) {
        const server = sentAt + remainingMs;
        if (Math.abs(server - deadline) > 1000) {
          deadline = server;
        }
      }
    };
  })();

  // ------------------------------------------------------------------ wiring the form

  if (!form) {
    return;
  }

  document.querySelectorAll('.attempt-question').forEach(function (section) {
    const id = section.dataset.versionId;
    const prefix = 'q' + id;
    const flagButton = section.querySelector('.attempt-flag');
    const q = {
      id: id,
      section: section,
      serverSeq: Number(section.dataset.seq) || 0,
      lastSeq: Number(section.dataset.seq) || 0,
      stateEl: section.querySelector('.attempt-save-state'),
      flagged: flagButton ? flagButton.getAttribute('aria-pressed') === 'true' : false,
      answered: false,
      timer: null,
      inFlight: null,
      again: false,
      inputs: function () {
        return Array.prototype.filter.call(section.querySelectorAll('input[name], select[name], textarea[name]'),
            function (el) { return el.name === prefix || el.name.indexOf(prefix + '[') === 0; });
      }
    };
    q.answered = !isBlank(fieldsOf(q));
    questions.set(id, q);
    section.addEventListener('input', function (e) {
      const t = e.target;
      if (t.type !== 'radio' && t.type !== 'checkbox' && t.tagName !== 'SELECT') {
        changed(q, false);
      }
    });
    section.addEventListener('change', function (e) {
      const t = e.target;
      changed(q, t.type === 'radio' || t.type === 'checkbox' || t.tagName === 'SELECT');
    });
    section.addEventListener('keydown', function (e) {
      // Enter in a one-line field would send the whole form: save this answer instead
      if (e.key === 'Enter' && e.target.tagName === 'INPUT' && e.target.type !== 'submit') {
        e.preventDefault();
        send(q);
      }
    });
    if (flagButton) {
      flagButton.addEventListener('click', function (e) {
        e.preventDefault();
        toggleFlag(q, flagButton);
      });
    }
    // answers typed here earlier (a reload, a lost connection) that the server does not have yet
    const local = readLocal(q);
    if (local && local.seq > q.serverSeq) {
      applyFields(q, local.fields);
      q.lastSeq = Math.max(q.lastSeq, local.seq);
      q.answered = !isBlank(local.fields);
      updateNav(q);
      setState(q, 'pending');
    } else if (local) {
      dropLocalUpTo(q, q.serverSeq);
    }
  });
  resendAll();

  // Save, Next and Finish: send what is waiting first, then let the form go (it carries the submitter's action)
  let leaving = false;
  form.addEventListener('submit', async function (e) {
    if (leaving) {
      return;
    }
    e.preventDefault();
    const submitter = e.submitter;
    if (!(await flush(5000))) {
      return;
    }
    leaving = true;
    if (submitter && submitter.name) {
      const action = document.createElement('input');
      action.type = 'hidden';
      action.name = submitter.name;
      action.value = submitter.value;
      form.appendChild(action);
    }
    HTMLFormElement.prototype.submit.call(form);
  });
})();
