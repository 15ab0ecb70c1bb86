package nl.overheid.ailedger.core.policy;

import java.util.List;

/** A compliance verdict with the rules that are unmet. */
public record Compliance(ComplianceStatus status, List<Violation> unmet) {

    public static final Compliance NOT_APPLICABLE = new Compliance(ComplianceStatus.NOT_APPLICABLE, List.of());
    public static final Compliance UNKNOWN = new Compliance(ComplianceStatus.UNKNOWN, List.of());

    public Compliance {
        unmet = List.copyOf(unmet);
    }
}
