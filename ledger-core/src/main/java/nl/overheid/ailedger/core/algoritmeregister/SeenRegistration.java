package nl.overheid.ailedger.core.algoritmeregister;

import java.time.LocalDate;

/**
 * What the register last showed of one registration, as the import keeps it: the next snapshot is compared
 * with this, not with the application's events. {@code generativeAi} is what the keywords made of the text;
 * {@code removedOn} is set while the registration is missing from the register.
 */
public record SeenRegistration(
        String registerId,
        String applicationId,
        String organisationId,
        RegisterStatus status,
        boolean generativeAi,
        String nameFingerprint,
        String purposeFingerprint,
        String impactAssessment,
        String url,
        LocalDate firstSeenOn,
        LocalDate removedOn) {

    public boolean removed() {
        return removedOn != null;
    }

    SeenRegistration removedOn(LocalDate date) {
        return new SeenRegistration(registerId, applicationId, organisationId, status, generativeAi, nameFingerprint,
                purposeFingerprint, impactAssessment, url, firstSeenOn, date);
    }
}
