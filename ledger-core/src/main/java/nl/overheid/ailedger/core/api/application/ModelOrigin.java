package nl.overheid.ailedger.core.api.application;

/** Where the model was made. */
public enum ModelOrigin {
    NL, EU, NON_EU
}
