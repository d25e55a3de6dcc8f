// The candidate's sheet. The server owns the time and the truth; this script makes sure that
// what the candidate types reaches it, and that the page never says "saved" for text that is
// not the stored text.
//
// The save protocol: this page has a random writer id (one per loaded sheet: a tab, a phone, a
// laptop). Each save carries it, a sequence number that only grows within this page, and the
// stored version it was made on (baseSeq). The server stores a save only on top of exactly that
// version, and a refusal says what is stored instead: this page's own earlier save (its reply was
// lost: carry on from it), or another page's text (shown beside ours; the candidate chooses).
// Unsaved answers wait in localStorage (they survive a reload or a lost connection) and are sent
// again until the server acknowledges them.
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
    // a pause in typing saves after DEBOUNCE ms; steady typing saves at least every MAX_WAIT ms
    // (Moodle waits up to 60 s, ORA2 about 4 s: 5 s loses little on a crash and, even with
    // 3,000 candidates all typing, is a few hundred saves a second, a fraction of what one node takes)
    var DEBOUNCE = 800, MAX_WAIT = 5000;
    var writer = newWriterId();
    var answers = {};      // position -> {seq, savedSeq, choices, trueFalse, text, flagged, conflict, previous, pendingSince}
    var timers = {};
    var inFlight = {};
    var closed = false;
    var deadlineAt = performance.now() + Number(root.dataset.remaining);
    var signals = { focusLosses: 0, pastes: 0 };

    function newWriterId() {
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        return btoa(String.fromCharCode.apply(null, bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

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
        if (area) area.value = a.text === null || a.text === undefined ? '' : a.text;
        q.querySelector('input.flag').checked = !!a.flagged;
    }

    function content(a) {
        return { choices: a.choices || null, trueFalse: a.trueFalse === undefined ? null : a.trueFalse,
            text: a.text === undefined ? null : a.text, flagged: !!a.flagged };
    }

    function sameContent(a, b) {
        var ca = (a.choices || []).slice().sort().join(','), cb = (b.choices || []).slice().sort().join(',');
        var ta = a.text || '', tb = b.text || '';
        var fa = a.trueFalse === undefined ? null : a.trueFalse, fb = b.trueFalse === undefined ? null : b.trueFalse;
        return ca === cb && ta === tb && fa === fb;
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
            nav.classList.toggle('conflict', !!(answers[pos] && answers[pos].conflict));
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

    function showSaved(pos, at) {
        var text = msg('Saved') + ' ' + timeFormat.format(at ? new Date(at) : new Date());
        setState(pos, text, 'text-success');
        setGlobal(text, 'text-success');
    }

    // The browser's copy of an answer not yet acknowledged: the text, the page that typed it and
    // the version it was typed on, so a reload can tell "it landed", "it goes on top" and "conflict".
    function kept(pos) {
        try { return JSON.parse(localStorage.getItem(storeKey + pos)); } catch (e) { return null; }
    }

    function remember(pos) {
        var a = answers[pos];
        var entry = content(a);
        entry.writer = writer; entry.seq = a.seq; entry.base = a.savedSeq;
        try { localStorage.setItem(storeKey + pos, JSON.stringify(entry)); } catch (e) { /* full or private */ }
    }

    /** Drops the browser's copy once it is stored; another tab's newer copy in this browser stays. */
    function forget(pos) {
        var entry = kept(pos);
        if (entry && entry.writer === writer && entry.seq <= answers[pos].savedSeq) {
            try { localStorage.removeItem(storeKey + pos); } catch (e) { /* ignore */ }
        }
    }

    function schedule(pos, immediately) {
        var a = answers[pos];
        var now = performance.now();
        if (!a.pendingSince) a.pendingSince = now;
        var delay = immediately ? 0 : Math.max(0, Math.min(DEBOUNCE, MAX_WAIT - (now - a.pendingSince)));
        clearTimeout(timers[pos]);
        timers[pos] = setTimeout(function () { send(pos, 0); }, delay);
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
        if (a.conflict) {
            // kept here and in this browser, but not sent until the candidate chooses a version
            setState(pos, msg('Conflict'), 'text-danger fw-semibold');
            return;
        }
        setState(pos, msg('Saving'), 'text-muted');
        schedule(pos, immediately);
    }

    /** Sends the answer if it has unsaved changes; one save in flight per question. Resolves true when saved. */
    function send(pos, attempt) {
        var a = answers[pos];
        if (!a || a.savedSeq >= a.seq || closed && !a.finalFlush) return Promise.resolve(true);
        if (a.conflict) return Promise.resolve(false);
        if (inFlight[pos]) return inFlight[pos].then(function () { return send(pos, 0); });
        var seq = a.seq;
        a.pendingSince = null;
        var payload = JSON.stringify({ position: pos, writer: writer, seq: seq, baseSeq: a.savedSeq,
            choices: a.choices, trueFalse: a.trueFalse, text: a.text, flagged: !!a.flagged });
        var request = fetch(base + '/answers', {
            method: 'POST',
            // keepalive lets a save finish while the page closes; browsers cap such bodies at 64 KB
            keepalive: payload.length < 20000,
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: payload
        }).then(function (r) {
            // the server could not save it (the database is away, or too many saves came at once): keep it and try again
            if (r.status >= 500 || r.status === 429) throw new Error('server ' + r.status);
            var json = (r.headers.get('Content-Type') || '').indexOf('json') >= 0;
            return json ? r.json() : { status: 'ERROR' };
        }).then(function (body) {
            inFlight[pos] = null;
            if (typeof body.remainingMillis === 'number' && body.status !== 'CLOSED') {
                deadlineAt = performance.now() + body.remainingMillis;
            }
            if (body.status === 'SAVED') {
                return landed(pos, seq, body.savedAt);
            }
            if (body.status === 'STALE' && body.mine) {
                // this page's own earlier save is stored (its reply never came): carry on from it
                return landed(pos, body.seq, body.savedAt);
            }
            if (body.status === 'STALE' && body.answer) {
                return storedElsewhere(pos, { seq: body.seq, savedAt: body.savedAt, choices: body.answer.choices,
                    trueFalse: body.answer.trueFalse, text: body.answer.text, flagged: body.answer.flagged });
            }
            if (body.status === 'CLOSED') {
                closeSheet(msg('Closed'));
                return false;
            }
            setState(pos, body.status === 'TOO_LONG' ? msg('Toolong') : (body.message || msg('Notsaved')),
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

    /** Version {@code seq}, written by this page, is stored: send whatever was typed since on top of it. */
    function landed(pos, seq, savedAt) {
        var a = answers[pos];
        a.savedSeq = Math.max(a.savedSeq, seq);
        if (a.savedSeq >= a.seq) {
            forget(pos);
            showSaved(pos, savedAt);
            return true;
        }
        return send(pos, 0);
    }

    /** Another tab or device stored a different version: the same text needs nothing; else the candidate chooses. */
    function storedElsewhere(pos, other) {
        var a = answers[pos];
        if (sameContent(a, other)) {
            a.savedSeq = Math.max(a.savedSeq, other.seq);
            a.seq = Math.max(a.seq, a.savedSeq);
            forget(pos);
            showSaved(pos, other.savedAt);
            return true;
        }
        a.conflict = other;
        remember(pos);
        showConflict(pos);
        return false;
    }

    // ---- two versions of one answer: shown side by side, nothing dropped without the candidate ----

    function optionLabel(pos, shown) {
        var label = questionEl(pos).querySelector('label[for="a-' + pos + '-' + shown + '"]');
        return label ? label.textContent : String(shown + 1);
    }

    function describe(pos, c) {
        var q = questionEl(pos);
        if (q.dataset.kind === 'SINGLE_CHOICE' || q.dataset.kind === 'MULTIPLE_CHOICE') {
            return (c.choices || []).length ? c.choices.map(function (s) { return optionLabel(pos, s); }).join('\n') : msg('Empty');
        }
        if (q.dataset.kind === 'TRUE_FALSE') {
            return c.trueFalse === null || c.trueFalse === undefined ? msg('Empty') : (c.trueFalse ? msg('True') : msg('False'));
        }
        return c.text && c.text.length ? c.text : msg('Empty');
    }

    function panel(pos, cls, title, shown, buttons) {
        var q = questionEl(pos);
        var old = q.querySelector('.version-panel');
        if (old) old.remove();
        var box = document.createElement('div');
        box.className = 'version-panel alert mt-2 mb-0 ' + cls;
        box.setAttribute('role', 'region');
        var p = document.createElement('p');
        p.className = 'mb-2 fw-semibold';
        p.textContent = title;
        box.appendChild(p);
        if (shown !== null) {
            var text = document.createElement('div');
            text.className = 'pre-wrap other-version border rounded bg-white p-2 mb-2';
            text.textContent = shown;
            box.appendChild(text);
        }
        var row = document.createElement('div');
        row.className = 'd-flex flex-wrap gap-2';
        buttons.forEach(function (b) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-sm ' + b.cls;
            button.dataset.action = b.action;
            button.textContent = b.label;
            button.addEventListener('click', b.run);
            row.appendChild(button);
        });
        box.appendChild(row);
        q.querySelector('.q-state').before(box);
        return box;
    }

    function clearPanel(pos) {
        var old = questionEl(pos) && questionEl(pos).querySelector('.version-panel');
        if (old) old.remove();
    }

    function showConflict(pos) {
        var a = answers[pos];
        var at = a.conflict.savedAt ? timeFormat.format(new Date(a.conflict.savedAt)) : '';
        panel(pos, 'alert-warning conflict-panel', msg('Conflicttitle').replace('{0}', at), describe(pos, a.conflict), [
            { action: 'keep-mine', cls: 'btn-primary', label: msg('Keepmine'), run: function () { keepMine(pos); } },
            { action: 'use-other', cls: 'btn-outline-secondary', label: msg('Useother'), run: function () { useOther(pos); } }
        ]);
        setState(pos, msg('Conflict'), 'text-danger fw-semibold');
        setGlobal(msg('Conflict'), 'text-danger fw-semibold');
        refreshNavigator();
    }

    /** What is typed here goes on top of the other version. */
    function keepMine(pos) {
        var a = answers[pos];
        a.savedSeq = Math.max(a.savedSeq, a.conflict.seq);
        a.seq = Math.max(a.seq, a.savedSeq) + 1;
        a.conflict = null;
        clearPanel(pos);
        remember(pos);
        refreshNavigator();
        setState(pos, msg('Saving'), 'text-muted');
        send(pos, 0);
    }

    /** The other version is kept; what was here stays offered until the candidate moves on. */
    function useOther(pos) {
        var a = answers[pos];
        adopt(pos, a.conflict, msg('Usedother'));
    }

    /** Shows a stored version from elsewhere in the fields, with a way back to what was here. */
    function adopt(pos, other, title) {
        var a = answers[pos];
        var previous = content(a);
        a.choices = other.choices; a.trueFalse = other.trueFalse; a.text = other.text; a.flagged = !!other.flagged;
        a.savedSeq = Math.max(a.savedSeq, other.seq);
        a.seq = Math.max(a.seq, a.savedSeq);
        a.conflict = null;
        writeValue(pos, a);
        remember(pos);
        forget(pos);
        refreshNavigator();
        showSaved(pos, other.savedAt);
        if (sameContent(previous, other)) { clearPanel(pos); return; }
        if (!isAnswered(previous)) {
            // nothing was here to lose: just say where the answer came from
            clearPanel(pos);
            setState(pos, title, 'text-info-emphasis');
            return;
        }
        panel(pos, 'alert-info adopted-panel', title, describe(pos, previous), [
            { action: 'restore', cls: 'btn-outline-primary', label: msg('Restore'), run: function () {
                clearPanel(pos);
                writeValue(pos, previous);
                changed(pos, true);
            } },
            { action: 'dismiss', cls: 'btn-outline-secondary', label: msg('Dismiss'), run: function () { clearPanel(pos); } }
        ]);
    }

    /** Sends every answer not yet acknowledged; resolves true when all were saved. */
    function flushAll(finalFlush) {
        var pending = Object.keys(answers).filter(function (p) {
            return answers[p].seq > answers[p].savedSeq || answers[p].conflict;
        });
        pending.forEach(function (p) { answers[p].finalFlush = finalFlush; clearTimeout(timers[p]); });
        return Promise.all(pending.map(function (p) { return send(Number(p), 0); }))
            .then(function (results) { return results.every(function (ok) { return ok !== false; }); });
    }

    function conflicts() {
        return Object.keys(answers).filter(function (p) { return answers[p].conflict; })
            .map(function (p) { return Number(p); });
    }

    function closeSheet(text) {
        closed = true;
        setGlobal(text, 'text-danger fw-semibold');
        document.querySelectorAll('#sheet input, #sheet textarea, #submit, #sheet .version-panel button').forEach(function (el) {
            if (el.tagName === 'TEXTAREA') el.readOnly = true; else el.disabled = true;
        });
    }

    // ---- what the server has: the clock, and versions stored by other tabs or devices ----

    // The countdown runs on performance.now() from the server's remaining time, never on the
    // computer's clock. It is set again from the server after every save and by resync(): when
    // the tab comes back to the front, after the computer slept (the monotonic clock may stand
    // still during sleep), when the network returns, and once a minute. The same reply lists the
    // stored version of every answer, so this page learns what another tab or device saved.
    var resyncing = false;
    function resync() {
        if (closed || resyncing) return;
        resyncing = true;
        var sent = performance.now();
        fetch(base + '/clock?writer=' + encodeURIComponent(writer), { headers: { 'Accept': 'application/json' }, cache: 'no-store' })
            .then(function (r) { return r.json(); })
            .then(function (body) {
                if (body.status === 'CLOSED') {
                    closeSheet(msg('Closed'));
                    return;
                }
                if (typeof body.remainingMillis === 'number') {
                    var now = performance.now();
                    // the server read its clock about half-way through the round trip
                    deadlineAt = now - (now - sent) / 2 + body.remainingMillis;
                    tick();
                }
                (body.versions || []).forEach(compare);
            })
            .catch(function () { /* offline: the next resync or save corrects it */ })
            .then(function () { resyncing = false; });
    }

    function compare(v) {
        var pos = v.position;
        var a = answers[pos];
        if (!questionEl(pos) || inFlight[pos] || a && (a.conflict || v.seq === a.savedSeq)) return;
        if (v.mine) {
            if (a && v.seq > a.savedSeq) landed(pos, v.seq, null);
            return;
        }
        if (a && v.seq < a.savedSeq) return;
        fetch(base + '/answers/' + pos + '?writer=' + encodeURIComponent(writer),
            { headers: { 'Accept': 'application/json' }, cache: 'no-store' })
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (other) {
                if (!other || other.mine || inFlight[pos]) return;
                var mine = answers[pos] || { seq: 0, savedSeq: 0 };
                answers[pos] = mine;
                if (other.seq <= mine.savedSeq || mine.conflict) return;
                if (mine.seq > mine.savedSeq && !sameContent(mine, other)) {
                    // typed here and not yet saved, while another tab saved something else: choose
                    storedElsewhere(pos, other);
                } else {
                    adopt(pos, other, msg('Updatedelsewhere').replace('{0}',
                        other.savedAt ? timeFormat.format(new Date(other.savedAt)) : ''));
                }
            })
            .catch(function () { /* checked again at the next resync */ });
    }

    // a screen reader hears the time only when it matters: at 5 minutes and at 1 minute left
    // (politely: not in the middle of what it is reading); thresholds already past at load stay quiet
    var announced = {};
    function announceTime(left) {
        [5, 1].forEach(function (minutes) {
            if (left <= minutes * 60000 && !announced[minutes]) {
                announced[minutes] = true;
                if (left > (minutes * 60000) - 30000) {
                    document.getElementById('time-announcer').textContent = msg('Minutesleft').replace('{0}', minutes);
                }
            }
        });
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
        announceTime(left);
        if (left <= 0 && !closed) {
            // last edits are still taken during the grace period: send them, then show the receipt;
            // offline, the server submits by itself at the deadline with what it has
            closeSheet(msg('Timeup'));
            flushAll(true).then(function () {
                if (navigator.onLine) document.getElementById('submit-form').submit();
            });
        }
    }

    // ---- restore: what the server has, then anything this browser kept that is not stored ----

    var stored = {};
    JSON.parse(document.getElementById('saved-answers').textContent).forEach(function (s) {
        stored[s.position] = s;
        answers[s.position] = { seq: s.seq, savedSeq: s.seq, choices: s.choices, trueFalse: s.trueFalse,
            text: s.text, flagged: s.flagged };
        writeValue(s.position, answers[s.position]);
    });
    document.querySelectorAll('article.question').forEach(function (q) {
        var pos = Number(q.dataset.position);
        var e = kept(pos);
        if (!e || e.writer === writer) return;
        // kept by the script before writer ids: it was typed on the version it called savedSeq
        if (e.base === undefined) e.base = e.savedSeq || 0;
        var s = stored[pos];
        if (s && e.writer === s.writer && s.seq >= e.seq || s && sameContent(e, s)) {
            // it landed (only its reply was lost), or the same text is stored anyway
            try { localStorage.removeItem(storeKey + pos); } catch (err) { /* ignore */ }
            return;
        }
        var storedSeq = s ? s.seq : 0;
        var a = { seq: storedSeq, savedSeq: storedSeq, choices: e.choices, trueFalse: e.trueFalse, text: e.text,
            flagged: e.flagged };
        answers[pos] = a;
        writeValue(pos, a);
        // typed on the version that is still stored, or on one its own page saved since: it goes on top
        var onTop = s ? s.seq === e.base || e.writer === s.writer && s.seq < e.seq : true;
        if (onTop) {
            a.seq = storedSeq + 1;
            remember(pos);
            send(pos, 0);
        } else {
            a.conflict = { seq: s.seq, savedAt: null, choices: s.choices, trueFalse: s.trueFalse, text: s.text,
                flagged: s.flagged };
            a.seq = storedSeq;
            a.savedSeq = e.base;
            remember(pos);
            showConflict(pos);
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
        if (q && e.target.matches('textarea.answer-text')) changed(Number(q.dataset.position), false);
    });
    root.addEventListener('change', function (e) {
        var q = e.target.closest('article.question');
        if (q && e.target.matches('input.choice, input.tf, input.flag')) changed(Number(q.dataset.position), true);
    });
    root.addEventListener('focusout', function (e) {
        var q = e.target.closest('article.question');
        if (q && e.target.matches('textarea.answer-text')) {
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
    // leaving or hiding the page saves at once (a phone may never show it again)
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
        var twoVersions = conflicts().map(function (p) { return p + 1; });
        document.getElementById('submit-summary').textContent =
            (twoVersions.length ? msg('Conflictsfirst') + ' ' + twoVersions.join(', ') + '. ' : '') +
            msg('Unanswered') + ' ' + (unanswered.length ? unanswered.join(', ') : msg('None')) + '. ' +
            msg('Flagged') + ' ' + (flagged.length ? flagged.join(', ') : msg('None')) + '.';
        document.getElementById('confirm-submit').disabled = twoVersions.length > 0;
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
                document.getElementById('submit-summary').textContent = conflicts().length ? msg('Conflictsfirst') : msg('Retrying');
            }
        });
    });

    tick();
    setInterval(tick, 500);
})();
