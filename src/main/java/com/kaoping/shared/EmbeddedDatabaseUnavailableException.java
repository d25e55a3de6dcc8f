package com.kaoping.shared;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; see {@link EmbeddedDatabaseFailureAnalyzer}. */
class EmbeddedDatabaseUnavailableException extends RuntimeException {

    private final Path dataDirectory;

    EmbeddedDatabaseUnavailableException(Path dataDirectory, Throwable cause) {
        super("Embedded PostgreSQL could not start in " + dataDirectory + ": " + cause.getMessage(), cause);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
