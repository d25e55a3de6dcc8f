package com.kaoping.transfer.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.kaoping.paper.PaperPurpose;
import com.kaoping.question.QuestionKind;
import com.kaoping.transfer.reading.Script;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The review page: everything the reader understood, editable, and the source it came from. The
 * page holds the whole import until it is confirmed (nothing is stored before), so leaving it
 * loses nothing that was in the bank.
 */
public class ImportForm implements com.kaoping.shared.LongForm {

    private UUID creationToken;
    private Script script = Script.SIMPLIFIED;
    /** The text as brought, for reading it again in the other script. */
    private String original;
    /** The cleaned source lines, one per line, shown beside the paper. */
    private String source;
    private boolean truncated;
    // title, purpose and time are checked by the paper's own rules (PaperSettings.violations)
    private String title;
    private PaperPurpose purpose = PaperPurpose.WRITTEN_TEST;
    private Integer timeLimitMinutes;
    private BigDecimal statedTotal;
    /** The tag every imported question gets: where it came from. */
    @Size(max = 40, message = "{validation.tooLong}")
    private String tag;
    @Valid
    private List<SectionForm> sections = new ArrayList<>();
    private List<WarningForm> warnings = new ArrayList<>();

    public static class SectionForm {
        private String number;
        @NotBlank(message = "{paper.section.titleRequired}")
        @Size(max = 200, message = "{validation.tooLong}")
        private String title;
        @Size(max = 4000, message = "{validation.tooLong}")
        private String instructions;
        @Size(max = 8000, message = "{validation.tooLong}")
        private String background;
        @Valid
        private List<ItemForm> questions = new ArrayList<>();

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getInstructions() { return instructions; }
        public void setInstructions(String instructions) { this.instructions = instructions; }
        public String getBackground() { return background; }
        public void setBackground(String background) { this.background = background; }
        public List<ItemForm> getQuestions() { return questions; }
        public void setQuestions(List<ItemForm> questions) { this.questions = questions; }
    }

    /** One question on the review page; lists are one entry per line where the page shows a text area. */
    public static class ItemForm {
        private boolean include = true;
        private String number;
        private QuestionKind kind;
        private String stem;
        private String caseBackground;
        private List<String> options = new ArrayList<>();
        /** Choice letters ("A,C", "AC", "A、C"), or 对/错, √/×, TRUE/FALSE for true/false. */
        private String key;
        private BigDecimal points;
        private String referenceAnswer;
        private String explanation;
        private List<StepForm> steps = new ArrayList<>();
        private String scoringFocus;
        private String pitfalls;
        private String competencies;
        private Integer fromLine;
        private Integer toLine;
        /** A bank question asking the same, if any. */
        private Long duplicateOf;
        /** Use {@link #duplicateOf} instead of creating this question anew. */
        private boolean reuse;
        /** The bank's question has other options or another key (so it is not chosen for reuse by default). */
        private boolean duplicateDiffers;

        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public QuestionKind getKind() { return kind; }
        public void setKind(QuestionKind kind) { this.kind = kind; }
        public String getStem() { return stem; }
        public void setStem(String stem) { this.stem = stem; }
        public String getCaseBackground() { return caseBackground; }
        public void setCaseBackground(String caseBackground) { this.caseBackground = caseBackground; }
        public List<String> getOptions() { return options; }
        public void setOptions(List<String> options) { this.options = options; }
        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public BigDecimal getPoints() { return points; }
        public void setPoints(BigDecimal points) { this.points = points; }
        public String getReferenceAnswer() { return referenceAnswer; }
        public void setReferenceAnswer(String referenceAnswer) { this.referenceAnswer = referenceAnswer; }
        public String getExplanation() { return explanation; }
        public void setExplanation(String explanation) { this.explanation = explanation; }
        public List<StepForm> getSteps() { return steps; }
        public void setSteps(List<StepForm> steps) { this.steps = steps; }
        public String getScoringFocus() { return scoringFocus; }
        public void setScoringFocus(String scoringFocus) { this.scoringFocus = scoringFocus; }
        public String getPitfalls() { return pitfalls; }
        public void setPitfalls(String pitfalls) { this.pitfalls = pitfalls; }
        public String getCompetencies() { return competencies; }
        public void setCompetencies(String competencies) { this.competencies = competencies; }
        public Integer getFromLine() { return fromLine; }
        public void setFromLine(Integer fromLine) { this.fromLine = fromLine; }
        public Integer getToLine() { return toLine; }
        public void setToLine(Integer toLine) { this.toLine = toLine; }
        public Long getDuplicateOf() { return duplicateOf; }
        public void setDuplicateOf(Long duplicateOf) { this.duplicateOf = duplicateOf; }
        public boolean isReuse() { return reuse; }
        public void setReuse(boolean reuse) { this.reuse = reuse; }
        public boolean isDuplicateDiffers() { return duplicateDiffers; }
        public void setDuplicateDiffers(boolean duplicateDiffers) { this.duplicateDiffers = duplicateDiffers; }
    }

