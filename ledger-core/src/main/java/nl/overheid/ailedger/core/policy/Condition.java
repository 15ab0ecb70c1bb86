package nl.overheid.ailedger.core.policy;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;

/** When a requirement of a rule set applies to an application. */
public enum Condition {
    ALWAYS,
    PERSONAL_DATA,
    SENSITIVE_DATA,
    HIGH_RISK;

    public boolean holdsFor(ApplicationDetails details) {
        return switch (this) {
            case ALWAYS -> true;
            case PERSONAL_DATA -> details.personalData();
            case SENSITIVE_DATA -> details.sensitiveData();
            case HIGH_RISK -> details.aiActRiskClass() == AiActRiskClass.HIGH_RISK;
        };
    }
}
