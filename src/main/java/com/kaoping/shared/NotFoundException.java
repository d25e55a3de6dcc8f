package com.kaoping.shared;

/** Something a URL names does not exist (or is not visible to this user): rendered as the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
