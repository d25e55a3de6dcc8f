// The candidate's sheet. The server owns the time and the truth; this script makes sure that
// what the candidate types reaches it: each answer carries a sequence number that only grows,
// unsaved answers wait in localStorage (they survive a reload or a lost connection) and are
// sent again until the server acknowledges them.
(function () {
    'use strict';
    var root = document.getElementById('sheet');
    if (!root) return;
    var token = root.dataset.token;
    var base = '/s/' + encodeURIComponent(token);
    var storeKey = 'kaoping:' + token + ':';
    var msg = function (name) { return root.dataset['msg' + name] || ''; };
    var lang = document.documentElement.lang || 'zh-CN';
    var timeFormat = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    var answers = {};      // position -> {seq, savedSeq, value, flagged}
    var timers = {};
    var closed = false;
    var deadlineAt = performance.now() + Number(root.dataset.remaining);
    var signals = { focusLosses: 0, pastes: 0 };

    function questionEl(pos) { return document.getElementById('q-' + pos); }

    function readValue(pos) {
        var q = questionEl(pos);
        var kind = q.dataset.kind;
        var value = { choices: null, trueFalse: null, text: null };
        if (kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE') {
            value.choices = Array.prototype.filter.call(q.querySelectorAll('input.choice'), function (i) { return i.checked; })
                .map(function (i) { return Number(i.value); });
        } else if (kind === 'TRUE_FALSE') {
            var checked = q.querySelector('input.tf:checked');
            value.trueFalse = checked ? checked.value === 'true' : null;
        } else {
            value.text = q.querySelector('textarea.answer-text').value;
        }
        return value;
    }

    function writeValue(pos, a) {
        var q = questionEl(pos);
        if (!q) return;
        q.querySelectorAll('input.choice').forEach(function (i) {
            i.checked = (a.choices || []).indexOf(Number(i.value)) >= 0;
        });
        q.querySelectorAll('input.tf').forEach(function (i) {
            i.checked = a.trueFalse !== null && a.trueFalse !== undefined && String(a.trueFalse) === i.value;
        });
        var area = q.querySelector('textarea.answer-text');
        if (area && a.text !== null && a.text !== undefined) area.value = a.text;
        q.querySelector('input.flag').checked = !!a.flagged;
    }

    function isAnswered(a) {
        return a && ((a.choices && a.choices.length) || a.trueFalse !== null && a.trueFalse !== undefined
            || (a.text && a.text.trim().length));
    }

    function refreshNavigator() {
        var count = 0;
        document.querySelectorAll('article.question').forEach(function (q) {
            var pos = Number(q.dataset.position);
            var a = answers[pos] || readValue(pos);
            var nav = document.getElementById('nav-' + pos);
            var answered = isAnswered(a);
            if (answered) count++;
            nav.classList.toggle('answered', !!answered);
            nav.classList.toggle('flagged', !!(answers[pos] && answers[pos].flagged));
        });
        document.getElementById('answered-count').textContent = count;
    }

    function setState(pos, text, cls) {
        var el = questionEl(pos) && questionEl(pos).querySelector('.q-state');
        if (el) { el.textContent = text; el.className = 'small mt-1 q-state ' + (cls || ''); }
    }

    function setGlobal(text, cls) {
        var el = document.getElementById('save-state');
        el.textContent = text;
        el.className = 'small ' + (cls || '');
    }

    function remember(pos) {
        try { localStorage.setItem(storeKey + pos, JSON.stringify(answers[pos])); } catch (e) { /* full or private */ }
    }

    function forget(pos) {
        try { localStorage.removeItem(storeKey + pos); } catch (e) { /* ignore */ }
    }

    function changed(pos, immediately) {
        if (closed) return;
        var a = answers[pos] || { seq: 0, savedSeq: 0 };
        var v = readValue(pos);
        a.choices = v.choices; a.trueFalse = v.trueFalse; a.text = v.text;
        a.flagged = questionEl(pos).querySelector('input.flag').checked;
        a.seq = Math.max(a.seq, a.savedSeq) + 1;
        answers[pos] = a;
        remember(pos);
        refreshNavigator();
        setState(pos, msg('Saving'), 'text-muted');
        clearTimeout(timers[pos]);
        timers[pos] = setTimeout(function () { send(pos, 0); }, immediately ? 0 : 800);
    }

    function send(pos, attempt) {
        var a = answers[pos];
        if (!a || a.savedSeq >= a.seq || closed) return;
        var seq = a.seq;
        fetch(base + '/answers', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify({ position: pos, seq: seq, choices: a.choices, trueFalse: a.trueFalse,
                text: a.text, flagged: !!a.flagged })
        }).then(function (r) {
            return r.json().then(function (body) { return { ok: r.ok, body: body }; });
        }).then(function (res) {
            var body = res.body;
            if (typeof body.remainingMillis === 'number' && body.status !== 'CLOSED') {
                deadlineAt = performance.now() + body.remainingMillis;
            }
            if (body.status === 'SAVED') {
                a.savedSeq = Math.max(a.savedSeq, body.seq);
                if (a.savedSeq >= a.seq) forget(pos);
                var text = msg('Saved') + ' ' + timeFormat.format(new Date(body.savedAt));
                setState(pos, text, 'text-success');
                setGlobal(text, 'text-success');
                if (a.seq > a.savedSeq) send(pos, 0);
            } else if (body.status === 'STALE') {
                a.savedSeq = body.seq;
                setState(pos, msg('Stale'), 'text-danger fw-semibold');
            } else if (body.status === 'CLOSED') {
                closeSheet(msg('Closed'));
            } else {
                setState(pos, body.status === 'TOO_LONG' ? msg('Toolong') : body.message, 'text-danger fw-semibold');
            }
        }).catch(function () {
            // offline or the server is away: keep it (it is in localStorage) and try again
            setState(pos, msg('Retrying'), 'text-warning-emphasis fw-semibold');
            setGlobal(msg('Retrying'), 'text-warning-emphasis fw-semibold');
            var wait = Math.min(15000, 2000 * Math.pow(2, attempt));
            clearTimeout(timers[pos]);
            timers[pos] = setTimeout(function () { send(pos, attempt + 1); }, wait);
        });
    }

    function closeSheet(text) {
        closed = true;
        setGlobal(text, 'text-danger fw-semibold');
        document.querySelectorAll('#sheet input, #sheet textarea, #submit').forEach(function (el) {
            if (el.tagName === 'TEXTAREA') el.readOnly = true; else el.disabled = true;
        });
    }

    function tick() {
        var left = Math.max(0, deadlineAt - performance.now());
        var total = Math.floor(left / 1000);
        var h = Math.floor(total / 3600), m = Math.floor(total % 3600 / 60), s = total % 60;
        document.getElementById('countdown').textContent =
            (h > 0 ? h + ':' : '') + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
        document.querySelector('.countdown').classList.toggle('text-danger', total < 300);
        if (left <= 0 && !closed) {
            // the server submits at the deadline anyway; this only takes the candidate to the receipt
            closeSheet(msg('Timeup'));
            setTimeout(function () { document.getElementById('submit-form').submit(); }, 1500);
        }
    }

    // restore: what the server has, then anything newer kept in this browser
    JSON.parse(document.getElementById('saved-answers').textContent).forEach(function (a) {
        answers[a.position] = { seq: a.seq, savedSeq: a.seq, choices: a.choices, trueFalse: a.trueFalse,
            text: a.text, flagged: a.flagged };
        writeValue(a.position, answers[a.position]);
    });
    document.querySelectorAll('article.question').forEach(function (q) {
        var pos = Number(q.dataset.position);
        var kept = null;
        try { kept = JSON.parse(localStorage.getItem(storeKey + pos)); } catch (e) { kept = null; }
        if (kept && (!answers[pos] || kept.seq > answers[pos].savedSeq)) {
            kept.savedSeq = answers[pos] ? answers[pos].savedSeq : 0;
            answers[pos] = kept;
            writeValue(pos, kept);
            send(pos, 0);
        } else if (kept) {
            forget(pos);
        }
    });
    refreshNavigator();

    root.addEventListener('input', function (e) {
        var q = e.target.closest('article.question');
        if (q && e.target.matches('textarea')) changed(Number(q.dataset.position), false);
    });
    root.addEventListener('change', function (e) {
        var q = e.target.closest('article.question');
        if (q) changed(Number(q.dataset.position), true);
    });
    root.addEventListener('focusout', function (e) {
        var q = e.target.closest('article.question');
        if (q && e.target.matches('textarea')) {
            var pos = Number(q.dataset.position);
            clearTimeout(timers[pos]);
            send(pos, 0);
        }
    });
    root.addEventListener('paste', function () { signals.pastes++; });
    document.addEventListener('visibilitychange', function () { if (document.hidden) signals.focusLosses++; });
    window.addEventListener('online', function () {
        Object.keys(answers).forEach(function (pos) { send(Number(pos), 0); });
    });
    window.addEventListener('offline', function () { setGlobal(msg('Offline'), 'text-warning-emphasis fw-semibold'); });

    function flushSignals() {
        if (!signals.focusLosses && !signals.pastes) return;
        var body = JSON.stringify(signals);
        signals = { focusLosses: 0, pastes: 0 };
        navigator.sendBeacon(base + '/signals', new Blob([body], { type: 'application/json' }));
    }
    setInterval(flushSignals, 10000);
    window.addEventListener('pagehide', flushSignals);

    var dialog = document.getElementById('submit-dialog');
    document.getElementById('submit').addEventListener('click', function () {
        var unanswered = [], flagged = [];
        document.querySelectorAll('article.question').forEach(function (q) {
            var pos = Number(q.dataset.position);
            var a = answers[pos] || readValue(pos);
            if (!isAnswered(a)) unanswered.push(pos + 1);
            if (answers[pos] && answers[pos].flagged) flagged.push(pos + 1);
        });
        document.getElementById('submit-summary').textContent =
            msg('Unanswered') + ' ' + (unanswered.length ? unanswered.join(', ') : msg('None')) + '. ' +
            msg('Flagged') + ' ' + (flagged.length ? flagged.join(', ') : msg('None')) + '.';
        dialog.showModal();
    });
    document.getElementById('cancel-submit').addEventListener('click', function () { dialog.close(); });
    document.getElementById('confirm-submit').addEventListener('click', function () {
        this.disabled = true;
        flushSignals();
        var pending = Object.keys(answers).filter(function (p) { return answers[p].seq > answers[p].savedSeq; });
        pending.forEach(function (p) { send(Number(p), 0); });
        // give pending saves a moment; the server keeps only what it acknowledged either way
        setTimeout(function () { document.getElementById('submit-form').submit(); }, pending.length ? 1200 : 0);
    });

    tick();
    setInterval(tick, 500);
})();
