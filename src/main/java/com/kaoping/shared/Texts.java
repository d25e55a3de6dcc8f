package com.kaoping.shared;

/** Text as Kaoping stores it: "\n" line breaks and no control characters PostgreSQL cannot hold. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String text) {
        return InputBinding.cleanText(text);
    }
}
