package nl.overheid.ailedger.core.algoritmeregister;

import java.util.Arrays;
import java.util.Optional;

import nl.overheid.ailedger.core.api.application.Phase;

/** The status of a registration in the Algoritmeregister, and the phase the ledger records for it. */
public enum RegisterStatus {
    IN_GEBRUIK("in_gebruik", Phase.PRODUCTION),
    ONTWIKKELING("ontwikkeling", Phase.PILOT),
    BUITEN_GEBRUIK("buiten_gebruik", Phase.RETIRED);

    private final String code;
    private final Phase phase;

    RegisterStatus(String code, Phase phase) {
        this.code = code;
        this.phase = phase;
    }

    /** As the register spells it, e.g. {@code in_gebruik}. */
    public String code() {
        return code;
    }

    Phase phase() {
        return phase;
    }

    public static Optional<RegisterStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
