package com.kaoping.transfer.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import com.kaoping.account.CurrentUser;
import com.kaoping.question.QuestionKind;
import com.kaoping.question.Violation;
import com.kaoping.transfer.ImportPlan;
import com.kaoping.transfer.ImportRefusedException;
import com.kaoping.transfer.InvalidImportException;
import com.kaoping.transfer.PaperImport;
import com.kaoping.transfer.reading.ReadWarning;
import com.kaoping.transfer.reading.Reading;
import com.kaoping.transfer.reading.Script;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 题库 → 导入试卷: bring a paper (paste or upload), review what was understood, import it as bank
 * questions, cases and a draft paper. Nothing is written before the import.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize("hasRole('HR')")
class ImportController {

    private final PaperImport imports;
    private final org.springframework.context.MessageSource messages;

    ImportController(PaperImport imports, org.springframework.context.MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    private ImportForm formOf(Reading reading, String original) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return ImportForms.of(reading, original, kind -> messages.getMessage("kind." + kind.name(), null, locale));
    }

    @ModelAttribute("activeNav")
    String activeNav() {
        return "questions";
    }

    @ModelAttribute("scripts")
    Script[] scripts() {
        return Script.values();
    }

    @GetMapping("/new")
    String bring(Model model) {
        model.addAttribute("bring", new BringForm());
        return "import/new";
    }

    /** Reads the paper and shows the review page; a refusal says why beside what was brought, which is kept. */
    @PostMapping("/read")
    String read(@ModelAttribute("bring") BringForm bring, BindingResult errors,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        Script script = bring.getScript() == null ? Script.SIMPLIFIED : bring.getScript();
        boolean upload = file != null && !file.isEmpty();
        // the original is what is read again when the review switches script: the file's text as written
        String original = bring.getText();
        Reading reading;
        try {
            if (upload) {
                original = imports.textOf(file.getOriginalFilename(), file.getBytes());
            }
            reading = imports.read(original, script);
        }
        catch (ImportRefusedException e) {
            errors.rejectValue(upload ? "upload" : "text", "import.refused." + e.reason().name(),
                    new Object[] {PaperImport.MAX_CHARS, PaperImport.MAX_QUESTIONS}, e.reason().name());
            return "import/new";
        }
        return review(formOf(reading, original), model);
    }