    public static class StepForm {
        private String label;
        private BigDecimal points;
        private String modelWording;
        private String guidance;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public BigDecimal getPoints() { return points; }
        public void setPoints(BigDecimal points) { this.points = points; }
        public String getModelWording() { return modelWording; }
        public void setModelWording(String modelWording) { this.modelWording = modelWording; }
        public String getGuidance() { return guidance; }
        public void setGuidance(String guidance) { this.guidance = guidance; }

        boolean isBlank() {
            return (label == null || label.isBlank()) && points == null
                    && (modelWording == null || modelWording.isBlank()) && (guidance == null || guidance.isBlank());
        }
    }

    /**
     * A warning the reader gave: a person resolves it (the page no longer shows the cause) or
     * accepts it as it is before importing.
     *
     * @see com.kaoping.transfer.reading.ReadWarning
     */
    public static class WarningForm {
        private String code;
        /** 1-based; null for the paper. */
        private Integer section;
        /** 1-based within its section; null for the section or paper. */
        private Integer question;
        /** The message's arguments. */
        private List<String> args = new ArrayList<>();
        private boolean accepted;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public Integer getSection() { return section; }
        public void setSection(Integer section) { this.section = section; }
        public Integer getQuestion() { return question; }
        public void setQuestion(Integer question) { this.question = question; }
        public List<String> getArgs() { return args; }
        public void setArgs(List<String> args) { this.args = args; }
        public boolean isAccepted() { return accepted; }
        /** The message's arguments, for the page. */
        public String[] argList() { return args == null ? new String[0] : args.stream().map(a -> a == null ? "" : a).toArray(String[]::new); }
        /** Whether the warning is about this question (1-based places). */
        public boolean isAbout(int section, int question) {
            return this.section != null && this.question != null && this.section == section && this.question == question;
        }
        /** Whether it is about the section itself (not one of its questions). */
        public boolean isAboutSection(int section) {
            return this.section != null && this.question == null && this.section == section;
        }
        public void setAccepted(boolean accepted) { this.accepted = accepted; }
    }

    public UUID getCreationToken() { return creationToken; }
    public void setCreationToken(UUID creationToken) { this.creationToken = creationToken; }
    public Script getScript() { return script; }
    public void setScript(Script script) { this.script = script; }
    public String getOriginal() { return original; }
    public void setOriginal(String original) { this.original = original; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public boolean isTruncated() { return truncated; }
    public void setTruncated(boolean truncated) { this.truncated = truncated; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public PaperPurpose getPurpose() { return purpose; }
    public void setPurpose(PaperPurpose purpose) { this.purpose = purpose; }
    public Integer getTimeLimitMinutes() { return timeLimitMinutes; }
    public void setTimeLimitMinutes(Integer timeLimitMinutes) { this.timeLimitMinutes = timeLimitMinutes; }
    public BigDecimal getStatedTotal() { return statedTotal; }
    public void setStatedTotal(BigDecimal statedTotal) { this.statedTotal = statedTotal; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> sections) { this.sections = sections; }
    public List<WarningForm> getWarnings() { return warnings; }
    public void setWarnings(List<WarningForm> warnings) { this.warnings = warnings; }
}
