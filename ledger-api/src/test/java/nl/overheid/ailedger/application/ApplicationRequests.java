package nl.overheid.ailedger.application;

/** Request bodies that several tests post. */
public final class ApplicationRequests {

    private ApplicationRequests() {
    }

    /** A generative-AI application of a ministry, processing personal data, registered in {@code phase}. */
    public static String registration(String id, String phase) {
        return """
                {"id": "%s", "name": "Samenvatten van Woo-verzoeken", "purpose": "Eerste samenvatting",
                 "phase": "%s", "generativeAi": true,
                 "model": {"name": "GPT-NL", "provider": "TNO/SURF/NFI", "openSource": true, "origin": "NL"},
                 "hosting": "ON_PREMISES", "procurement": "OWN_DEVELOPMENT", "personalData": true,
                 "sensitiveData": false, "aiActRiskClass": "MINIMAL_RISK", "occurredAt": "2025-04-22T09:00:00Z"}
                """.formatted(id, phase);
    }
}
