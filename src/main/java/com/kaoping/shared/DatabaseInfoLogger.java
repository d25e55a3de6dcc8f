package com.kaoping.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says which database this node talks to, so nobody wonders where their data went. */
@Component
class DatabaseInfoLogger {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInfoLogger.class);

    private final String url;

    DatabaseInfoLogger(@Value("${spring.datasource.url:}") String url) {
        this.url = url;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logDatabase() {
        if (!url.isBlank()) {
            log.info("Database: {}", url.replaceAll("password=[^&]*", "password=***"));
        }
    }
}
