package nl.overheid.ailedger.application;

/** Maximum lengths of free-text fields, also stated in the OpenAPI document. */
public final class FieldLimits {

    public static final int NAME = 200;
    public static final int TEXT = 4000;
    public static final int REFERENCE = 500;
    public static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    public static final String SHA256 = "[0-9a-f]{64}";
    /**
     * Every application's id: a lowercase UUID, a client's or one the import derived. The ids of other aggregates
     * carry a prefix with a colon, so an id of this form is an application or nothing.
     */
    public static final String APPLICATION_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /**
     * A lowercase UUID that is not name-based (version 3 or 5): the import derives name-based ids for the applications
     * it registers, and a client taking one would block that registration.
     */
    public static final String CLIENT_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f&&[^35]][0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}";

    private FieldLimits() {
    }
}
