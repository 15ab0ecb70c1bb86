package nl.overheid.ailedger.commitment;

import java.time.Clock;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.application.FieldLimits;
import nl.overheid.ailedger.core.api.commitment.ChangeDueDate;
import nl.overheid.ailedger.core.api.commitment.CommitmentCommand;
import nl.overheid.ailedger.core.api.commitment.FulfilCommitment;
import nl.overheid.ailedger.core.api.commitment.FulfilPartly;
import nl.overheid.ailedger.core.api.commitment.LinkApplication;
import nl.overheid.ailedger.core.api.commitment.Occurrence;
import nl.overheid.ailedger.core.api.commitment.PartialDate;
import nl.overheid.ailedger.core.api.commitment.ReportProgress;
import nl.overheid.ailedger.core.api.commitment.WithdrawCommitment;
import nl.overheid.ailedger.web.InvalidRequestException;
import nl.overheid.ailedger.web.Moments;

/**
 * One step posted to {@code /commitments/{id}/events}, chosen by {@code type}; each type becomes its command.
 * The names of the types are the names of the events they lead to. Every step has {@code occurredAt}; a progress
 * report, partial fulfilment, fulfilment or withdrawal that a source dates by no more than a day, a month or a year
 * has {@code occurredOn} instead.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CommitmentEventRequest.ProgressReported.class, name = "ProgressReported"),
        @JsonSubTypes.Type(value = CommitmentEventRequest.ApplicationLinked.class, name = "ApplicationLinked"),
        @JsonSubTypes.Type(value = CommitmentEventRequest.DueDateChanged.class, name = "DueDateChanged"),
        @JsonSubTypes.Type(value = CommitmentEventRequest.PartlyFulfilled.class, name = "PartlyFulfilled"),
        @JsonSubTypes.Type(value = CommitmentEventRequest.Fulfilled.class, name = "Fulfilled"),
        @JsonSubTypes.Type(value = CommitmentEventRequest.Withdrawn.class, name = "Withdrawn")})
sealed interface CommitmentEventRequest {

    /** The command of this step, once its occurrence is checked. */
    CommitmentCommand toCommand(String commitmentId, Clock clock);

    /** A step that a source may date by a day, a month or a year instead of an instant. */
    sealed interface Datable extends CommitmentEventRequest {

        Instant occurredAt();

        PartialDate occurredOn();

        /** When the step occurred: exactly one of occurredAt and occurredOn, neither in the future. */
        default Occurrence occurrence(Clock clock) {
            if (occurredOn() == null) {
                if (occurredAt() == null) {
                    throw new InvalidRequestException("occurredAt", "is required, or occurredOn: the date as a "
                            + "source gives it");
                }
                return Occurrence.of(Moments.occurredAt(occurredAt(), clock));
            }
            if (occurredAt() != null) {
                throw new InvalidRequestException("occurredOn", "give occurredAt or occurredOn, not both");
            }
            Moments.occurredAt("occurredOn", occurredOn().certainFrom(), clock);
            return Occurrence.of(occurredOn());
        }
    }

    record ProgressReported(
            @NotBlank @Size(max = FieldLimits.TEXT) String summary,
            @Size(max = FieldLimits.REFERENCE) String reference,
            Instant occurredAt,
            PartialDate occurredOn) implements Datable {
        public CommitmentCommand toCommand(String commitmentId, Clock clock) {
            return new ReportProgress(commitmentId, summary, reference, occurrence(clock));
        }
    }

    record ApplicationLinked(
            @NotNull @Pattern(regexp = FieldLimits.IDENTIFIER) String applicationId,
            @NotNull Instant occurredAt) implements CommitmentEventRequest {
        public CommitmentCommand toCommand(String commitmentId, Clock clock) {
            return new LinkApplication(commitmentId, applicationId, Moments.occurredAt(occurredAt, clock));
        }
    }

    record DueDateChanged(
            @NotNull PartialDate dueDate,
            @NotBlank @Size(max = FieldLimits.TEXT) String reason,
            @NotNull Instant occurredAt) implements CommitmentEventRequest {
        public CommitmentCommand toCommand(String commitmentId, Clock clock) {
            return new ChangeDueDate(commitmentId, dueDate, reason, Moments.occurredAt(occurredAt, clock));
        }
    }

    record PartlyFulfilled(
            @NotBlank @Size(max = FieldLimits.REFERENCE) String reference,
            @NotBlank @Size(max = FieldLimits.TEXT) String summary,
            Instant occurredAt,
            PartialDate occurredOn) implements Datable {
        public CommitmentCommand toCommand(String commitmentId, Clock clock) {
            return new FulfilPartly(commitmentId, reference, summary, occurrence(clock));
        }
    }

    record Fulfilled(
            @NotBlank @Size(max = FieldLimits.REFERENCE) String reference,
            Instant occurredAt,
            PartialDate occurredOn) implements Datable {
        public CommitmentCommand toCommand(String commitmentId, Clock clock) {
            return new FulfilCommitment(commitmentId, reference, occurrence(clock));
        }
    }

    record Withdrawn(
            @NotBlank @Size(max = FieldLimits.TEXT) String reason,
            Instant occurredAt,
            PartialDate occurredOn) implements Datable {
        public CommitmentCommand toCommand(String commitmentId, Clock clock) {
            return new WithdrawCommitment(commitmentId, reason, occurrence(clock));
        }
    }
}
