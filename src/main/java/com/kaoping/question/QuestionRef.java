package com.kaoping.question;

/** One question at one revision: what a published paper freezes. */
public record QuestionRef(long questionId, int revision) {
}
