package com.kaoping.account;

/** Another account already has this username. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("username taken: " + username);
    }
}
