package com.kaoping.question.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.kaoping.question.PartialCreditPolicy;
import com.kaoping.question.QuestionContent;
import com.kaoping.question.QuestionKind;

/**
 * What the question editor posts. It holds the parts of every kind at once, so switching
 * the kind back and forth in the browser loses nothing; only the parts of the chosen kind
 * are saved.
 */
public class QuestionForm {

    private QuestionKind kind = QuestionKind.SCENARIO;
    private String stem = "";
    private String background = "";
    private BigDecimal points = new BigDecimal("10");
    private Integer difficulty = 3;
    private String language = "zh-CN";
    private String tagsText = "";
    private Long caseId;
    private List<OptionForm> options = new ArrayList<>();
    private Boolean trueFalseKey;
    private PartialCreditPolicy partialCredit = PartialCreditPolicy.HALF_IF_NO_WRONG;
    private String explanation = "";
    private String referenceAnswer = "";
    private List<StepForm> rubric = new ArrayList<>();
    private String scoringFocusText = "";
    private String pitfallsText = "";
    private String competenciesText = "";
    private Long version;
    private UUID creationToken;

    /** A blank editor: four empty options and one empty step, ready to type into. */
    static QuestionForm blank(QuestionKind kind, String language) {
        QuestionForm form = new QuestionForm();
        if (kind != null) {
            form.kind = kind;
        }
        form.language = language;
        for (int i = 0; i < 4; i++) {
            form.options.add(new OptionForm());
        }
        form.rubric.add(new StepForm());
        form.creationToken = UUID.randomUUID();
        return form;
    }

    static QuestionForm of(QuestionContent c, long version) {
        QuestionForm form = new QuestionForm();
        form.kind = c.kind();
        form.stem = c.stem();
        form.background = Objects.toString(c.background(), "");
        form.points = c.points();
        form.difficulty = c.difficulty();
        form.language = c.language();
        form.tagsText = String.join(", ", c.tags());
        form.caseId = c.caseRef() == null ? null : c.caseRef().id();
        c.options().forEach(o -> form.options.add(new OptionForm(o.text(), o.correct())));
        while (form.options.size() < 4) {
            form.options.add(new OptionForm());
        }
        form.trueFalseKey = c.trueFalseKey();
        form.partialCredit = c.partialCredit() == null ? PartialCreditPolicy.HALF_IF_NO_WRONG : c.partialCredit();
        form.explanation = Objects.toString(c.explanation(), "");
        form.referenceAnswer = Objects.toString(c.referenceAnswer(), "");
        c.rubric().forEach(s -> form.rubric.add(new StepForm(s.label(), s.maxPoints(),
                Objects.toString(s.guidance(), ""), Objects.toString(s.modelWording(), ""))));
        if (form.rubric.isEmpty()) {
            form.rubric.add(new StepForm());
        }
        form.scoringFocusText = String.join("\n", c.scoringFocus());
        form.pitfallsText = String.join("\n", c.pitfalls());
        form.competenciesText = String.join(", ", c.competencies());
        form.version = version;
        return form;
    }

    /**
     * The content this form describes. Options and steps left entirely empty are ignored
     * (the editor always offers spare rows); everything else is kept for the rules to judge.
     */
    QuestionContent toContent() {
        return new QuestionContent(kind, stem, background, points, difficulty == null ? 0 : difficulty, language,
                split(tagsText, "[,，、;；\\n]"),
                caseId == null ? null : new QuestionContent.CaseRef(caseId, null, null),
                options.stream().filter(o -> !o.isEmpty())
                        .map(o -> new QuestionContent.Option(o.getText(), o.isCorrect())).toList(),
                trueFalseKey, partialCredit, explanation, referenceAnswer,
                rubric.stream().filter(s -> !s.isEmpty())
                        .map(s -> new QuestionContent.RubricStep(s.getLabel(), s.getMaxPoints(), s.getGuidance(),
                                s.getModelWording())).toList(),
                split(scoringFocusText, "\\n"), split(pitfallsText, "\\n"),
                split(competenciesText, "[,，、;；\\n]"));
    }

    /** Index in {@link #toContent()}'s options of form row {@code i} (empty rows are skipped). */
    int contentOptionRow(int contentIndex) {
        return rowOf(options.stream().map(OptionForm::isEmpty).toList(), contentIndex);
    }

    int contentStepRow(int contentIndex) {
        return rowOf(rubric.stream().map(StepForm::isEmpty).toList(), contentIndex);
    }

