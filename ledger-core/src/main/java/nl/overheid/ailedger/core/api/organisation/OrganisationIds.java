package nl.overheid.ailedger.core.api.organisation;

import java.util.regex.Pattern;

/**
 * Organisation ids are an OIN (20 digits) or a slug. Axon finds events by aggregate id alone, and a slug
 * can look like an application's UUID, so the organisation aggregate's identifier carries a prefix.
 */
public final class OrganisationIds {

    public static final String PATTERN = "[0-9]{20}|[a-z0-9-]{3,64}";
    public static final Pattern VALID = Pattern.compile(PATTERN);
    private static final String PREFIX = "organisation:";

    private OrganisationIds() {
    }

    public static String aggregateId(String organisationId) {
        return PREFIX + organisationId;
    }
}
