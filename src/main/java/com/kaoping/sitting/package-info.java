/**
 * Timed online sittings: invitations by unguessable link, the attempt with its server-owned
 * deadline, autosave that never lets an older save overwrite a newer one, exactly-once
 * submission (by the candidate or by the deadline job), and auto-scoring of the objective
 * questions. Publishes {@link com.kaoping.sitting.AttemptSubmitted}.
 */
package com.kaoping.sitting;
