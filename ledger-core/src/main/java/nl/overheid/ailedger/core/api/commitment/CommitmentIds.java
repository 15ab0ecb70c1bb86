package nl.overheid.ailedger.core.api.commitment;

import java.util.regex.Pattern;

/**
 * Commitment ids are slugs such as {@code motie-26643-1003}. Axon finds events by aggregate id alone, and a
 * slug can equal an organisation's or an application's id, so the aggregate's identifier carries a prefix.
 */
public final class CommitmentIds {

    public static final String PATTERN = "[a-z0-9-]{3,64}";
    public static final Pattern VALID = Pattern.compile(PATTERN);
    private static final String PREFIX = "commitment:";

    private CommitmentIds() {
    }

    public static String aggregateId(String commitmentId) {
        return PREFIX + commitmentId;
    }
}
