package nl.overheid.ailedger.core.api.application;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The registration facts of an application that the policy gate and the read models look at.
 * {@code lars} is the Algoritmeregister id, when the application is published there; {@code impactAssessment} what
 * the register reports of an impact assessment, null when the ledger holds no such observation. It is left out of
 * the JSON when null, so that events stored before it existed are written back as they were.
 */
public record ApplicationDetails(
        String name,
        String purpose,
        boolean generativeAi,
        Model model,
        Hosting hosting,
        Procurement procurement,
        boolean personalData,
        boolean sensitiveData,
        AiActRiskClass aiActRiskClass,
        String lars,
        @JsonInclude(JsonInclude.Include.NON_NULL) ImpactAssessment impactAssessment) {

    public ApplicationDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(procurement, "procurement");
        Objects.requireNonNull(aiActRiskClass, "aiActRiskClass");
    }

    /** These details with every field that the amendment names replaced. */
    public ApplicationDetails amendedBy(DetailsAmendment amendment) {
        return new ApplicationDetails(
                orElse(amendment.name(), name),
                orElse(amendment.purpose(), purpose),
                orElse(amendment.generativeAi(), generativeAi),
                orElse(amendment.model(), model),
                orElse(amendment.hosting(), hosting),
                orElse(amendment.procurement(), procurement),
                orElse(amendment.personalData(), personalData),
                orElse(amendment.sensitiveData(), sensitiveData),
                orElse(amendment.aiActRiskClass(), aiActRiskClass),
                orElse(amendment.lars(), lars),
                orElse(amendment.impactAssessment(), impactAssessment));
    }

    private static <T> T orElse(T amended, T current) {
        return amended != null ? amended : current;
    }
}
