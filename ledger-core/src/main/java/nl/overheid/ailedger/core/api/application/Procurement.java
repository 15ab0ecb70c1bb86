package nl.overheid.ailedger.core.api.application;

/** Inkoop: how the application was obtained. CONSUMER_TERMS is a public service used without a contract. */
public enum Procurement {
    OWN_DEVELOPMENT, CONTRACTED, CONSUMER_TERMS
}
