package com.kaoping.question.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;


import com.kaoping.account.CurrentUser;
import com.kaoping.account.UserDirectory;
import com.kaoping.question.InvalidQuestionException;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionDetail;
import com.kaoping.question.QuestionFamily;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.QuestionQuery;
import com.kaoping.question.QuestionRevisionInfo;
import com.kaoping.question.QuestionRules;
import com.kaoping.question.QuestionSummary;
import com.kaoping.question.Violation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bank's pages. HR writes; interviewers read (they score against these rubrics).
 * The editor's add / remove / move buttons post the whole form back and get it again with
 * the change made, so nothing typed is lost (htmx swaps only the changed part).
 */
@Controller
@RequestMapping("/questions")
@PreAuthorize("hasAnyRole('HR', 'INTERVIEWER')")
class QuestionController {

    static final int PAGE_SIZE = 20;

    private final QuestionBank bank;
    private final UserDirectory users;

    QuestionController(QuestionBank bank, UserDirectory users) {
        this.bank = bank;
        this.users = users;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "questions";
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) QuestionFamily family,
                @RequestParam(required = false) QuestionKind kind, @RequestParam(required = false) String tag,
                @RequestParam(required = false) Integer difficulty,
                @RequestParam(defaultValue = "false") boolean archived,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        QuestionQuery query = new QuestionQuery(q, family, kind, tag, difficulty, archived, null);
        model.addAttribute("page", search(query, Math.min(Math.max(page, 0), 100_000), model, response));
        model.addAttribute("query", query);
        model.addAttribute("families", QuestionFamily.values());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("tags", bank.tags());
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("q", q);
        params.put("family", family);
        params.put("kind", kind);
        params.put("tag", tag);
        params.put("difficulty", difficulty);
        params.put("archived", archived);
        model.addAttribute("pageBase", com.kaoping.shared.Links.pageBase("/questions", params));
        return "question/list";
    }

    /** A search that asks for more than a search may is not run: the page says so beside the field (400). */
    private Page<QuestionSummary> search(QuestionQuery query, int page, Model model, HttpServletResponse response) {
        try {
            return bank.search(query, PageRequest.of(page, PAGE_SIZE));
        }
        catch (com.kaoping.question.SearchTooBroadException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchTooBroad", true);
            return Page.empty(PageRequest.of(0, PAGE_SIZE));
        }
    }

    /**
     * A blank editor (of a kind, in a case), one that keeps what "save and new" carried (a
     * carried value that does not bind, from a hand-edited link, is left out), or a copy of a
     * question to change into a new one.
     */
    @GetMapping("/new")
    @PreAuthorize("hasRole('HR')")
    String newQuestion(@RequestParam(required = false) QuestionKind kind, @RequestParam(required = false) Long caseId,
                       @ModelAttribute QuestionForm.Carried carried, BindingResult carriedBadly,
                       @RequestParam(required = false) Long copyOf,
                       Model model, Locale locale) {
        if (copyOf != null) {
            // a copy to change into a new question: everything but its identity
            QuestionForm copy = QuestionForm.of(bank.get(copyOf).content(), null);
            copy.setCreationToken(UUID.randomUUID());
            model.addAttribute("copyOf", copyOf);
            return editor(copy, null, model);
        }
        QuestionForm form = QuestionForm.blank(kind, locale.getLanguage().equals("zh") ? "zh-CN" : "en");
        carried.applyTo(form);
        if (caseId != null) {
            bank.getCase(caseId);
            form.setCaseId(caseId);
            if (kind == null) {
                form.setKind(QuestionKind.CASE_ANALYSIS);
            }
        }
        return editor(form, null, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('HR')")
    String create(@ModelAttribute("form") QuestionForm form, BindingResult errors,
                  @RequestParam(name = "_action", required = false) String action,
                  @RequestParam(required = false) String then, Model model, RedirectAttributes flash) {
        if (action != null && !action.isBlank()) {
            applyAction(form, action, model);
            return editor(form, null, model);
        }
        if (form.getCreationToken() == null) {
            form.setCreationToken(UUID.randomUUID());
        }
        if (!checkForm(form, errors)) {
            return editor(form, null, model);
        }
        long id;
        try {
            id = bank.create(form.toContent(), CurrentUser.requireId(), form.getCreationToken());
        }
        catch (InvalidQuestionException e) {
            reject(form, errors, e.violations());
            return editor(form, null, model);
        }
        catch (DataIntegrityViolationException e) {
            // Two clicks raced past the token check: the other one created it.
            id = bank.findCreatedBy(form.getCreationToken()).orElseThrow(() -> e);
        }
        flash.addFlashAttribute("success", "question.created");
        return afterSave(form, id, then);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        QuestionDetail question = bank.get(id);
        model.addAttribute("question", question);
        model.addAttribute("q", question.content());
        model.addAttribute("names", users.displayNames(List.of(question.createdBy(), question.updatedBy())));
        return "question/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('HR')")
    String edit(@PathVariable long id, Model model) {
        QuestionDetail question = bank.get(id);
        return editor(QuestionForm.of(question.content(), question.version()), question, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('HR')")
    String update(@PathVariable long id, @ModelAttribute("form") QuestionForm form, BindingResult errors,
                  @RequestParam(name = "_action", required = false) String action,
                  @RequestParam(required = false) String then, Model model, RedirectAttributes flash) {
        QuestionDetail current = bank.get(id);
        if (action != null && !action.isBlank()) {
            applyAction(form, action, model);
            return editor(form, current, model);
        }
        if (!checkForm(form, errors)) {
            return editor(form, current, model);
        }
        long version = form.getVersion() == null ? -1 : form.getVersion();
        try {
            List<String> changed = bank.update(id, version, form.toContent(), CurrentUser.requireId());
            flash.addFlashAttribute("success", changed.isEmpty() ? "question.unchanged" : "question.saved");
            return afterSave(form, id, then);
        }
        catch (InvalidQuestionException e) {
            reject(form, errors, e.violations());
        }
        catch (OptimisticLockingFailureException e) {
            if (bank.holds(id, form.toContent())) {
                // a double click: the other request saved exactly this
                flash.addFlashAttribute("success", "question.saved");
                return "redirect:/questions/" + id;
            }
            // Keep what this person typed; saving again on top of the newer version is now their decision.
            errors.reject("question.conflict");
            QuestionDetail newer = bank.get(id);
            form.setVersion(newer.version());
            model.addAttribute("conflict", newer);
            current = newer;
        }
        return editor(form, current, model);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasRole('HR')")
    String archive(@PathVariable long id, RedirectAttributes flash) {
        bank.archive(id, CurrentUser.requireId());
        flash.addFlashAttribute("success", "question.archived");
        return "redirect:/questions/" + id;
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize("hasRole('HR')")
    String restore(@PathVariable long id, RedirectAttributes flash) {
        bank.restore(id, CurrentUser.requireId());
        flash.addFlashAttribute("success", "question.restored");
        return "redirect:/questions/" + id;
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        QuestionDetail question = bank.get(id);
        List<QuestionRevisionInfo> revisions = bank.history(id);
        model.addAttribute("question", question);
        model.addAttribute("revisions", revisions);
        model.addAttribute("names", users.displayNames(revisions.stream().map(QuestionRevisionInfo::changedBy)
                .distinct().toList()));
        return "question/history";
    }

    @GetMapping("/{id}/revisions/{revision}")
    String revision(@PathVariable long id, @PathVariable int revision, Model model) {
        QuestionDetail question = bank.get(id);
        model.addAttribute("question", question);
        model.addAttribute("q", bank.revision(id, revision));
        model.addAttribute("revision", revision);
        return "question/revision";
    }

    // ---- editor support ----

    /**
     * Where a save leads: the question, or ("save and new") a new editor that keeps the kind,
     * points, difficulty, language, tags and case, for entering a paper's questions one after another.
     */
    private static String afterSave(QuestionForm form, long id, String then) {
        if ("new".equals(then)) {
            return "redirect:" + com.kaoping.shared.Links.to("/questions/new", QuestionForm.Carried.of(form).asParams());
        }
        return "redirect:/questions/" + id;
    }

    private String editor(QuestionForm form, QuestionDetail existing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("families", QuestionFamily.values());
        model.addAttribute("kindsByFamily", java.util.Arrays.stream(QuestionFamily.values())
                .collect(java.util.stream.Collectors.toMap(f -> f, QuestionKind::of)));
        model.addAttribute("policies", PartialCreditPolicy.values());
        model.addAttribute("groupNames", com.kaoping.question.QuestionContent.StepGroup.NAMES);
        model.addAttribute("cases", bank.cases());
        model.addAttribute("limits", Map.of(
                "stem", QuestionRules.STEM_MAX, "background", QuestionRules.BACKGROUND_MAX,
                "explanation", QuestionRules.EXPLANATION_MAX, "referenceAnswer", QuestionRules.REFERENCE_ANSWER_MAX,
                "option", QuestionRules.OPTION_MAX, "stepLabel", QuestionRules.STEP_LABEL_MAX,
                "stepGuidance", QuestionRules.STEP_GUIDANCE_MAX, "stepWording", QuestionRules.STEP_WORDING_MAX,
                "subtitle", QuestionRules.SUBTITLE_MAX));
        return "question/form";
    }

    private static void applyAction(QuestionForm form, String action, Model model) {
        String[] parts = action.split(":");
        int index = parts.length > 1 ? parseIndex(parts[1]) : -1;
        switch (parts[0]) {
            case "add-step" -> {
                if (form.getRubric().size() >= QuestionRules.MAX_STEPS) {
                    return;
                }
                form.addStep();
                model.addAttribute("focusStep", form.getRubric().size() - 1);
            }
            case "remove-step" -> {
                form.removeStep(index);
                model.addAttribute("focusStep", Math.min(index, form.getRubric().size() - 1));
            }
            case "up-step" -> {
                form.moveStep(index, -1);
                model.addAttribute("focusMove", "up-step:" + Math.max(index - 1, 0));
            }
            case "down-step" -> {
                form.moveStep(index, 1);
                model.addAttribute("focusMove", "down-step:" + Math.min(index + 1, form.getRubric().size() - 1));
            }
            case "split-steps" -> drafted(model, form.splitReferenceAnswer(), "focusStep", 0, "rubric.splitNothing");
            case "join-steps" -> drafted(model, form.joinStepsIntoReferenceAnswer(), "focusReference", true,
                    "rubric.joinNothing");
            case "competency-steps" -> drafted(model, form.competenciesAsSteps(), "focusStep", 0,
                    "rubric.competenciesNothing");
            case "add-option" -> {
                if (form.getOptions().size() >= QuestionRules.MAX_OPTIONS) {
                    return;
                }
                form.addOption();
                model.addAttribute("focusOption", form.getOptions().size() - 1);
            }
            case "remove-option" -> {
                form.removeOption(index);
                model.addAttribute("focusOption", Math.min(index, form.getOptions().size() - 1));
            }
            default -> {
                // an unknown action changes nothing; the form comes back as it was
            }
        }
    }

    /** After a drafting action: the keyboard goes where the draft landed, or a note says why nothing changed. */
    private static void drafted(Model model, boolean changed, String focus, Object where, String nothingNote) {
        if (changed) {
            model.addAttribute(focus, where);
        }
        else {
            model.addAttribute("draftNote", nothingNote);
        }
    }

    private static int parseIndex(String s) {
        try {
            return Integer.parseInt(s);
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Binding errors (a word where a number belongs) plus the bank's rules; true when clean. */
    private static boolean checkForm(QuestionForm form, BindingResult errors) {
        reject(form, errors, QuestionRules.check(form.toContent()));
        return !errors.hasErrors();
    }

    private static void reject(QuestionForm form, BindingResult errors, List<Violation> violations) {
        for (Violation v : violations) {
            String field = formField(form, v.field());
            if (errors.hasFieldErrors(field)) {
                continue;
            }
            errors.rejectValue(field, v.code(), v.args().toArray(), v.code());
        }
    }

    private static String formField(QuestionForm form, String contentField) {
        return switch (contentField) {
            case "tags" -> "tagsText";
            case "scoringFocus" -> "scoringFocusText";
            case "pitfalls" -> "pitfallsText";
            case "competencies" -> "competenciesText";
            default -> {
                if (contentField.startsWith("options[")) {
                    yield remapRow(contentField, "options[", form::contentOptionRow);
                }
                if (contentField.startsWith("rubric[")) {
                    yield remapRow(contentField, "rubric[", form::contentStepRow);
                }
                if (contentField.startsWith("stepGroups[")) {
                    yield "groups[" + QuestionForm.groupIndex(contentField.substring(11, 12)) + "].cap";
                }
                yield contentField;
            }
        };
    }

    private static String remapRow(String field, String prefix, java.util.function.IntUnaryOperator rowOf) {
        int close = field.indexOf(']');
        int index = Integer.parseInt(field.substring(prefix.length(), close));
        return prefix + rowOf.applyAsInt(index) + field.substring(close);
    }

}
