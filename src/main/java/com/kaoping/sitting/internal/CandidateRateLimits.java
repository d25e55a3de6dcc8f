package com.kaoping.sitting.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The limits on what one invitation token may send: autosaves (burst and rate per second,
 * {@code kaoping.sitting.save-burst} / {@code save-rate}) and focus/paste signals.
 */
@Component
public class CandidateRateLimits {

    private final TokenRateLimit saves;
    private final TokenRateLimit signals = new TokenRateLimit(10, 1);

    CandidateRateLimits(@Value("${kaoping.sitting.save-burst:60}") double saveBurst,
                        @Value("${kaoping.sitting.save-rate:10}") double saveRate) {
        this.saves = new TokenRateLimit(saveBurst, saveRate);
    }

    public boolean saveAllowed(String token) {
        return saves.tryTake(token);
    }

    public boolean signalAllowed(String token) {
        return signals.tryTake(token);
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetIdle() {
        saves.forgetIdle();
        signals.forgetIdle();
    }
}
