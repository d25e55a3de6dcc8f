package com.kaoping.grading.web;

import java.util.ArrayList;
import java.util.List;

import com.kaoping.grading.ScoreSheets.StepInput;

/** What the grading screen posts: the step scores as typed, comments, notes and the version it was built on. */
public class GradeForm {

    private Long version;
    private List<String> score = new ArrayList<>();
    private List<String> stepComment = new ArrayList<>();
    private String comment;
    private String notes;
    private String next;

    public List<StepInput> inputs() {
        List<StepInput> inputs = new ArrayList<>();
        for (int i = 0; i < score.size(); i++) {
            inputs.add(new StepInput(score.get(i), i < stepComment.size() ? stepComment.get(i) : null));
        }
        return inputs;
    }

    public boolean isNext() {
        return next != null && !next.isBlank();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<String> getScore() {
        return score;
    }

    public void setScore(List<String> score) {
        this.score = score;
    }

    public List<String> getStepComment() {
        return stepComment;
    }

    public void setStepComment(List<String> stepComment) {
        this.stepComment = stepComment;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
