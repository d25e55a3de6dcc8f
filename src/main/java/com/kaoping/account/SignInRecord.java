package com.kaoping.account;

import java.time.Instant;
import java.util.List;

/**
 * What the admin sees of an account's sign-ins: until when it is locked (null: it is not), and
 * the latest failed sign-ins and locks, newest first.
 */
public record SignInRecord(Instant lockedUntil, List<Failure> recent) {

    /** @param locked this failure locked the account */
    public record Failure(String address, boolean locked, Instant at) {
    }
}
