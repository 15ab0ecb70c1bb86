package nl.overheid.ailedger.core.policy;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;

/** A fact of an application's details on which a rule depends. */
public enum Condition {
    ALWAYS,
    PERSONAL_DATA,
    SENSITIVE_DATA,
    HIGH_RISK,
    PROHIBITED_PRACTICE;

    public boolean holdsFor(ApplicationDetails details) {
        return switch (this) {
            case ALWAYS -> true;
            case PERSONAL_DATA -> details.personalData();
            case SENSITIVE_DATA -> details.sensitiveData();
            case HIGH_RISK -> details.aiActRiskClass() == AiActRiskClass.HIGH_RISK;
            case PROHIBITED_PRACTICE -> details.aiActRiskClass() == AiActRiskClass.PROHIBITED;
        };
    }
}
