package nl.overheid.ailedger.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.core.api.application.ExceptionGrant;
import nl.overheid.ailedger.core.api.policy.RuleId;

/** An exception to a rule granted with a registration, as posted: the rule, who granted it and why. */
record ExceptionRequest(
        @NotNull RuleId rule,
        @NotBlank @Size(max = FieldLimits.NAME) String grantedBy,
        @NotBlank @Size(max = FieldLimits.TEXT) String justification) {

    ExceptionGrant toGrant() {
        return new ExceptionGrant(rule, grantedBy, justification);
    }
}
