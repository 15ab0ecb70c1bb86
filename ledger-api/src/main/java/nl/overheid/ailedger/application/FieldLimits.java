package nl.overheid.ailedger.application;

/** Maximum lengths of free-text fields, also stated in the OpenAPI document. */
public final class FieldLimits {

    public static final int NAME = 200;
    public static final int TEXT = 4000;
    public static final int REFERENCE = 500;
    public static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    public static final String SHA256 = "[0-9a-f]{64}";
    public static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private FieldLimits() {
    }
}
