package com.kaoping.paper.web;

/**
 * What every change to a paper posts: the version of the paper it was made on, so that a change
 * made on an older version is a conflict rather than silently undoing someone else's.
 */
public class ChangeForm {

    private Long version;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** A post without a version is treated as made on a version that never existed: a conflict. */
    long expectedVersion() {
        return version == null ? -1 : version;
    }
}
