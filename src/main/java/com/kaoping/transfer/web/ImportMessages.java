package com.kaoping.transfer.web;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A reader's warning in the user's language, for the review page and the JSON preview alike: the
 * message {@code import.warning.<CODE>} with its arguments, a question kind named as the user
 * knows it.
 */
@Component("importMessages")
public class ImportMessages {

    private final MessageSource messages;

    ImportMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String warning(String code, String... args) {
        Object[] shown = Arrays.copyOf(args, args.length, Object[].class);
        if ("KIND_GUESSED".equals(code) && args.length > 0) {
            shown[0] = messages.getMessage("kind." + args[0], null, args[0], LocaleContextHolder.getLocale());
        }
        return messages.getMessage("import.warning." + code, shown, code, LocaleContextHolder.getLocale());
    }
}
