package com.kaoping.paper;

import java.util.List;

/**
 * Something the author should look at before (or instead of) publishing.
 *
 * @param blocking true when publishing is refused until it is fixed
 */
public record PaperWarning(String code, List<Object> args, boolean blocking) {

    public static PaperWarning of(String code, Object... args) {
        return new PaperWarning(code, List.of(args), false);
    }

    public static PaperWarning blocking(String code, Object... args) {
        return new PaperWarning(code, List.of(args), true);
    }
}
