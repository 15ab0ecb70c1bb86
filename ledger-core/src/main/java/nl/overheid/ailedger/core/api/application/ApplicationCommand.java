package nl.overheid.ailedger.core.api.application;

import java.time.Instant;

/** A command about one AI application; {@code occurredAt} is when the step happened (valid time). */
public interface ApplicationCommand {

    String applicationId();

    Instant occurredAt();
}
