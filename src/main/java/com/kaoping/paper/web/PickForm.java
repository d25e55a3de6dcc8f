package com.kaoping.paper.web;

import java.util.ArrayList;
import java.util.List;

/** The questions ticked in the picker, and the order they were ticked in (sent by its script). */
public class PickForm extends ChangeForm {

    private List<Long> questionId = new ArrayList<>();
    private String order;

    /**
     * The picked questions in the order they were ticked, else in the order they were entered
     * in the bank: a paper typed in order must not come out reversed (the list shows the newest
     * first).
     */
    List<Long> inOrder() {
        List<Long> ticked = new ArrayList<>();
        if (order != null) {
            for (String part : order.split(",")) {
                try {
                    long qid = Long.parseLong(part.strip());
                    if (questionId.contains(qid) && !ticked.contains(qid)) {
                        ticked.add(qid);
                    }
                }
                catch (NumberFormatException e) {
                    // not an id: ignored, the rest keeps its order
                }
            }
        }
        questionId.stream().filter(qid -> !ticked.contains(qid)).sorted().forEach(ticked::add);
        return ticked;
    }

    public List<Long> getQuestionId() {
        return questionId;
    }

    public void setQuestionId(List<Long> questionId) {
        this.questionId = questionId == null ? new ArrayList<>() : questionId;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }
}
