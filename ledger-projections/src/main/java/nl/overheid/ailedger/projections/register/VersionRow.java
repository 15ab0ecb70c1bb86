package nl.overheid.ailedger.projections.register;

import java.time.Instant;

import nl.overheid.ailedger.projections.history.ReadMoment;

/**
 * One row of {@code application_version} as the register writes it ({@link ApplicationVersions}): the facts of the
 * application after event {@code sequence}, current from {@code recordedAt} until {@code supersededAt}.
 */
record VersionRow(String applicationId, long sequence, String organisationId, Instant recordedAt,
                  Instant supersededAt, int lifetimeClass, Instant occurredUntil, String facts) {

    /** A version that nothing has superseded yet. */
    static VersionRow current(String applicationId, long sequence, String organisationId, Instant recordedAt,
                              Instant occurredUntil, String facts) {
        return new VersionRow(applicationId, sequence, organisationId, recordedAt, ReadMoment.END_OF_TIME,
                VersionLifetimes.CURRENT, occurredUntil, facts);
    }

    /** This version, superseded by the next event, recorded at {@code at}. */
    VersionRow supersededAt(Instant at) {
        return new VersionRow(applicationId, sequence, organisationId, recordedAt, at,
                VersionLifetimes.classOf(recordedAt, at), occurredUntil, facts);
    }
}
