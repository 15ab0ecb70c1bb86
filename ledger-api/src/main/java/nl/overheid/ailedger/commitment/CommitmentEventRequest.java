package nl.overheid.ailedger.commitment;

import java.time.Instant;
import java.time.LocalDate;

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
import nl.overheid.ailedger.core.api.commitment.ReportProgress;
import nl.overheid.ailedger.core.api.commitment.WithdrawCommitment;

/**
 * One step posted to {@code /commitments/{id}/events}, chosen by {@code type}; each type becomes its command.
 * The names of the types are the names of the events they lead to.
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

    Instant occurredAt();

    /** The command of this step; {@code occurredAt} as the ledger normalised it. */
    CommitmentCommand toCommand(String commitmentId, Instant occurredAt);

    record ProgressReported(
            @NotBlank @Size(max = FieldLimits.TEXT) String summary,
            @Size(max = FieldLimits.REFERENCE) String reference,
            @NotNull Instant occurredAt) implements CommitmentEventRequest {
        public CommitmentCommand toCommand(String commitmentId, Instant at) {
            return new ReportProgress(commitmentId, summary, reference, at);
        }
    }

    record ApplicationLinked(
            @NotNull @Pattern(regexp = FieldLimits.IDENTIFIER) String applicationId,
            @NotNull Instant occurredAt) implements CommitmentEventRequest {
        public CommitmentCommand toCommand(String commitmentId, Instant at) {
            return new LinkApplication(commitmentId, applicationId, at);
        }
    }

    record DueDateChanged(
            @NotNull LocalDate dueDate,
            @NotBlank @Size(max = FieldLimits.TEXT) String reason,
            @NotNull Instant occurredAt) implements CommitmentEventRequest {
        public CommitmentCommand toCommand(String commitmentId, Instant at) {
            return new ChangeDueDate(commitmentId, dueDate, reason, at);
        }
    }

    record PartlyFulfilled(
            @NotBlank @Size(max = FieldLimits.REFERENCE) String reference,
            @NotBlank @Size(max = FieldLimits.TEXT) String summary,
            @NotNull Instant occurredAt) implements CommitmentEventRequest {
        public CommitmentCommand toCommand(String commitmentId, Instant at) {
            return new FulfilPartly(commitmentId, reference, summary, at);
        }
    }

    record Fulfilled(
            @NotBlank @Size(max = FieldLimits.REFERENCE) String reference,
            @NotNull Instant occurredAt) implements CommitmentEventRequest {
        public CommitmentCommand toCommand(String commitmentId, Instant at) {
            return new FulfilCommitment(commitmentId, reference, at);
        }
    }

    record Withdrawn(
            @NotBlank @Size(max = FieldLimits.TEXT) String reason,
            @NotNull Instant occurredAt) implements CommitmentEventRequest {
        public CommitmentCommand toCommand(String commitmentId, Instant at) {
            return new WithdrawCommitment(commitmentId, reason, at);
        }
    }
}
