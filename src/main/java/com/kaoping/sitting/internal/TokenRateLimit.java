package com.kaoping.sitting.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How often one invitation token may call an endpoint: a token bucket per token, in memory (a
 * soft limit per app node: it guards this node's work, and nothing is lost when a node
 * restarts). Generous on purpose: the page saves at most one answer at a time per question,
 * a pause in typing or a click apart, and sends what waited all at once after a reconnection,
 * so a candidate never meets it; a script sending hundreds a second does.
 */
public final class TokenRateLimit {

    /** Buckets idle this long are full again anyway: forgotten. */
    private static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(2);
    private static final int MAX_TOKENS_TRACKED = 200_000;

    private final double burst;
    private final double perSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double available;
        long at;

        Bucket(double available, long at) {
            this.available = available;
            this.at = at;
        }
    }

    /**
     * @param burst how many calls may come at once
     * @param perSecond how many a second may follow, on average
     */
    public TokenRateLimit(double burst, double perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** True when this token may make one more call now (and it is counted). */
    public boolean tryTake(String token) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_TOKENS_TRACKED) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(token, t -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.available = Math.min(burst, bucket.available + (now - bucket.at) / 1e9 * perSecond);
            bucket.at = now;
            if (bucket.available < 1) {
                return false;
            }
            bucket.available -= 1;
            return true;
        }
    }

    /** Drops the buckets of tokens that have been quiet for a while (called now and then). */
    public void forgetIdle() {
        forgetIdle(System.nanoTime());
    }

    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(e -> now - e.getValue().at > IDLE_NANOS);
    }
}
