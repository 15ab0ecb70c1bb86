package nl.overheid.ailedger.upgrade;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The store of release 947554e, the last before the read models were redesigned. No rule and no event type changed
 * since: this release serves every answer as 947554e did, compliance and the monitor's counts included. Its store also
 * holds what 6bf5ce7 did not know: exceptions to a rule, commitments of the visie dated by month or year, credentials
 * as events.
 */
class PreviousRelease947554eStoreTest extends PreviousReleaseStoreTest {

    PreviousRelease947554eStoreTest() {
        super("947554e", Facts.AS_SERVED, Facts.AS_SERVED_BUT_WHEN_READ);
    }

    @Test
    void theMonitorCountsAsBefore() {
        assertServedAsBefore("monitor.json", Facts.AS_SERVED);
    }

    @Override
    Set<String> upcastTypes() {
        return Set.of();
    }

    @Override
    Set<String> storedTypes() {
        Set<String> types = new HashSet<>(PreviousRelease6bf5ce7StoreTest.STORED_TYPES);
        types.addAll(Set.of("PolicyExceptionGranted", "CredentialIssued", "CredentialRevoked"));
        return types;
    }

    @Override
    String statusOfWhatItKnewOnlyFromTheRegister() {
        return "UNKNOWN";
    }

    @Override
    boolean recordedImpactAssessments() {
        return true;
    }
}
