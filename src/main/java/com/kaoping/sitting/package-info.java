/**
 * Timed online sittings: invitations by unguessable link, the attempt with its server-owned
 * deadline, autosave that never lets an older save overwrite a newer one, exactly-once
 * submission (by the candidate or by the deadline job), and auto-scoring of the objective
 * questions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "paper", "question", "shared"})
package com.kaoping.sitting;
