/**
 * Grading and results: interviewers assigned to a paper (or one candidate) score answers
 * against the rubric step by step; panels score independently and are combined by the paper's
 * policy (mean, median or a reconciled consensus), with large differences flagged for the lead
 * or HR to settle; every change is audited. Results, exports and printable reports read from
 * here. Reads attempts through {@link com.kaoping.sitting.AttemptRecords}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "paper", "question", "shared", "sitting"})
package com.kaoping.grading;
