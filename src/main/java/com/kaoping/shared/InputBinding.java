package com.kaoping.shared;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form and parameter reads text and numbers, in one place:
 * <ul>
 * <li>text: line breaks become "\n" (so a browser and the server count the same length)
 * and control characters that PostgreSQL cannot store (NUL and friends) are dropped;</li>
 * <li>numbers: full-width digits are read as digits ("７．５" is 7.5), and anything with
 * more than 7 digits before the point or 2 after it is refused as not-a-number, so a
 * crafted "1e1000000" never reaches the page.</li>
 * </ul>
 */
@ControllerAdvice
class InputBinding {

    /** Lists in forms (options, rubric steps) never grow past this index. */
    static final int MAX_LIST_INDEX = 64;

    @InitBinder
    void initBinder(WebDataBinder binder) {
        // before any editor is registered: that fixes the binder's settings
        // (the form object may not exist yet: Spring makes it after this, so its type is asked)
        Class<?> type = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        binder.setAutoGrowCollectionLimit(type != null && LongForm.class.isAssignableFrom(type)
                ? LongForm.MAX_LIST_INDEX : MAX_LIST_INDEX);
        binder.registerCustomEditor(String.class, new TextEditor());
        binder.registerCustomEditor(BigDecimal.class, new NumberEditor());
    }

    static String cleanText(String text) {
        if (text == null) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder sb = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static final class TextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(cleanText(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    private static final class NumberEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(Numbers.parseDecimal(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : Points.plain((BigDecimal) value);
        }
    }
}
