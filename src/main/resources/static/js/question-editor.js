// The question editor: show the parts of the chosen kind, keep the rubric's sum live,
// and count characters where there is a limit. Saving is always checked on the server.
(function () {
    'use strict';
    var form = document.getElementById('question-form');
    if (!form) return;
    var lang = document.documentElement.lang || 'zh-CN';
    var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

    function kind() { return form.querySelector('#kind').value; }

    function showKindParts() {
        var k = kind();
        form.querySelectorAll('[data-kinds]').forEach(function (part) {
            part.hidden = part.getAttribute('data-kinds').split(' ').indexOf(k) < 0;
        });
    }

    function parsePoints(value) {
        var v = (value || '').trim().replace('，', '.').replace(',', '.');
        if (v === '' || isNaN(Number(v))) return null;
        return Number(v);
    }

    function updateRubricSum() {
        var sumLine = document.getElementById('rubric-sum');
        if (!sumLine) return;
        // each step group counts at most its cap (the same rule as the server's QuestionContent.cappedSum)
        var total = 0, any = false, groups = {};
        form.querySelectorAll('.rubric-step-editor').forEach(function (step) {
            var p = parsePoints(step.querySelector('.step-points').value);
            if (p === null) return;
            any = true;
            var group = step.querySelector('.step-group').value;
            if (group) groups[group] = (groups[group] || 0) + p; else total += p;
        });
        Object.keys(groups).forEach(function (name) {
            var capInput = form.querySelector('.step-group-cap[data-group="' + name + '"] .group-cap');
            var cap = capInput ? parsePoints(capInput.value) : null;
            total += cap === null ? groups[name] : Math.min(cap, groups[name]);
        });
        var points = parsePoints(form.querySelector('#points').value);
        var template = sumLine.getAttribute('data-template');
        document.getElementById('rubric-total').textContent = template
            .replace('{sum}', number.format(total))
            .replace('{points}', points === null ? '?' : number.format(points));
        document.getElementById('rubric-mismatch').hidden = !(any && points !== null && Math.abs(total - points) > 1e-9);
    }

    // Single choice has one key: ticking one clears the others.
    form.addEventListener('change', function (event) {
        if (event.target.id === 'kind') { showKindParts(); }
        if (event.target.classList.contains('option-key') && event.target.checked && kind() === 'SINGLE_CHOICE') {
            form.querySelectorAll('.option-key').forEach(function (box) {
                if (box !== event.target) box.checked = false;
            });
        }
    });

    // a group's cap is asked for once a step is put in it
    function showGroupCaps() {
        var used = {};
        form.querySelectorAll('.step-group').forEach(function (select) { if (select.value) used[select.value] = true; });
        form.querySelectorAll('.step-group-cap').forEach(function (row) {
            row.hidden = !used[row.getAttribute('data-group')] && !row.querySelector('.group-cap').value.trim();
        });
    }
    form.addEventListener('change', function (event) {
        if (event.target.classList.contains('step-group')) { showGroupCaps(); updateRubricSum(); }
    });

    form.addEventListener('input', function (event) {
        if (event.target.classList.contains('step-points') || event.target.classList.contains('group-cap')
            || event.target.id === 'points') updateRubricSum();
        if (event.target.hasAttribute('data-limit')) updateCount(event.target);
    });

    function updateCount(area) {
        var limit = Number(area.getAttribute('data-limit'));
        var counter = area.parentNode.querySelector('.char-count');
        if (!counter) {
            counter = document.createElement('div');
            counter.className = 'char-count';
            counter.setAttribute('aria-live', 'polite');
            area.insertAdjacentElement('afterend', counter);
        }
        counter.textContent = area.value.length + ' / ' + limit;
        counter.classList.toggle('over', area.value.length > limit);
    }

    // After htmx swaps the rubric in (a step added, removed or moved), recompute the sum.
    document.body.addEventListener('htmx:afterSwap', updateRubricSum);
    showKindParts();
    updateRubricSum();
    form.querySelectorAll('[data-limit]').forEach(function (area) {
        if (area.value.length > Number(area.getAttribute('data-limit')) * 0.8) updateCount(area);
    });
})();
