package com.kaoping.paper;

/** Draft (editable) → published (frozen, can be sat) → archived (kept, no longer offered). */
public enum PaperStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
