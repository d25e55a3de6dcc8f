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
import com.kaoping.question.QuestionRules;

/**
 * What the question editor posts. It holds the parts of every kind at once, so switching
 * the kind back and forth in the browser loses nothing; only the parts of the chosen kind
 * are saved.
 */
public class QuestionForm {

    /** Tags and competencies are typed in one field, separated by any of these. */
    private static final String LIST_SEPARATORS = "[,，、;；\\n]";

    private QuestionKind kind = QuestionKind.SCENARIO;
    private String stem = "";
    private String subtitle = "";
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
    private List<GroupForm> groups = GroupForm.all();
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

    static QuestionForm of(QuestionContent c, Long version) {
        QuestionForm form = new QuestionForm();
        form.kind = c.kind();
        form.stem = c.stem();
        form.subtitle = Objects.toString(c.subtitle(), "");
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
        for (int i = 0; i < c.rubric().size(); i++) {
            form.rubric.get(i).setGroup(Objects.toString(c.rubric().get(i).group(), ""));
        }
        for (int i = 0; i < QuestionContent.StepGroup.NAMES.size(); i++) {
            form.groups.get(i).setCap(c.capOf(QuestionContent.StepGroup.NAMES.get(i)));
        }
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
                split(tagsText, LIST_SEPARATORS),
                caseId == null ? null : new QuestionContent.CaseRef(caseId, null, null),
                options.stream().filter(o -> !o.isEmpty())
                        .map(o -> new QuestionContent.Option(o.getText(), o.isCorrect())).toList(),
                trueFalseKey, partialCredit, explanation, referenceAnswer,
                rubric.stream().filter(s -> !s.isEmpty())
                        .map(s -> new QuestionContent.RubricStep(s.getLabel(), s.getMaxPoints(), s.getGuidance(),
                                s.getModelWording(), s.groupOrNull())).toList(),
                split(scoringFocusText, "\\n"), split(pitfallsText, "\\n"),
                split(competenciesText, LIST_SEPARATORS),
                subtitle == null || subtitle.isBlank() ? null : subtitle,
                stepGroups());
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

    /** The sum of the steps' points typed so far, each group counting at most its cap (no valid number: 0). */
    public BigDecimal getRubricTotal() {
        return rubricOnly().rubricTotal();
    }

    /** The steps and the group caps alone: what the rubric's total is made of (the rest of the form is not read). */
    private QuestionContent rubricOnly() {
        return new QuestionContent(kind, "", null, points, 0, language, List.of(), null, List.of(), null, null, null,
                null, rubric.stream().filter(s -> !s.isEmpty())
                        .map(s -> new QuestionContent.RubricStep(s.getLabel(), s.getMaxPoints(), null, null,
                                s.groupOrNull())).toList(),
                List.of(), List.of(), List.of(), null, stepGroups());
    }

    /** True when a step names this group or its cap has something typed: its cap row is shown. */
    public boolean groupInUse(String name) {
        return rubric.stream().anyMatch(s -> name.equals(s.getGroup()))
                || stepGroups().stream().anyMatch(g -> g.name().equals(name));
    }

    /**
     * The caps typed, named by their place (A, B, C): a group's name is never taken from the
     * request, and rows past the last name (a crafted post) are not read.
     */
    private List<QuestionContent.StepGroup> stepGroups() {
        List<QuestionContent.StepGroup> typed = new ArrayList<>();
        for (int i = 0; i < QuestionContent.StepGroup.NAMES.size() && i < groups.size(); i++) {
            if (groups.get(i) != null && groups.get(i).getCap() != null) {
                typed.add(new QuestionContent.StepGroup(QuestionContent.StepGroup.NAMES.get(i), groups.get(i).getCap()));
            }
        }
        return typed;
    }

    /** The index of a group in {@link #getGroups()} ("stepGroups[B]" in a rule's words is "groups[1].cap" here). */
    static int groupIndex(String name) {
        return QuestionContent.StepGroup.NAMES.indexOf(name);
    }

