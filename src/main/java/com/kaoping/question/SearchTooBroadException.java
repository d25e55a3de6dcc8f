package com.kaoping.question;

/** A bank search that asks for more than a search may ({@link QuestionQuery#tooBroad}): refused, not run. */
public class SearchTooBroadException extends RuntimeException {

    public SearchTooBroadException() {
        super("search too broad");
    }
}
