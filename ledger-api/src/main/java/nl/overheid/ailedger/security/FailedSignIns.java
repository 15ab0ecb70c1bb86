package nl.overheid.ailedger.security;

import java.time.Duration;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Refused tokens per client address. An address that had more refused than the limit within a minute is answered
 * 429 for any bearer token until its bucket refills, without the token being looked up. No token can be guessed
 * (256 random bits), but a script trying would spend the ledger's database and fill its log. Addresses not seen for
 * ten minutes are forgotten.
 */
final class FailedSignIns {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
    private final int perMinute;

    FailedSignIns(int perMinute) {
        this.perMinute = perMinute;
    }

    /** How long the address must wait before its next token is looked up; empty when it need not. */
    OptionalLong secondsToWait(String address) {
        Bucket bucket = buckets.getIfPresent(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return OptionalLong.empty();
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return OptionalLong.of(Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1));
    }

    void refused(String address) {
        buckets.get(address, any -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build()).tryConsume(1);
    }
}
