package nl.overheid.ailedger.core.api.application;

/** Inkoop: how the application was obtained. CONSUMER_TERMS (a public service without a contract) is never allowed. */
public enum Procurement {
    OWN_DEVELOPMENT, CONTRACTED, CONSUMER_TERMS
}
