package nl.overheid.ailedger.upgrade;

import java.util.Set;

/**
 * The store of release 6bf5ce7. Its rules were revised since: this release judges its applications anew (what it knows
 * only from the Algoritmeregister is UNKNOWN, not OVERDUE) and reads its commitments with the facts they had then. Its
 * imports did not record the register's impact assessment, and eight of its event types were revised.
 */
class PreviousRelease6bf5ce7StoreTest extends PreviousReleaseStoreTest {

    /** Every event type of the API of 6bf5ce7: the generator stores each. */
    static final Set<String> STORED_TYPES = Set.of("ApplicationRegistered", "OrganisationRegistered", "RoleSignedOff",
            "DetailsAmended", "RiskAnalysisSubmitted", "RiskAnalysisApproved", "IncidentReported", "PilotStarted",
            "MovedToProduction", "SupplierAgreementRecorded", "ProgressReported", "Retired", "Suspended",
            "ApplicationLinked", "Resumed", "CommitmentRegistered", "RiskAnalysisRejected", "PhaseObserved",
            "OwnerObserved", "PartlyFulfilled", "DueDateChanged", "Fulfilled", "Withdrawn");

    PreviousRelease6bf5ce7StoreTest() {
        super("6bf5ce7", Facts.REGISTER, Facts.COMMITMENTS);
    }

    @Override
    Set<String> upcastTypes() {
        return Set.of("ApplicationRegistered", "DetailsAmended", "CommitmentRegistered", "DueDateChanged",
                "ProgressReported", "PartlyFulfilled", "Fulfilled", "Withdrawn");
    }

    @Override
    Set<String> storedTypes() {
        return STORED_TYPES;
    }

    @Override
    String statusOfWhatItKnewOnlyFromTheRegister() {
        return "OVERDUE";
    }

    @Override
    boolean recordedImpactAssessments() {
        return false;
    }
}
