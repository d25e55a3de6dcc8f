package com.kaoping.account;

/** The change would leave nobody able to manage accounts. */
public class LastAdminException extends RuntimeException {

    public LastAdminException() {
        super("at least one active admin must remain");
    }
}