    /** A file over the upload limit never reaches the reader: said beside the file field like any refusal. */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    String tooLarge(Model model) {
        BringForm bring = new BringForm();
        org.springframework.validation.BeanPropertyBindingResult errors =
                new org.springframework.validation.BeanPropertyBindingResult(bring, "bring");
        errors.rejectValue("upload", "import.refused.TOO_LARGE");
        model.addAttribute("bring", bring);
        model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + "bring", errors);
        model.addAttribute("scripts", Script.values());
        model.addAttribute("activeNav", "questions");
        return "import/new";
    }

    /** Reads the same text again in the other script (the edits made so far are replaced: the page says so). */
    @PostMapping(path = "/review", params = "reread")
    String reread(@ModelAttribute("form") ImportForm form, BindingResult errors, Model model) {
        Script script = form.getScript() == Script.SIMPLIFIED ? Script.AS_WRITTEN : Script.SIMPLIFIED;
        try {
            return review(formOf(imports.read(form.getOriginal(), script), form.getOriginal()), model);
        }
        catch (ImportRefusedException e) {
            errors.reject("import.refused." + e.reason().name(), new Object[] {PaperImport.MAX_CHARS, PaperImport.MAX_QUESTIONS}, null);
            return review(form, model);
        }
    }

    @PostMapping("/review")
    String importPaper(@Valid @ModelAttribute("form") ImportForm form, BindingResult errors, Model model,
                       RedirectAttributes flash) {
        ImportForms.settingsOf(form).violations().forEach(v -> reject(errors, v.field(), v));
        int unresolved = markUnresolved(form, errors);
        if (unresolved > 0) {
            errors.reject("import.warnings.unresolved", new Object[] {unresolved}, null);
        }
        if (form.getCreationToken() == null) {
            // a page without its token cannot be recognised when sent twice; it must not match another paper
            form.setCreationToken(java.util.UUID.randomUUID());
        }
        ImportForms.Planned planned = ImportForms.plan(form);
        if (planned.plan().sections().stream().allMatch(s -> s.items().isEmpty())) {
            errors.reject("import.nothingIncluded");
        }
        if (errors.hasErrors()) {
            return review(form, model);
        }
        long paperId;
        try {
            paperId = imports.importPaper(planned.plan(), CurrentUser.requireId());
        }
        catch (InvalidImportException e) {
            for (ImportPlan.Problem p : e.problems()) {
                int index = indexOf(planned.plan(), p);
                reject(errors, planned.itemPaths().get(index) + "."
                        + fieldOf(p.violation(), planned.stepRows().get(index), planned.optionRows().get(index)),
                        p.violation());
            }
            errors.reject("import.invalid", new Object[] {e.problems().size()}, null);
            return review(form, model);
        }
        catch (com.kaoping.paper.PaperRuleException e) {
            // a bank question reused here was archived in between: nothing was written
            errors.reject("import.failed");
            return review(form, model);
        }
        catch (DataIntegrityViolationException e) {
            // the same page imported twice at once: the other request made the paper
            paperId = imports.importedBy(form.getCreationToken()).orElseThrow(() -> e);
        }
        long reused = planned.plan().sections().stream().flatMap(s -> s.items().stream())
                .filter(i -> i.reuse() != null).count();
        long count = planned.plan().sections().stream().mapToLong(s -> s.items().size()).sum();
        flash.addFlashAttribute("success", "import.done");
        flash.addFlashAttribute("successArgs", new Object[] {count - reused, reused});
        return "redirect:/papers/" + paperId;
    }

    private String review(ImportForm form, Model model) {
        ImportForms.padRows(form);
        model.addAttribute("form", form);
        model.addAttribute("sourceLines", form.getSource() == null ? List.of() : form.getSource().lines().toList());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("purposes", com.kaoping.paper.PaperPurpose.values());
        model.addAttribute("letters", List.of("A", "B", "C", "D", "E", "F", "G", "H"));
        model.addAttribute("total", ImportForms.total(form));
        List<BigDecimal> sectionTotals = form.getSections().stream().map(ImportForms::total).toList();
        model.addAttribute("sectionTotals", sectionTotals);
        return "import/review";
    }

    /**
     * Warnings that still hold and were not accepted, each marked on its acceptance box. A warning
     * whose cause was fixed on the page (the steps now add up, the key was filled in) or whose
     * question was left out needs nothing more; a likely duplicate is decided by the reuse choice.
     */
    private static int markUnresolved(ImportForm form, BindingResult errors) {
        int count = 0;
        for (int i = 0; i < form.getWarnings().size(); i++) {
            ImportForm.WarningForm w = form.getWarnings().get(i);
            if (w.isAccepted() || !holds(form, w)) {
                continue;
            }
            errors.rejectValue("warnings[" + i + "].accepted", "import.warning.decide");
            count++;
        }
        return count;
    }

    private static boolean holds(ImportForm form, ImportForm.WarningForm w) {
        ReadWarning.Code code;
        try {
            code = ReadWarning.Code.valueOf(w.getCode());
        }
        catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        ImportForm.ItemForm item = null;
        if (w.getSection() != null && w.getQuestion() != null) {
            if (w.getSection() < 1 || w.getSection() > form.getSections().size()
                    || w.getQuestion() < 1 || w.getQuestion() > form.getSections().get(w.getSection() - 1).getQuestions().size()) {
                return false;
            }
            item = ImportForms.item(form, w.getSection(), w.getQuestion());
            if (!item.isInclude()) {
                return false;
            }
        }
        return switch (code) {
            case LIKELY_DUPLICATE -> false;
            case SECTION_POINTS_MISMATCH -> w.getSection() != null && w.getSection() <= form.getSections().size()
                    && !equalsNumber(ImportForms.total(form.getSections().get(w.getSection() - 1)), arg(w, 1));
            case PAPER_TOTAL_MISMATCH -> form.getStatedTotal() != null
                    && ImportForms.total(form).compareTo(form.getStatedTotal()) != 0;
            case STEP_POINTS_MISMATCH -> item != null && stepsMismatch(item);
            case MISSING_POINTS -> item != null && item.getPoints() == null;
            case MISSING_KEY -> item != null && missingKey(item);
            default -> true;
        };
    }

    private static String arg(ImportForm.WarningForm w, int i) {
        return w.getArgs() != null && w.getArgs().size() > i ? w.getArgs().get(i) : null;
    }

    private static boolean equalsNumber(BigDecimal value, String stated) {
        try {
            return stated != null && value.compareTo(new BigDecimal(stated.strip())) == 0;
        }
        catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean stepsMismatch(ImportForm.ItemForm item) {
        List<BigDecimal> points = item.getSteps().stream().filter(s -> !s.isBlank()).map(ImportForm.StepForm::getPoints)
                .filter(Objects::nonNull).toList();
        if (points.isEmpty() || item.getPoints() == null) {
            return false;
        }
        return points.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(item.getPoints()) != 0;
    }

    private static boolean missingKey(ImportForm.ItemForm item) {
        if (item.getKind() == QuestionKind.TRUE_FALSE) {
            return ImportForms.trueFalse(item.getKey()) == null;
        }
        return item.getKind() != null && item.getKind().hasOptions() && ImportForms.letters(item.getKey()).isEmpty();
    }

    private static int indexOf(ImportPlan plan, ImportPlan.Problem p) {
        int index = 0;
        for (int s = 0; s < p.section(); s++) {
            index += plan.sections().get(s).items().size();
        }
        return index + p.item();
    }

    /** The review page's field for a bank rule's field name. */
    static String fieldOf(Violation v, List<Integer> stepRows, List<Integer> optionRows) {
        String f = v.field();
        if (f.startsWith("rubric[")) {
            int end = f.indexOf(']');
            int step = Integer.parseInt(f.substring(7, end));
            String rest = f.substring(end + 1);
            String row = "steps[" + (step < stepRows.size() ? stepRows.get(step) : 0) + "]";
            return switch (rest) {
                case ".label" -> row + ".label";
                case ".maxPoints" -> row + ".points";
                case ".guidance" -> row + ".guidance";
                case ".modelWording" -> row + ".modelWording";
                default -> "steps";
            };
        }
        if (f.startsWith("options[")) {
            int option = Integer.parseInt(f.substring(8, f.indexOf(']')));
            return "options[" + (option < optionRows.size() ? optionRows.get(option) : 0) + "]";
        }
        return switch (f) {
            case "options" -> v.code().endsWith("Key") || v.code().endsWith("Keys") ? "key" : "options";
            case "trueFalseKey" -> "key";
            case "kind", "stem", "points", "referenceAnswer", "explanation", "scoringFocus", "pitfalls",
                 "competencies", "caseBackground", "steps" -> f;
            case "rubric", "stepGroups" -> "steps";
            case "duplicateOf" -> "reuse";
            default -> "stem";
        };
    }

    private static void reject(BindingResult errors, String field, Violation v) {
        try {
            errors.rejectValue(field, v.code(), v.args().toArray(), v.code());
        }
        catch (RuntimeException e) {
            errors.reject(v.code(), v.args().toArray(), v.code());
        }
    }

    /** The bring page: pasted text or a file, and how Chinese is stored. */
    public static class BringForm {
        private String text;
        private Script script = Script.SIMPLIFIED;
        /** Bound only to carry its error message; the file itself comes as a request part. */
        private String upload;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public Script getScript() { return script; }
        public void setScript(Script script) { this.script = script; }
        public String getUpload() { return upload; }
        public void setUpload(String upload) { this.upload = upload; }
    }
}
