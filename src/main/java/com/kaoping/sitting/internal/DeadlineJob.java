package com.kaoping.sitting.internal;

import com.kaoping.sitting.SittingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits attempts whose time is up, with whatever was saved, even when the browser is long
 * gone. State lives in the database (deadline, submitted_at), so a restart loses nothing and
 * several nodes share the work (SKIP LOCKED).
 */
@Component
class DeadlineJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);

    private final SittingService sittings;

    DeadlineJob(SittingService sittings) {
        this.sittings = sittings;
    }

    @Scheduled(fixedDelayString = "${kaoping.sitting.deadline-check:5s}", initialDelayString = "${kaoping.sitting.deadline-check:5s}")
    void submitOverdue() {
        int submitted;
        do {
            submitted = sittings.submitOverdue(50);
            if (submitted > 0) {
                log.info("Submitted {} attempts at their deadline", submitted);
            }
        } while (submitted == 50);
    }
}
