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

    // One save in flight per question: each says which saved version it builds on (baseSeq),
    // so the server takes it only on top of exactly that version.
    var inFlight = {};

    function send(pos, attempt) {
        var a = answers[pos];
        if (!a || a.savedSeq >= a.seq || closed && !a.finalFlush || a.stale) return Promise.resolve(true);
        if (inFlight[pos]) return inFlight[pos].then(function () { return send(pos, 0); });
        var seq = a.seq;
        var payload = JSON.stringify({ position: pos, seq: seq, baseSeq: a.savedSeq, choices: a.choices,
            trueFalse: a.trueFalse, text: a.text, flagged: !!a.flagged });
        var request = fetch(base + '/answers', {
            method: 'POST',
            // keepalive lets a save finish while the page closes; browsers cap such bodies at 64 KB
            keepalive: payload.length < 20000,
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: payload
        }).then(function (r) {
            // the server could not save it (e.g. the database is away): keep it and try again
            if (r.status >= 500) throw new Error('server ' + r.status);
            var json = (r.headers.get('Content-Type') || '').indexOf('json') >= 0;
            return (json ? r.json() : Promise.resolve({ status: 'ERROR' })).then(function (body) {
                return { status: r.status, body: body };
            });
        }).then(function (res) {
            var body = res.body;
            inFlight[pos] = null;
            if (typeof body.remainingMillis === 'number' && body.status !== 'CLOSED') {
                deadlineAt = performance.now() + body.remainingMillis;
            }
            if (body.status === 'SAVED' || body.status === 'STALE' && body.seq === seq) {
                // STALE with our own seq: this save had landed, only its reply was lost
                a.savedSeq = Math.max(a.savedSeq, seq);
                if (a.savedSeq >= a.seq) forget(pos);
                var text = msg('Saved') + ' ' + timeFormat.format(body.savedAt ? new Date(body.savedAt) : new Date());
                setState(pos, text, 'text-success');
                setGlobal(text, 'text-success');
                return a.seq > a.savedSeq ? send(pos, 0) : true;
            }
            if (body.status === 'STALE') {
                // another tab saved a newer version: stop here rather than overwrite it
                a.stale = true;
                setState(pos, msg('Stale'), 'text-danger fw-semibold');
                var field = questionEl(pos).querySelector('textarea');
                if (field) field.readOnly = true;
                return false;
            }
            if (body.status === 'CLOSED') {
                closeSheet(msg('Closed'));
                return false;
            }
            setState(pos, body.status === 'TOO_LONG' ? msg('Toolong') : (body.message || msg('Stale')),
                'text-danger fw-semibold');
            return false;
        }).catch(function () {
            // offline or the server is away: keep it (it is in localStorage) and try again
            inFlight[pos] = null;
            setState(pos, msg('Retrying'), 'text-warning-emphasis fw-semibold');
            setGlobal(msg('Retrying'), 'text-warning-emphasis fw-semibold');
            var wait = Math.min(15000, 2000 * Math.pow(2, attempt));
            return new Promise(function (resolve) {
                clearTimeout(timers[pos]);
                timers[pos] = setTimeout(function () { resolve(send(pos, attempt + 1)); }, wait);
            });
        });
        inFlight[pos] = request;
        return request;
    }

    /** Sends every answer not yet acknowledged; resolves true when all were saved. */
    function flushAll(finalFlush) {
        var pending = Object.keys(answers).filter(function (p) {
            return answers[p].seq > answers[p].savedSeq && !answers[p].stale;
        });
        pending.forEach(function (p) { answers[p].finalFlush = finalFlush; clearTimeout(timers[p]); });
        return Promise.all(pending.map(function (p) { return send(Number(p), 0); }))
            .then(function (results) { return results.every(function (ok) { return ok !== false; }); });
    }

    function closeSheet(text) {
        closed = true;
        setGlobal(text, 'text-danger fw-semibold');
        document.querySelectorAll('#sheet input, #sheet textarea, #submit').forEach(function (el) {
            if (el.tagName === 'TEXTAREA') el.readOnly = true; else el.disabled = true;
        });
    }

    // The countdown runs on performance.now() from the server's remaining time, never on the
    // computer's clock. It is set again from the server after every save and by resync(): when
    // the tab comes back to the front, after the computer slept (the monotonic clock may stand
    // still during sleep), when the network returns, and once a minute.
    var resyncing = false;
    function resync() {
        if (closed || resyncing) return;
        resyncing = true;
        var sent = performance.now();
        fetch(base + '/clock', { headers: { 'Accept': 'application/json' }, cache: 'no-store' })
            .then(function (r) { return r.json(); })
            .then(function (body) {
                if (body.status === 'CLOSED') {
                    closeSheet(msg('Closed'));
                } else if (typeof body.remainingMillis === 'number') {
                    var now = performance.now();
                    // the server read its clock about half-way through the round trip
                    deadlineAt = now - (now - sent) / 2 + body.remainingMillis;
                    tick();
                }
            })
            .catch(function () { /* offline: the next resync or save corrects it */ })
            .then(function () { resyncing = false; });
    }

    var lastTick = { mono: performance.now(), wall: Date.now() };
    function tick() {
        var mono = performance.now(), wall = Date.now();
        // a long pause between ticks (sleep, a frozen tab) or the two clocks drifting apart: ask the server
        if (mono - lastTick.mono > 5000 || Math.abs((wall - lastTick.wall) - (mono - lastTick.mono)) > 2000) {
            lastTick = { mono: mono, wall: wall };
            resync();
        }
        lastTick = { mono: mono, wall: wall };
        var left = Math.max(0, deadlineAt - performance.now());
        var total = Math.floor(left / 1000);
        var h = Math.floor(total / 3600), m = Math.floor(total % 3600 / 60), s = total % 60;
        document.getElementById('countdown').textContent =
            (h > 0 ? h + ':' : '') + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
        document.querySelector('.countdown').classList.toggle('text-danger', total < 300);
        if (left <= 0 && !closed) {
            // last edits are still taken during the grace period: send them, then show the receipt;
            // offline, the server submits by itself at the deadline with what it has
            closeSheet(msg('Timeup'));
            flushAll(true).then(function () {
                if (navigator.onLine) document.getElementById('submit-form').submit();
            });
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

    // a reload comes back to the question the candidate was working on
    root.addEventListener('focusin', function (e) {
        var q = e.target.closest('article.question');
        if (q) { try { sessionStorage.setItem(storeKey + 'at', q.id); } catch (err) { /* ignore */ } }
    });
    (function resumePlace() {
        var at = null;
        try { at = sessionStorage.getItem(storeKey + 'at'); } catch (err) { at = null; }
        var q = at && document.getElementById(at);
        if (q && !location.hash) q.scrollIntoView({ block: 'center' });
    })();

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
    window.addEventListener('blur', function () { signals.focusLosses++; });
    window.addEventListener('online', function () { flushAll(false); resync(); });
    window.addEventListener('pageshow', function (e) { if (e.persisted) resync(); });
    window.addEventListener('offline', function () { setGlobal(msg('Offline'), 'text-warning-emphasis fw-semibold'); });

    function flushSignals() {
        if (!signals.focusLosses && !signals.pastes) return;
        var body = JSON.stringify(signals);
        if (navigator.sendBeacon(base + '/signals', new Blob([body], { type: 'application/json' }))) {
            signals = { focusLosses: 0, pastes: 0 };
        }
    }
    setInterval(flushSignals, 10000);
    window.addEventListener('pagehide', function () { flushSignals(); flushAll(false); });
    document.addEventListener('visibilitychange', function () {
        if (document.hidden) flushAll(false); else resync();
    });
    setInterval(function () { if (!document.hidden) resync(); }, 60000);

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
        var button = this;
        button.disabled = true;
        flushSignals();
        // submit only once every answer is acknowledged, so nothing typed is left behind
        flushAll(false).then(function (allSaved) {
            if (allSaved) {
                document.getElementById('submit-form').submit();
            } else {
                button.disabled = false;
                document.getElementById('submit-summary').textContent = msg('Retrying');
            }
        });
    });

    tick();
    setInterval(tick, 500);
})();
