package com.kaoping.paper.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.kaoping.account.CurrentUser;
import com.kaoping.paper.DrawCriteria;
import com.kaoping.paper.PaperDetail;
import com.kaoping.paper.PaperNotEditableException;
import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperRuleException;
import com.kaoping.paper.PaperService;
import com.kaoping.paper.PaperStatus;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionBank;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionFamily;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.QuestionQuery;
import com.kaoping.question.QuestionRef;
import com.kaoping.question.Violation;
import org.springframework.context.MessageSource;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The paper builder. Every change is a small POST naming the paper version it was made on,
 * answered by a redirect back to the builder (htmx swaps the builder in place, so totals and
 * warnings are live without a page reload; without JavaScript the page simply reloads).
 */
@Controller
@RequestMapping("/papers")
@PreAuthorize("hasAnyRole('HR', 'INTERVIEWER')")
class PaperController {

    private final PaperService papers;
    private final QuestionBank bank;
    private final MessageSource messages;

    PaperController(PaperService papers, QuestionBank bank, MessageSource messages) {
        this.papers = papers;
        this.bank = bank;
        this.messages = messages;
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "papers";
    }

    @GetMapping
    String list(@RequestParam(required = false) PaperStatus status, Model model) {
        model.addAttribute("papers", papers.list(status));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PaperStatus.values());
        return "paper/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('HR')")
    String newPaper(Model model) {
        SettingsForm form = new SettingsForm();
        form.setCreationToken(UUID.randomUUID());
        model.addAttribute("settingsForm", form);
        addChoices(model);
        return "paper/new";
    }

    @PostMapping
    @PreAuthorize("hasRole('HR')")
    String create(@ModelAttribute("settingsForm") SettingsForm form, BindingResult errors, Model model) {
        if (!check(form, errors)) {
            addChoices(model);
            return "paper/new";
        }
        long id;
        try {
            id = papers.create(form.toSettings(), CurrentUser.requireId(), form.getCreationToken());
        }
        catch (DataIntegrityViolationException e) {
            id = papers.findCreatedBy(form.getCreationToken()).orElseThrow(() -> e);
        }
        return "redirect:/papers/" + id;
    }

    @GetMapping("/{id}")
    String builder(@PathVariable long id, Model model) {
        return builderView(papers.detail(id), model);
    }

    @PostMapping("/{id}/settings")
    @PreAuthorize("hasRole('HR')")
    String saveSettings(@PathVariable long id, @ModelAttribute("settingsForm") SettingsForm form,
                        BindingResult errors, Model model, RedirectAttributes flash, Locale locale) {
        PaperDetail paper = papers.detail(id);
        if (check(form, errors)) {
            try {
                papers.updateSettings(id, form.expectedVersion(), form.toSettings(), CurrentUser.requireId());
                flash.addFlashAttribute("success", "paper.settingsSaved");
                return "redirect:/papers/" + id;
            }
            catch (OptimisticLockingFailureException e) {
                // Keep what this author typed; the newer version is shown around it.
                errors.reject("paper.settingsConflict");
                paper = papers.detail(id);
                form.setVersion(paper.version());
            }
            catch (PaperNotEditableException e) {
                // the settings form is gone from a frozen paper: say it above everything
                model.addAttribute("failureText", refusal(e, locale));
            }
        }
        model.addAttribute("settingsOpen", true);
        return builderView(paper, model);
    }

    @PostMapping("/{id}/sections")
    @PreAuthorize("hasRole('HR')")
    String addSection(@PathVariable long id, @Valid @ModelAttribute("sectionForm") SectionForm form,
                      BindingResult errors, Model model, Locale locale) {
        return typed(id, null, BuilderForms.NEW_SECTION, errors, model, locale, () -> papers.addSection(id,
                form.expectedVersion(), form.getTitle(), form.getInstructions(), form.getBackground(),
                CurrentUser.requireId()));
    }

    @PostMapping("/{id}/sections/{sectionId}")
    @PreAuthorize("hasRole('HR')")
    String describeSection(@PathVariable long id, @PathVariable long sectionId,
                           @Valid @ModelAttribute("sectionForm") SectionForm form, BindingResult errors,
                           Model model, Locale locale) {
        return typed(id, sectionId, BuilderForms.section(sectionId), errors, model, locale,
                () -> papers.describeSection(id, form.expectedVersion(), sectionId, form.getTitle(),
                        form.getInstructions(), form.getBackground(), CurrentUser.requireId()));
    }

    @PostMapping("/{id}/sections/{sectionId}/move")
    @PreAuthorize("hasRole('HR')")
    String moveSection(@PathVariable long id, @PathVariable long sectionId, MoveForm form,
                       RedirectAttributes flash, Locale locale) {
        return change(id, sectionId, flash, locale, () -> papers.moveSection(id, form.expectedVersion(), sectionId,
                form.step(), CurrentUser.requireId()));
    }

    @PostMapping("/{id}/sections/{sectionId}/remove")
    @PreAuthorize("hasRole('HR')")
    String removeSection(@PathVariable long id, @PathVariable long sectionId, ChangeForm form,
                         RedirectAttributes flash, Locale locale) {
        return change(id, null, flash, locale, () -> papers.removeSection(id, form.expectedVersion(), sectionId,
                CurrentUser.requireId()));
    }

    @GetMapping("/{id}/sections/{sectionId}/pick")
    @PreAuthorize("hasRole('HR')")
    String picker(@PathVariable long id, @PathVariable long sectionId, @RequestParam(required = false) String q,
                  @RequestParam(required = false) QuestionFamily family,
                  @RequestParam(required = false) QuestionKind kind, @RequestParam(required = false) String tag,
                  @RequestParam(required = false) Integer difficulty, @RequestParam(defaultValue = "0") int page,
                  Model model, HttpServletResponse response) {
        PaperDetail paper = papers.detail(id);
        PaperDetail.Section section = paper.sections().stream().filter(s -> s.id() == sectionId).findFirst()
                .orElseThrow(() -> new com.kaoping.shared.NotFoundException("paper section", sectionId));
        QuestionQuery query = new QuestionQuery(q, family, kind, tag, difficulty, false, null);
        model.addAttribute("paper", paper);
        model.addAttribute("section", section);
        model.addAttribute("query", query);
        org.springframework.data.domain.Page<com.kaoping.question.QuestionSummary> found;
        try {
            found = bank.search(query, PageRequest.of(Math.min(Math.max(page, 0), 100_000), 20));
        }
        catch (com.kaoping.question.SearchTooBroadException e) {
            // not run: the page says so beside the field
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("searchTooBroad", true);
            found = org.springframework.data.domain.Page.empty(PageRequest.of(0, 20));
        }
        model.addAttribute("page", found);
        model.addAttribute("inPaper", paper.sections().stream().flatMap(s -> s.items().stream())
                .map(PaperDetail.Item::questionId).collect(Collectors.toSet()));
        model.addAttribute("families", QuestionFamily.values());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("tags", bank.tags());
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("q", q);
        params.put("family", family);
        params.put("kind", kind);
        params.put("tag", tag);
        params.put("difficulty", difficulty);
        model.addAttribute("pageBase", com.kaoping.shared.Links.pageBase(
                "/papers/" + id + "/sections/" + sectionId + "/pick", params));
        return "paper/picker";
    }

    @PostMapping("/{id}/sections/{sectionId}/items")
    @PreAuthorize("hasRole('HR')")
    String addItems(@PathVariable long id, @PathVariable long sectionId, PickForm form, RedirectAttributes flash,
                    Locale locale) {
        return change(id, sectionId, flash, locale, () -> papers.addQuestions(id, form.expectedVersion(), sectionId,
                form.inOrder(), CurrentUser.requireId()));
    }

    @PostMapping("/{id}/sections/{sectionId}/items/{itemId}/points")
    @PreAuthorize("hasRole('HR')")
    String itemPoints(@PathVariable long id, @PathVariable long sectionId, @PathVariable long itemId,
                      @Valid @ModelAttribute("pointsForm") PointsForm form, BindingResult errors, Model model,
                      Locale locale) {
        return typed(id, sectionId, BuilderForms.points(itemId), errors, model, locale,
                () -> papers.setItemPoints(id, form.expectedVersion(), sectionId, itemId, form.getPoints(),
                        CurrentUser.requireId()));
    }

    @PostMapping("/{id}/sections/{sectionId}/items/{itemId}/move")
    @PreAuthorize("hasRole('HR')")
    String moveItem(@PathVariable long id, @PathVariable long sectionId, @PathVariable long itemId, MoveForm form,
                    RedirectAttributes flash, Locale locale) {
        return change(id, sectionId, flash, locale, () -> papers.moveItem(id, form.expectedVersion(), sectionId,
                itemId, form.step(), CurrentUser.requireId()));
    }

    /** Moves a question to a place typed in (or where it was dropped); the keyboard stays on it. */
    @PostMapping("/{id}/sections/{sectionId}/items/{itemId}/position")
    @PreAuthorize("hasRole('HR')")
    String moveItemTo(@PathVariable long id, @PathVariable long sectionId, @PathVariable long itemId,
                      @Valid @ModelAttribute("placeForm") PlaceForm form, BindingResult errors, Model model,
                      Locale locale) {
        return typed(id, sectionId, BuilderForms.place(itemId), errors, model, locale,
                () -> papers.moveItemTo(id, form.expectedVersion(), sectionId, itemId, form.getPlace(),
                        CurrentUser.requireId()));
    }

    @PostMapping("/{id}/sections/{sectionId}/items/{itemId}/remove")
    @PreAuthorize("hasRole('HR')")
    String removeItem(@PathVariable long id, @PathVariable long sectionId, @PathVariable long itemId,
                      ChangeForm form, RedirectAttributes flash, Locale locale) {
        return change(id, sectionId, flash, locale, () -> papers.removeItem(id, form.expectedVersion(), sectionId,
                itemId, CurrentUser.requireId()));
    }

    @PostMapping("/{id}/sections/{sectionId}/rules")
    @PreAuthorize("hasRole('HR')")
    String addRule(@PathVariable long id, @PathVariable long sectionId,
                   @Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult errors, Model model,
                   Locale locale) {
        return typed(id, sectionId, BuilderForms.rule(sectionId), errors, model, locale,
                () -> papers.addRule(id, form.expectedVersion(), sectionId, form.criteria(), form.getCount(),
                        form.getPointsEach(), CurrentUser.requireId()));
    }

    /** The live "N questions match" beside the rule form; half-typed criteria count as the nearest valid ones. */
    @GetMapping("/pool-size")
    @PreAuthorize("hasRole('HR')")
    String poolSize(RuleForm form, BindingResult unreadable, Model model) {
        int min = Math.max(1, Math.min(form.getDifficultyMin(), 5));
        int max = Math.max(min, Math.min(form.getDifficultyMax(), 5));
        model.addAttribute("poolSize", papers.poolSize(new DrawCriteria(form.getKind(), form.getTag(), min, max)));
        return "paper/pool-size :: poolSize";
    }

    @PostMapping("/{id}/sections/{sectionId}/rules/{ruleId}/remove")
    @PreAuthorize("hasRole('HR')")
    String removeRule(@PathVariable long id, @PathVariable long sectionId, @PathVariable long ruleId,
                      ChangeForm form, RedirectAttributes flash, Locale locale) {
        return change(id, sectionId, flash, locale, () -> papers.removeRule(id, form.expectedVersion(), sectionId,
                ruleId, CurrentUser.requireId()));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('HR')")
    String publish(@PathVariable long id, ChangeForm form, RedirectAttributes flash, Locale locale) {
        return announce(change(id, null, flash, locale, () -> papers.publish(id, form.expectedVersion(),
                CurrentUser.requireId())), flash, "paper.published");
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasRole('HR')")
    String archive(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        return announce(change(id, null, flash, locale, () -> papers.archive(id, CurrentUser.requireId())),
                flash, "paper.archived");
    }

    /** Says the change worked, unless {@link #change} already said why it was refused. */
    private static String announce(String target, RedirectAttributes flash, String successKey) {
        if (!flash.getFlashAttributes().containsKey("failureText")) {
            flash.addFlashAttribute("success", successKey);
        }
        return target;
    }

    @PostMapping("/{id}/clone")
    @PreAuthorize("hasRole('HR')")
    String cloneAsDraft(@PathVariable long id, RedirectAttributes flash, Locale locale) {
        PaperDetail source = papers.detail(id);
        String title = messages.getMessage("paper.copyTitle", new Object[] {source.settings().title()}, locale);
        long copy = papers.cloneAsDraft(id, title.length() > 200 ? title.substring(0, 200) : title,
                CurrentUser.requireId());
        flash.addFlashAttribute("success", "paper.cloned");
        return "redirect:/papers/" + copy;
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('HR')")
    String delete(@PathVariable long id, ChangeForm form, RedirectAttributes flash, Locale locale) {
        try {
            papers.deleteDraft(id, form.expectedVersion(), CurrentUser.requireId());
        }
        catch (PaperNotEditableException e) {
            flash.addFlashAttribute("failureText", messages.getMessage("paper.onlyDraftsDeleted", null, locale));
            return "redirect:/papers/" + id;
        }
        catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute("failureText", messages.getMessage("paper.conflict", null, locale));
            return "redirect:/papers/" + id;
        }
        flash.addFlashAttribute("success", "paper.deleted");
        return "redirect:/papers";
    }

    /** The paper as the candidate sees it: no keys, no rubrics, no explanations. */
    @GetMapping("/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        PaperDetail paper = papers.detail(id);
        model.addAttribute("paper", paper);
        java.util.Map<Long, List<QuestionContent>> drawn = sampleDraw(id, paper);
        // the questions in the order the candidate meets them; a case's background once per run of
        // them, across section borders too, as on the candidate's sheet (CaseRuns over the whole paper)
        List<QuestionContent> asked = new java.util.ArrayList<>();
        List<BigDecimal> points = new java.util.ArrayList<>();
        List<Long> sectionOf = new java.util.ArrayList<>();
        List<Integer> numbers = new java.util.ArrayList<>();
        for (PaperDetail.Section s : paper.sections()) {
            List<QuestionContent> inSection = new java.util.ArrayList<>();
            s.items().forEach(i -> {
                inSection.add(i.question());
                points.add(i.points());
            });
            s.rules().forEach(r -> drawn.getOrDefault(r.id(), List.of()).forEach(q -> {
                inSection.add(q);
                points.add(r.pointsEach());
            }));
            for (int i = 0; i < inSection.size(); i++) {
                asked.add(inSection.get(i));
                sectionOf.add(s.id());
                numbers.add(paper.firstNumberOf(s) + i);
            }
        }
        List<Integer> runs = com.kaoping.paper.CaseRuns.starts(asked.stream()
                .map(q -> q.caseRef() == null ? null : q.caseRef().id()).toList());
        java.util.Map<Long, List<PreviewQuestion>> bySection = new java.util.HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            bySection.computeIfAbsent(sectionOf.get(i), k -> new java.util.ArrayList<>()).add(new PreviewQuestion(
                    numbers.get(i), asked.get(i), points.get(i), runs.get(i) == i,
                    runs.get(i) < 0 ? null : numbers.get(runs.get(i))));
        }
        model.addAttribute("previewQuestions", bySection);
        return "paper/preview";
    }

    /** The interviewer's kit: every question with its rubric and boxes for the scores, ready to print. */
    @GetMapping("/{id}/kit")
    String kit(@PathVariable long id, Model model) {
        PaperDetail paper = papers.detail(id);
        model.addAttribute("paper", paper);
        model.addAttribute("pools", pools(paper));
        return "paper/kit";
    }

    /** A question as numbered in the candidate's preview (the paper's numbering, {@link PaperDetail#firstNumberOf}). */
    record PreviewQuestion(int number, QuestionContent question, BigDecimal points, boolean showsCase,
                           Integer caseFrom) {
    }

    // ---- helpers ----

    private String builderView(PaperDetail paper, Model model) {
        model.addAttribute("paper", paper);
        // the builder shows its messages inside the part htmx swaps
        model.addAttribute("flashInPage", true);
        addChoices(model);
        model.addAttribute("tags", bank.tags());
        model.addAttribute("kinds", QuestionKind.values());
        BuilderForms.addTo(model, paper);
        return "paper/builder";
    }

    private static void addChoices(Model model) {
        model.addAttribute("purposes", PaperPurpose.values());
        model.addAttribute("policies", PartialCreditPolicy.values());
    }

    private static boolean check(SettingsForm form, BindingResult errors) {
        for (Violation v : form.toSettings().violations()) {
            if (!errors.hasFieldErrors(v.field())) {
                errors.rejectValue(v.field(), v.code(), v.args().toArray(), v.code());
            }
        }
        return !errors.hasErrors();
    }

    /** Runs one builder change that has nothing typed to keep; a refusal is said above the builder. */
    private String change(long id, Long sectionId, RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
        }
        catch (PaperRuleException | OptimisticLockingFailureException | PaperNotEditableException e) {
            flash.addFlashAttribute("failureText", refusal(e, locale));
        }
        return builderAt(id, sectionId);
    }

    /**
     * Runs a change typed into one of the builder's forms. Refused, the builder is shown again
     * with that form as it was typed: the message beside the value it is about, or above the
     * builder when it is about the paper as a whole (a conflict, a paper no longer a draft).
     */
    private String typed(long id, Long sectionId, String formName, BindingResult errors, Model model, Locale locale,
                         Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                return builderAt(id, sectionId);
            }
            catch (PaperRuleException e) {
                if (e.field() != null && errors.getFieldType(e.field()) != null) {
                    errors.rejectValue(e.field(), e.code(), e.args().toArray(), e.code());
                }
                else {
                    model.addAttribute("failureText", refusal(e, locale));
                }
            }
            catch (OptimisticLockingFailureException | PaperNotEditableException e) {
                model.addAttribute("failureText", refusal(e, locale));
            }
        }
        BuilderForms.keep(model, formName, errors);
        return builderView(papers.detail(id), model);
    }

    private String refusal(RuntimeException e, Locale locale) {
        if (e instanceof PaperRuleException rule) {
            return messages.getMessage(rule.code(), rule.args().toArray(), locale);
        }
        return messages.getMessage(e instanceof PaperNotEditableException ? "paper.notEditable" : "paper.conflict",
                null, locale);
    }

    private static String builderAt(long id, Long sectionId) {
        return "redirect:/papers/" + id + (sectionId == null ? "" : "#section-" + sectionId);
    }

    /** One example draw for the preview (a real sitting draws anew for each candidate). */
    private java.util.Map<Long, List<QuestionContent>> sampleDraw(long id, PaperDetail paper) {
        boolean anyRule = paper.sections().stream().anyMatch(s -> !s.rules().isEmpty());
        if (!anyRule || !paper.publishable()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, List<QuestionRef>> drawn = papers.draw(id, new Random(id));
        java.util.Map<QuestionRef, QuestionContent> contents = paper.isDraft()
                ? currentContents(drawn) : bank.revisions(drawn.values().stream().flatMap(List::stream).toList());
        java.util.Map<Long, List<QuestionContent>> result = new java.util.HashMap<>();
        drawn.forEach((rule, refs) -> result.put(rule, refs.stream().map(contents::get).toList()));
        return result;
    }

    private java.util.Map<QuestionRef, QuestionContent> currentContents(java.util.Map<Long, List<QuestionRef>> drawn) {
        Set<Long> ids = drawn.values().stream().flatMap(List::stream).map(QuestionRef::questionId)
                .collect(Collectors.toSet());
        java.util.Map<Long, com.kaoping.question.QuestionDetail> current = bank.current(ids);
        java.util.Map<QuestionRef, QuestionContent> result = new java.util.HashMap<>();
        drawn.values().stream().flatMap(List::stream)
                .forEach(ref -> result.put(ref, current.get(ref.questionId()).content()));
        return result;
    }

    /** For the kit: every question a rule may draw, so the interviewer holds the rubric whichever is drawn. */
    private java.util.Map<Long, List<QuestionContent>> pools(PaperDetail paper) {
        java.util.Map<Long, List<QuestionContent>> result = new java.util.HashMap<>();
        Set<Long> fixed = paper.sections().stream().flatMap(s -> s.items().stream())
                .map(PaperDetail.Item::questionId).collect(Collectors.toSet());
        for (PaperDetail.Section section : paper.sections()) {
            for (PaperDetail.Rule rule : section.rules()) {
                List<QuestionRef> pool = papers.pool(paper.id(), rule.id());
                java.util.Map<QuestionRef, QuestionContent> contents = paper.isDraft()
                        ? currentContents(java.util.Map.of(rule.id(), pool)) : bank.revisions(pool);
                result.put(rule.id(), pool.stream().filter(r -> !fixed.contains(r.questionId()))
                        .map(contents::get).toList());
            }
        }
        return result;
    }
}
