package nl.overheid.ailedger.core.api.application;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A change of registration details: a null component leaves that detail as it was. */
public record DetailsAmendment(
        String name,
        String purpose,
        Boolean generativeAi,
        Model model,
        Hosting hosting,
        Procurement procurement,
        Boolean personalData,
        Boolean sensitiveData,
        AiActRiskClass aiActRiskClass,
        String lars) {

    /** Not a detail: kept out of the stored event, which could otherwise not be read back. */
    @JsonIgnore
    public boolean isEmpty() {
        return name == null && purpose == null && generativeAi == null && model == null && hosting == null
                && procurement == null && personalData == null && sensitiveData == null
                && aiActRiskClass == null && lars == null;
    }
}
