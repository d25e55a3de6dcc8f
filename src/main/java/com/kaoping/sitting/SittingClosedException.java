package com.kaoping.sitting;

/** The sitting cannot do what was asked in its current state (not open yet, closed, revoked, not started). */
public class SittingClosedException extends RuntimeException {

    private final SittingViews.Status status;

    public SittingClosedException(SittingViews.Status status) {
        super("sitting is " + status);
        this.status = status;
    }

    public SittingViews.Status status() {
        return status;
    }
}
