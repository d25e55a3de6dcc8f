package com.kaoping.shared;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links with query parameters taken from what a user typed. Built from values, encoded as
 * literal text: a value is never read as a URI template, so braces in a search ("{x}") are
 * just characters (template expansion of them failed with a 500).
 */
public final class Links {

    private Links() {
    }

    /**
     * The path with the given parameters (null, blank or false ones left out), ending in "?"
     * or "&" so a page number can be appended.
     */
    public static String pageBase(String path, Map<String, ?> params) {
        String link = to(path, params);
        return link + (link.contains("?") ? "&" : "?");
    }

    /** The path with the given parameters (null, blank or false ones left out). */
    public static String to(String path, Map<String, ?> params) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        params.forEach((name, value) -> {
            if (value != null && !(value instanceof String s && s.isBlank()) && !Boolean.FALSE.equals(value)) {
                builder.queryParam(name, value);
            }
        });
        return builder.build().encode().toUriString();
    }
}
