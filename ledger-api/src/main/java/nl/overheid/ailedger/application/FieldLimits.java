package nl.overheid.ailedger.application;

/** Maximum lengths of free-text fields, also stated in the OpenAPI document. */
final class FieldLimits {

    static final int NAME = 200;
    static final int TEXT = 4000;
    static final int REFERENCE = 500;
    static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    static final String SHA256 = "[0-9a-f]{64}";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private FieldLimits() {
    }
}