    private static int rowOf(List<Boolean> empty, int contentIndex) {
        int seen = -1;
        for (int row = 0; row < empty.size(); row++) {
            if (!empty.get(row) && ++seen == contentIndex) {
                return row;
            }
        }
        return contentIndex;
    }

    /** The sum of the steps' points typed so far (rows with no valid number count 0). */
    public BigDecimal getRubricTotal() {
        return rubric.stream().map(StepForm::getMaxPoints).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean isRubricMismatch() {
        return points != null && rubric.stream().anyMatch(s -> s.getMaxPoints() != null)
                && getRubricTotal().compareTo(points) != 0;
    }

    private static List<String> split(String text, String separators) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // ---- editor actions: add / remove / move rows in place ----

    void addStep() {
        rubric.add(new StepForm());
    }

    void removeStep(int i) {
        if (i >= 0 && i < rubric.size()) {
            rubric.remove(i);
        }
        if (rubric.isEmpty()) {
            rubric.add(new StepForm());
        }
    }

    void moveStep(int i, int delta) {
        int j = i + delta;
        if (i >= 0 && i < rubric.size() && j >= 0 && j < rubric.size()) {
            StepForm step = rubric.remove(i);
            rubric.add(j, step);
        }
    }

    void addOption() {
        options.add(new OptionForm());
    }

    void removeOption(int i) {
        if (i >= 0 && i < options.size()) {
            options.remove(i);
        }
    }

    // ---- bean properties ----

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getStem() {
        return stem;
    }

    public void setStem(String stem) {
        this.stem = stem;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public Integer getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Integer difficulty) {
        this.difficulty = difficulty;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTagsText() {
        return tagsText;
    }

    public void setTagsText(String tagsText) {
        this.tagsText = tagsText;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public List<OptionForm> getOptions() {
        return options;
    }

    public void setOptions(List<OptionForm> options) {
        this.options = options == null ? new ArrayList<>() : options;
    }

    public Boolean getTrueFalseKey() {
        return trueFalseKey;
    }

    public void setTrueFalseKey(Boolean trueFalseKey) {
        this.trueFalseKey = trueFalseKey;
    }

    public PartialCreditPolicy getPartialCredit() {
        return partialCredit;
    }

    public void setPartialCredit(PartialCreditPolicy partialCredit) {
        this.partialCredit = partialCredit;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getReferenceAnswer() {
        return referenceAnswer;
    }

    public void setReferenceAnswer(String referenceAnswer) {
        this.referenceAnswer = referenceAnswer;
    }

    public List<StepForm> getRubric() {
        return rubric;
    }

    public void setRubric(List<StepForm> rubric) {
        this.rubric = rubric == null ? new ArrayList<>() : rubric;
    }

    public String getScoringFocusText() {
        return scoringFocusText;
    }

    public void setScoringFocusText(String scoringFocusText) {
        this.scoringFocusText = scoringFocusText;
    }

    public String getPitfallsText() {
        return pitfallsText;
    }

    public void setPitfallsText(String pitfallsText) {
        this.pitfallsText = pitfallsText;
    }

    public String getCompetenciesText() {
        return competenciesText;
    }

    public void setCompetenciesText(String competenciesText) {
        this.competenciesText = competenciesText;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public UUID getCreationToken() {
        return creationToken;
    }

    public void setCreationToken(UUID creationToken) {
        this.creationToken = creationToken;
    }

    public static class OptionForm {

        private String text = "";
        private boolean correct;

        public OptionForm() {
        }

        OptionForm(String text, boolean correct) {
            this.text = text;
            this.correct = correct;
        }

        boolean isEmpty() {
            return (text == null || text.isBlank()) && !correct;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }
    }

    public static class StepForm {

        private String label = "";
        private BigDecimal maxPoints;
        private String guidance = "";
        private String modelWording = "";

        public StepForm() {
        }

        StepForm(String label, BigDecimal maxPoints, String guidance, String modelWording) {
            this.label = label;
            this.maxPoints = maxPoints;
            this.guidance = guidance;
            this.modelWording = modelWording;
        }

        boolean isEmpty() {
            return blank(label) && maxPoints == null && blank(guidance) && blank(modelWording);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public BigDecimal getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(BigDecimal maxPoints) {
            this.maxPoints = maxPoints;
        }

        public String getGuidance() {
            return guidance;
        }

        public void setGuidance(String guidance) {
            this.guidance = guidance;
        }

        public String getModelWording() {
            return modelWording;
        }

        public void setModelWording(String modelWording) {
            this.modelWording = modelWording;
        }
    }
}
