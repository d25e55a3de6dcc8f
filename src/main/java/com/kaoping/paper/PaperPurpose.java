package com.kaoping.paper;

/** What a paper is for: sat online against the clock, or run as a live interview. */
public enum PaperPurpose {
    WRITTEN_TEST, INTERVIEW
}
