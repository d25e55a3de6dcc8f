package com.kaoping.grading;

/**
 * Who is acting on grading: HR and admin see every attempt; only HR settles, overrides outside a
 * panel and reopens; an interviewer sees only what is assigned to them. Whoever sits on an
 * attempt's panel grades it blind and independently, whatever else they may do (see
 * {@link AttemptScore#seenBy}).
 */
public record Actor(long userId, boolean hr, boolean admin) {

    public Actor(long userId, boolean hr) {
        this(userId, hr, false);
    }

    public boolean seesAll() {
        return hr || admin;
    }
}
