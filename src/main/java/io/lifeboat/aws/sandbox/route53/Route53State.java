package io.lifeboat.aws.sandbox.route53;

import io.lifeboat.aws.sandbox.SandboxAccount;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** The account's Route53, which is global: hosted zones in creation order, and submitted changes. */
public final class Route53State {

    /** A submitted change: PENDING until {@link Route53Records#PROPAGATION} has passed, then INSYNC. */
    record Change(String id, Instant submittedAt, String comment) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    final Map<String, ZoneRecord> zones = new LinkedHashMap<>();
    final Map<String, Change> changes = new LinkedHashMap<>();
    private final Random ids = new Random(53);

    private Route53State() {
    }

    public static Route53State of(SandboxAccount account) {
        return account.state(Route53State.class, "global", r -> new Route53State());
    }

    <T> T locked(Supplier<T> body) {
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    /** Ids like Route53's: a letter and upper-case letters and digits (zones start with Z, changes with C). */
    String newId(char prefix, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder id = new StringBuilder().append(prefix);
        for (int i = 1; i < length; i++) {
            id.append(alphabet.charAt(ids.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** Accepts "Z123" and "/hostedzone/Z123", as the real API does. */
    ZoneRecord zone(String id) {
        String bare = id == null ? "" : id.replaceFirst("^/?hostedzone/", "");
        ZoneRecord zone = zones.get(bare.toUpperCase(Locale.ROOT));
        if (zone == null) {
            throw Route53Errors.noSuchHostedZone(bare);
        }
        return zone;
    }
}
