package com.kaoping.shared;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into one clear instruction instead of a stack trace. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        return new FailureAnalysis(
                "No database URL was given and the embedded PostgreSQL could not start in "
                        + cause.dataDirectory() + " (" + rootCause(cause).getMessage() + ").",
                "Point Kaoping at a PostgreSQL server: KAOPING_DB_URL=jdbc:postgresql://HOST:5432/kaoping "
                        + "KAOPING_DB_USER=... KAOPING_DB_PASSWORD=... ./mvnw spring-boot:run",
                cause);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
