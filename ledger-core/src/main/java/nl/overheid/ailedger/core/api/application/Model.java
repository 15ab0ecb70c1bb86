package nl.overheid.ailedger.core.api.application;

/** The model behind an application, as far as the policy and the monitor care about it. */
public record Model(String name, String provider, boolean openSource, ModelOrigin origin) {
}
