package com.kaoping.transfer.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;
import com.kaoping.transfer.ImportPlan;
import com.kaoping.transfer.reading.ReadPaper;
import com.kaoping.transfer.reading.ReadQuestion;
import com.kaoping.transfer.reading.ReadSection;
import com.kaoping.transfer.reading.ReadWarning;
import com.kaoping.transfer.reading.Reading;

/** Between what the reader understood, the review page, and the plan that is imported. */
final class ImportForms {

    /** Spare rows the page offers beyond what was read, so an option or step can be added in place. */
    static final int SPARE_OPTIONS = 2;
    static final int SPARE_STEPS = 1;
    static final int MAX_OPTION_ROWS = 8;
    /** Difficulty 1-5: an imported question starts in the middle until somebody knows better. */
    private static final int DEFAULT_DIFFICULTY = 3;

    private ImportForms() {
    }

    /**
     * The review page for a reading, with the spare rows to type into. A section the paper gives
     * no title (a list of questions without headings) is named after its first question's kind
     * ({@code kindName}), so the draft paper has a heading a person can change.
     */
    static ImportForm of(Reading reading, String original, java.util.function.Function<QuestionKind, String> kindName) {
        ReadPaper paper = reading.paper();
        ImportForm form = new ImportForm();
        form.setCreationToken(UUID.randomUUID());
        form.setScript(reading.script());
        form.setOriginal(original);
        form.setSource(String.join("\n", reading.lines()));
        form.setTruncated(paper.truncated());
        form.setTitle(paper.title());
        form.setTimeLimitMinutes(paper.timeLimitMinutes());
        form.setStatedTotal(paper.statedTotal());
        // an interview paper has no clock; a paper that states one is sat online
        boolean interview = paper.timeLimitMinutes() == null && paper.title() != null && paper.title().contains("面试");
        form.setPurpose(interview ? PaperPurpose.INTERVIEW : PaperPurpose.WRITTEN_TEST);
        form.setTag(tagOf(paper.title()));
        for (ReadSection s : paper.sections()) {
            ImportForm.SectionForm section = new ImportForm.SectionForm();
            section.setNumber(s.number());
            section.setTitle(s.title() != null || s.questions().isEmpty() || s.questions().get(0).kind() == null
                    ? s.title() : kindName.apply(s.questions().get(0).kind()));
            section.setInstructions(s.instructions());
            section.setBackground(s.background());
            for (ReadQuestion q : s.questions()) {
                section.getQuestions().add(itemOf(q));
            }
            form.getSections().add(section);
        }
        for (ReadWarning w : paper.warnings()) {
            ImportForm.WarningForm warning = new ImportForm.WarningForm();
            warning.setCode(w.code().name());
            warning.setSection(w.section());
            warning.setQuestion(w.question());
            warning.setArgs(new ArrayList<>(w.args()));
            form.getWarnings().add(warning);
            if (w.code() == ReadWarning.Code.LIKELY_DUPLICATE) {
                // the bank's question is used unless the person asks for a new one (importing a paper
                // twice must not fill the bank with copies), but
                // only when it also has these options and key: "下列说法正确的是" is many questions' stem
                ImportForm.ItemForm item = item(form, w.section(), w.question());
                item.setDuplicateOf(Long.valueOf(w.args().get(0)));
                item.setReuse(w.args().size() > 1 && com.kaoping.transfer.PaperImport.SAME.equals(w.args().get(1)));
                item.setDuplicateDiffers(!item.isReuse());
            }
        }
        padRows(form);
        return form;
    }

    private static ImportForm.ItemForm itemOf(ReadQuestion q) {
        ImportForm.ItemForm item = new ImportForm.ItemForm();
        item.setNumber(q.number());
        item.setKind(q.kind());
        item.setStem(q.stem());
        item.setCaseBackground(q.caseBackground());
        item.setOptions(new ArrayList<>(q.options()));
        item.setKey(keyText(q));
        item.setPoints(q.points());
        item.setReferenceAnswer(q.referenceAnswer());
        item.setExplanation(q.explanation());
        for (ReadQuestion.ReadStep s : q.rubricSteps()) {
            ImportForm.StepForm step = new ImportForm.StepForm();
            step.setLabel(s.label());
            step.setPoints(s.points());
            step.setModelWording(s.modelWording());
            step.setGuidance(s.guidance());
            item.getSteps().add(step);
        }
        item.setScoringFocus(String.join("\n", q.scoringFocus()));
        item.setPitfalls(String.join("\n", q.pitfalls()));
        item.setCompetencies(String.join("\n", q.competencies()));
        if (q.source() != null) {
            item.setFromLine(q.source().fromLine());
            item.setToLine(q.source().toLine());
        }
        return item;
    }

