package com.kaoping.shared;

/**
 * A form whose lists may hold more entries than the usual limit on a form's list indexes (a
 * reviewed paper of up to 300 questions, each with a few warnings): bound up to
 * {@link #MAX_LIST_INDEX}.
 */
public interface LongForm {

    int MAX_LIST_INDEX = 1200;
}
