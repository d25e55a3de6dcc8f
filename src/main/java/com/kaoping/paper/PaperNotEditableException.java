package com.kaoping.paper;

/** A published or archived paper is frozen: clone it into a new draft to change it. */
public class PaperNotEditableException extends RuntimeException {

    public PaperNotEditableException(long paperId) {
        super("paper " + paperId + " is not a draft");
    }
}
