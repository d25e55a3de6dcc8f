package com.kaoping.account;

/** What a signed-in person may do. A person may hold several roles. */
public enum Role {
    /** Manages accounts and roles. */
    ADMIN,
    /** Keeps the question bank, builds papers, invites candidates, reads results. */
    HR,
    /** Reads the bank and grades answers against rubrics. */
    INTERVIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
