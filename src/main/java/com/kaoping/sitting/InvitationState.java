package com.kaoping.sitting;

/** Where an invitation stands, as HR sees it. */
public enum InvitationState {
    NOT_STARTED, IN_PROGRESS, SUBMITTED, EXPIRED, REVOKED
}
