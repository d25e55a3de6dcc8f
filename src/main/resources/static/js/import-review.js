// The import review page: parts of a question shown by its kind, live totals as in the paper
// builder, and each question linked to the source lines it came from (click one, see the other).
(function () {
    'use strict';
    var form = document.getElementById('review-form');
    if (!form) return;

    function number(input) {
        if (!input) return 0;
        var v = parseFloat(String(input.value).replace(/[０-９．]/g, function (c) {
            return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
        }));
        return isNaN(v) ? 0 : v;
    }

    function plain(n) {
        return (Math.round(n * 10) / 10).toString();
    }

    // A question shows the fields of its kind only; hidden ones keep their values.
    function showKind(question) {
        var select = question.querySelector('select.kind');
        var kind = select ? select.value : '';
        question.querySelectorAll('.kind-part').forEach(function (part) {
            part.hidden = part.dataset.kinds.split(' ').indexOf(kind) < 0;
        });
    }

    function totals() {
        var paper = 0;
        form.querySelectorAll('.import-section').forEach(function (section) {
            var sum = 0;
            section.querySelectorAll('.import-question').forEach(function (q) {
                var include = q.querySelector('input.include');
                var on = !include || include.checked;
                q.classList.toggle('left-out', !on);
                if (on) sum += number(q.querySelector('input.points'));
                var steps = 0, any = false;
                q.querySelectorAll('input.step-points').forEach(function (s) {
                    if (s.value.trim() !== '') { any = true; steps += number(s); }
                });
                var note = q.querySelector('.steps-sum');
                if (note) {
                    var points = number(q.querySelector('input.points'));
                    note.textContent = any ? note.dataset.text.replace('{0}', plain(steps)) : '';
                    note.classList.toggle('text-danger', any && steps !== points);
                }
            });
            paper += sum;
            var out = section.querySelector('.section-total .value');
            if (out) out.textContent = plain(sum);
        });
        var total = document.querySelector('#paper-total .value');
        if (total) total.textContent = plain(paper);
    }

    var marked = [];
    function markLines(from, to, scroll) {
        marked.forEach(function (li) { li.classList.remove('linked'); });
        marked = [];
        for (var n = from; n <= to; n++) {
            var li = document.getElementById('L' + n);
            if (li) { li.classList.add('linked'); marked.push(li); }
        }
        if (scroll && marked.length) marked[0].scrollIntoView({block: 'nearest', behavior: 'smooth'});
    }

    form.querySelectorAll('.import-question').forEach(showKind);
    totals();

    form.addEventListener('change', function (e) {
        if (e.target.matches('select.kind')) showKind(e.target.closest('.import-question'));
        totals();
    });
    form.addEventListener('input', function (e) {
        if (e.target.matches('input.points, input.step-points')) totals();
    });
    // A question taking the keyboard or a click shows where it came from.
    form.addEventListener('focusin', function (e) {
        var q = e.target.closest('.import-question');
        if (q && q.dataset.from) markLines(+q.dataset.from, +q.dataset.to, true);
    });
    form.addEventListener('click', function (e) {
        var link = e.target.closest('.source-link');
        if (link) markLines(+link.dataset.from, +link.dataset.to, true);
        var line = e.target.closest('.source-lines li');
        if (line) goToQuestionOf(line);
    });

    // The source by keyboard: ↑/↓ move along its lines, Enter goes to the question of the line.
    var source = document.getElementById('source-lines');
    var current = null;
    if (source) {
        source.addEventListener('keydown', function (e) {
            var lines = source.querySelectorAll('li');
            if (!lines.length) return;
            var at = current ? Array.prototype.indexOf.call(lines, current) : -1;
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                at = Math.max(0, Math.min(lines.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)));
                if (current) current.classList.remove('current');
                current = lines[at];
                current.classList.add('current');
                current.scrollIntoView({block: 'nearest'});
            } else if (e.key === 'Enter' && current) {
                e.preventDefault();
                goToQuestionOf(current);
            }
        });
    }

    function goToQuestionOf(line) {
        var n = +line.dataset.line, found = null;
        form.querySelectorAll('.import-question').forEach(function (q) {
            if (!found && q.dataset.from && +q.dataset.from <= n && n <= +q.dataset.to) found = q;
        });
        if (found) {
            found.scrollIntoView({block: 'start', behavior: 'smooth'});
            var stem = found.querySelector('textarea');
            if (stem) stem.focus({preventScroll: true});
            markLines(+found.dataset.from, +found.dataset.to, false);
        }
    }
})();