    /** The key as a person writes it on the page: "A,C", or 对/错 for true/false. */
    private static String keyText(ReadQuestion q) {
        if (q.key() == null) {
            return null;
        }
        return switch (q.key()) {
            case "TRUE" -> "√";
            case "FALSE" -> "×";
            default -> q.key();
        };
    }

    /**
     * Spare option and step rows after the last filled one, so a missing one can be typed in
     * place (blank rows are ignored on import). Rows are never moved: a key's letter is its row's.
     */
    static void padRows(ImportForm form) {
        for (ImportForm.SectionForm s : form.getSections()) {
            for (ImportForm.ItemForm item : s.getQuestions()) {
                List<String> options = item.getOptions();
                int filled = lastFilled(options, o -> o != null && !o.isBlank()) + 1;
                int optionRows = Math.min(MAX_OPTION_ROWS, Math.max(4, filled + SPARE_OPTIONS));
                while (options.size() > Math.max(optionRows, filled)) {
                    options.remove(options.size() - 1);
                }
                while (options.size() < optionRows) {
                    options.add("");
                }
                List<ImportForm.StepForm> steps = item.getSteps();
                int stepsFilled = lastFilled(steps, st -> st != null && !st.isBlank()) + 1;
                while (steps.size() > stepsFilled + SPARE_STEPS) {
                    steps.remove(steps.size() - 1);
                }
                while (steps.size() < stepsFilled + SPARE_STEPS) {
                    steps.add(new ImportForm.StepForm());
                }
                for (int i = 0; i < steps.size(); i++) {
                    if (steps.get(i) == null) {
                        steps.set(i, new ImportForm.StepForm());
                    }
                }
            }
        }
    }

