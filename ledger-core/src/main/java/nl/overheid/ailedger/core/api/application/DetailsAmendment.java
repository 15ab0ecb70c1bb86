package nl.overheid.ailedger.core.api.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A change of registration details: a null component leaves that detail as it was; {@code impactAssessment} is
 * left out of the JSON when null, so that amendments stored before it existed are written back as they were.
 * {@link #isEmpty()} is no property: revision 1 of DetailsAmended was stored with it ({@code "empty": false}), so
 * it is ignored on reading.
 */
@JsonIgnoreProperties("empty")
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
        String lars,
        @JsonInclude(JsonInclude.Include.NON_NULL) ImpactAssessment impactAssessment) {

    /** Not a detail: kept out of the stored event, which could otherwise not be read back. */
    public boolean isEmpty() {
        return name == null && purpose == null && generativeAi == null && model == null && hosting == null
                && procurement == null && personalData == null && sensitiveData == null
                && aiActRiskClass == null && lars == null && impactAssessment == null;
    }
}
