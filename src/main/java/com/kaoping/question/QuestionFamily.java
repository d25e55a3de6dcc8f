package com.kaoping.question;

/** The three families a user thinks in; every kind belongs to one. */
public enum QuestionFamily {
    SCENARIO, KNOWLEDGE, BEHAVIOURAL
}