    private static <T> int lastFilled(List<T> rows, java.util.function.Predicate<T> filled) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (filled.test(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static ImportForm.ItemForm item(ImportForm form, Integer section, Integer question) {
        return form.getSections().get(section - 1).getQuestions().get(question - 1);
    }

    /** A tag names where the questions came from; tags are at most 40 characters. */
    static String tagOf(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.strip();
        return t.length() > 40 ? t.substring(0, 40) : t;
    }

    /**
     * The plan and, for each of its items, where the item stands on the page and which page rows
     * its options and steps came from (blank rows are left out), to put errors where they belong.
     */
    record Planned(ImportPlan plan, List<String> itemPaths, List<List<Integer>> stepRows,
                   List<List<Integer>> optionRows) {
    }

    static PaperSettings settingsOf(ImportForm form) {
        return new PaperSettings(strip(form.getTitle()), form.getPurpose(), null,
                form.getPurpose() == PaperPurpose.INTERVIEW ? null : form.getTimeLimitMinutes(), null,
                form.getStatedTotal(), null, false, false);
    }

    static Planned plan(ImportForm form) {
        List<ImportPlan.Section> sections = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<List<Integer>> stepRows = new ArrayList<>();
        List<List<Integer>> optionRows = new ArrayList<>();
        List<String> tags = form.getTag() == null || form.getTag().isBlank() ? List.of() : List.of(form.getTag().strip());
        for (int s = 0; s < form.getSections().size(); s++) {
            ImportForm.SectionForm section = form.getSections().get(s);
            List<ImportPlan.Item> items = new ArrayList<>();
            for (int q = 0; q < section.getQuestions().size(); q++) {
                ImportForm.ItemForm item = section.getQuestions().get(q);
                if (!item.isInclude()) {
                    continue;
                }
                List<Integer> rows = new ArrayList<>();
                List<Integer> optionRowsOfItem = new ArrayList<>();
                QuestionContent content = contentOf(item, tags, rows, optionRowsOfItem);
                Long reuse = item.isReuse() ? item.getDuplicateOf() : null;
                items.add(new ImportPlan.Item(content, strip(item.getCaseBackground()), reuse, item.getPoints()));
                paths.add("sections[" + s + "].questions[" + q + "]");
                stepRows.add(rows);
                optionRows.add(optionRowsOfItem);
            }
            sections.add(new ImportPlan.Section(strip(section.getTitle()), strip(section.getInstructions()),
                    strip(section.getBackground()), items));
        }
        return new Planned(new ImportPlan(settingsOf(form), sections, form.getCreationToken()), paths, stepRows,
                optionRows);
    }

    /** The question as the bank will hold it; {@code stepRows} gets the page row of each step kept. */
    private static QuestionContent contentOf(ImportForm.ItemForm item, List<String> tags, List<Integer> stepRows,
                                             List<Integer> optionRows) {
        QuestionKind kind = item.getKind();
        String stem = strip(item.getStem());
        List<QuestionContent.Option> options = new ArrayList<>();
        Boolean trueFalse = null;
        if (kind != null && kind.hasOptions()) {
            List<String> letters = letters(item.getKey());
            // a key's letter names the row it is shown beside, even when a row above was emptied
            for (int row = 0; row < item.getOptions().size(); row++) {
                String text = item.getOptions().get(row);
                if (text == null || text.isBlank()) {
                    continue;
                }
                options.add(new QuestionContent.Option(text.strip(), letters.contains(String.valueOf((char) ('A' + row)))));
                optionRows.add(row);
            }
        }
        if (kind == QuestionKind.TRUE_FALSE) {
            trueFalse = trueFalse(item.getKey());
        }
        List<QuestionContent.RubricStep> rubric = new ArrayList<>();
        if (kind != null && kind.isRubricScored()) {
            for (int i = 0; i < item.getSteps().size(); i++) {
                ImportForm.StepForm step = item.getSteps().get(i);
                if (step.isBlank()) {
                    continue;
                }
                rubric.add(new QuestionContent.RubricStep(strip(step.getLabel()), step.getPoints(),
                        strip(step.getGuidance()), strip(step.getModelWording())));
                stepRows.add(i);
            }
        }
        boolean rubricKind = kind != null && kind.isRubricScored();
        return new QuestionContent(kind, stem, null, item.getPoints(), DEFAULT_DIFFICULTY, languageOf(stem), tags,
                null, options, trueFalse,
                kind == QuestionKind.MULTIPLE_CHOICE ? PartialCreditPolicy.HALF_IF_NO_WRONG : null,
                strip(item.getExplanation()), rubricKind ? strip(item.getReferenceAnswer()) : null, rubric,
                rubricKind ? lines(item.getScoringFocus()) : List.of(), rubricKind ? lines(item.getPitfalls()) : List.of(),
                rubricKind ? lines(item.getCompetencies()) : List.of(), null, List.of());
    }

    /** The key's letters, however written: "A,C", "AC", "A、C", "ａｃ". */
    static List<String> letters(String key) {
        if (key == null) {
            return List.of();
        }
        String folded = Normalizer.normalize(key, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        List<String> letters = new ArrayList<>();
        for (char c : folded.toCharArray()) {
            if (c >= 'A' && c <= 'H' && !letters.contains(String.valueOf(c))) {
                letters.add(String.valueOf(c));
            }
        }
        return letters;
    }

    /** A true/false key however written: √ 对 正确 T TRUE, × 错 错误 F FALSE; anything else null. */
    static Boolean trueFalse(String key) {
        if (key == null) {
            return null;
        }
        String k = Normalizer.normalize(key, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (Arrays.asList("√", "✓", "✔", "对", "對", "正确", "正確", "T", "TRUE", "Y", "是").contains(k)) {
            return Boolean.TRUE;
        }
        if (Arrays.asList("×", "X", "✗", "✘", "错", "錯", "错误", "錯誤", "F", "FALSE", "N", "否").contains(k)) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** Chinese when the stem has a Han character; the bank knows zh-CN and en. */
    private static String languageOf(String stem) {
        if (stem != null && stem.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return "zh-CN";
        }
        return stem == null ? "zh-CN" : "en";
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Section and paper totals as the page shows them (leaving a question out takes its points off). */
    static BigDecimal total(ImportForm.SectionForm section) {
        return section.getQuestions().stream().filter(ImportForm.ItemForm::isInclude).map(ImportForm.ItemForm::getPoints)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal total(ImportForm form) {
        return form.getSections().stream().map(ImportForms::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