    /** True when a step has something in it (drafting steps anew would replace it). */
    public boolean isRubricStarted() {
        return rubric.stream().anyMatch(s -> !s.isEmpty());
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

    /**
     * What "save and new" carries into the next question's editor (as the new page's query
     * parameters): the parts questions entered one after another share.
     */
    public record Carried(QuestionKind kind, BigDecimal points, Integer difficulty, String language, String tags,
                          Long caseId) {

        static Carried of(QuestionForm form) {
            return new Carried(form.kind, form.points, form.difficulty, form.language, form.tagsText, form.caseId);
        }

        java.util.Map<String, Object> asParams() {
            java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
            params.put("kind", kind);
            params.put("points", points == null ? null : points.toPlainString());
            params.put("difficulty", difficulty);
            params.put("language", language);
            params.put("tags", tags);
            params.put("caseId", caseId);
            return params;
        }

        /** Fills what was carried into a blank form (a value that does not fit is left as the blank one has it). */
        void applyTo(QuestionForm form) {
            if (points != null && com.kaoping.shared.Points.isValidMaximum(points)) {
                form.points = points;
            }
            if (difficulty != null && difficulty >= 1 && difficulty <= 5) {
                form.difficulty = difficulty;
            }
            if (language != null && QuestionRules.LANGUAGES.contains(language)) {
                form.language = language;
            }
            if (tags != null) {
                form.tagsText = tags.length() > 500 ? tags.substring(0, 500) : tags;
            }
        }
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

    /**
     * The reference answer's numbered points as the steps (replacing them); false when it has
     * fewer than two points and nothing changed.
     */
    boolean splitReferenceAnswer() {
        List<StepDrafts.Point> found = StepDrafts.points(referenceAnswer);
        if (found.isEmpty()) {
            return false;
        }
        rubric = new ArrayList<>(StepDrafts.steps(found, points));
        return true;
    }

    /** The steps as a numbered reference answer (replacing it); false when no step has anything in it. */
    boolean joinStepsIntoReferenceAnswer() {
        String joined = StepDrafts.referenceAnswer(rubric, language);
        if (joined.isEmpty()) {
            return false;
        }
        referenceAnswer = joined;
        return true;
    }

    /**
     * A step for each competency that has none yet (labelled with it); when no step has points
     * yet, the question's points are shared over them. False when every competency has its step.
     */
    boolean competenciesAsSteps() {
        List<String> labels = rubric.stream().map(s -> s.getLabel().strip()).toList();
        List<String> missing = split(competenciesText, LIST_SEPARATORS).stream()
                .filter(c -> !labels.contains(c)).toList();
        if (missing.isEmpty()) {
            return false;
        }
        rubric.removeIf(StepForm::isEmpty);
        missing.stream().limit(Math.max(0, QuestionRules.MAX_STEPS - rubric.size()))
                .forEach(c -> rubric.add(new StepForm(c, null, "", "")));
        if (rubric.stream().allMatch(s -> s.getMaxPoints() == null)) {
            List<BigDecimal> shares = StepDrafts.share(points, rubric.size());
            for (int i = 0; i < rubric.size(); i++) {
                rubric.get(i).setMaxPoints(shares.get(i));
            }
        }
        return true;
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

    public String getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(String subtitle) {
        this.subtitle = subtitle;
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

    public List<GroupForm> getGroups() {
        return groups;
    }

    public void setGroups(List<GroupForm> groups) {
        this.groups = groups;
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
        private String group = "";

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

        public String getGroup() {
            return group;
        }

        /** The group as the content names it: none when left blank. */
        String groupOrNull() {
            return group == null || group.isBlank() ? null : group;
        }

        public void setGroup(String group) {
            this.group = group;
        }
    }

    /** The cap of one step group (A, B or C by its place in the list), empty when the group is not used. */
    public static class GroupForm {

        private BigDecimal cap;

        static List<GroupForm> all() {
            return new ArrayList<>(QuestionContent.StepGroup.NAMES.stream().map(n -> new GroupForm()).toList());
        }

        public BigDecimal getCap() {
            return cap;
        }

        public void setCap(BigDecimal cap) {
            this.cap = cap;
        }
    }
}
