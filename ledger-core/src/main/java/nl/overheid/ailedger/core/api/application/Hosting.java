package nl.overheid.ailedger.core.api.application;

/** Where the model runs. */
public enum Hosting {
    ON_PREMISES, GOVERNMENT_CLOUD, EU_CLOUD, NON_EU_CLOUD
}
