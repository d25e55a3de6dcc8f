package com.kaoping.sitting;

/** No invitation has this token (a typo, a guess, or a link from somewhere else). */
public class InvalidTokenException extends RuntimeException {

    public InvalidTokenException() {
        super("unknown invitation token");
    }
}
