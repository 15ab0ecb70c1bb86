package nl.overheid.ailedger.projections.register;

import java.time.Instant;

/** The end of a stored version of an application: the moment its next event was recorded, and its lifetime class. */
record VersionEnd(String applicationId, long sequence, Instant supersededAt, int lifetimeClass) {

    static VersionEnd of(String applicationId, long sequence, Instant recordedAt, Instant supersededAt) {
        return new VersionEnd(applicationId, sequence, supersededAt, VersionLifetimes.classOf(recordedAt, supersededAt));
    }
}
