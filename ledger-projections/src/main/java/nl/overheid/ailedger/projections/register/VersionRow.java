package nl.overheid.ailedger.projections.register;

import java.time.Instant;

/**
 * One row of {@code application_version} as the register writes it ({@link ApplicationVersions}): the facts of the
 * application after event {@code sequence}, current from {@code recordedAt} until {@code supersededAt}. Every
 * {@link ApplicationVersions#SNAPSHOT_EVERY}-th version also keeps the whole folded state, from which an as-of read
 * of one application folds on instead of from its first event.
 *
 * @param state the folded state's JSON, or null when this version keeps none
 */
record VersionRow(String applicationId, long sequence, String organisationId, Instant recordedAt,
                  Instant supersededAt, int lifetimeClass, Instant occurredUntil, String facts, String state) {

    /** A version that nothing has superseded yet. */
    static VersionRow current(String applicationId, long sequence, String organisationId, Instant recordedAt,
                              Instant occurredUntil, String facts, String state) {
        return new VersionRow(applicationId, sequence, organisationId, recordedAt, ApplicationVersions.OPEN,
                VersionLifetimes.CURRENT, occurredUntil, facts, state);
    }

    /** This version, superseded by the next event, recorded at {@code at}. */
    VersionRow supersededAt(Instant at) {
        return new VersionRow(applicationId, sequence, organisationId, recordedAt, at,
                VersionLifetimes.classOf(recordedAt, at), occurredUntil, facts, state);
    }
}
