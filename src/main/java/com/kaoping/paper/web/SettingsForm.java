package com.kaoping.paper.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.kaoping.paper.PaperPurpose;
import com.kaoping.paper.PaperSettings;
import com.kaoping.question.PartialCreditPolicy;

/** The paper's settings as the form posts them. */
public class SettingsForm extends ChangeForm {

    private String title = "";
    private PaperPurpose purpose = PaperPurpose.INTERVIEW;
    private String instructions = "";
    private Integer timeLimitMinutes;
    private BigDecimal passMark;
    private BigDecimal statedTotal;
    private PartialCreditPolicy multipleChoicePolicy;
    private boolean shuffleOptions;
    private boolean shuffleQuestions;
    private UUID creationToken;

    static SettingsForm of(PaperSettings s, long version) {
        SettingsForm f = new SettingsForm();
        f.title = s.title();
        f.purpose = s.purpose();
        f.instructions = s.instructions() == null ? "" : s.instructions();
        f.timeLimitMinutes = s.timeLimitMinutes();
        f.passMark = s.passMark();
        f.statedTotal = s.statedTotal();
        f.multipleChoicePolicy = s.multipleChoicePolicy();
        f.shuffleOptions = s.shuffleOptions();
        f.shuffleQuestions = s.shuffleQuestions();
        f.setVersion(version);
        return f;
    }

    PaperSettings toSettings() {
        return new PaperSettings(title == null ? "" : title, purpose, instructions, timeLimitMinutes, passMark,
                statedTotal, multipleChoicePolicy, shuffleOptions, shuffleQuestions);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public PaperPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(PaperPurpose purpose) {
        this.purpose = purpose;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public void setTimeLimitMinutes(Integer timeLimitMinutes) {
        this.timeLimitMinutes = timeLimitMinutes;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public void setPassMark(BigDecimal passMark) {
        this.passMark = passMark;
    }

    public BigDecimal getStatedTotal() {
        return statedTotal;
    }

    public void setStatedTotal(BigDecimal statedTotal) {
        this.statedTotal = statedTotal;
    }

    public PartialCreditPolicy getMultipleChoicePolicy() {
        return multipleChoicePolicy;
    }

    public void setMultipleChoicePolicy(PartialCreditPolicy multipleChoicePolicy) {
        this.multipleChoicePolicy = multipleChoicePolicy;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public void setShuffleOptions(boolean shuffleOptions) {
        this.shuffleOptions = shuffleOptions;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public void setShuffleQuestions(boolean shuffleQuestions) {
        this.shuffleQuestions = shuffleQuestions;
    }

    public UUID getCreationToken() {
        return creationToken;
    }

    public void setCreationToken(UUID creationToken) {
        this.creationToken = creationToken;
    }
}
