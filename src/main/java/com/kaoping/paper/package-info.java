/**
 * Papers (试卷): sections of bank questions and random draw rules, totals and warnings,
 * the candidate's preview and the interviewer's printable kit, and the draft → published →
 * archived lifecycle that freezes the question revisions a paper uses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "question", "shared"})
package com.kaoping.paper;
