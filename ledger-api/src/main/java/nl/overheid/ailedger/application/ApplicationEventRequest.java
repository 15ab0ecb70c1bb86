package nl.overheid.ailedger.application;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.AmendDetails;
import nl.overheid.ailedger.core.api.application.ApplicationCommand;
import nl.overheid.ailedger.core.api.application.ApproveRiskAnalysis;
import nl.overheid.ailedger.core.api.application.DetailsAmendment;
import nl.overheid.ailedger.core.api.application.GrantPolicyException;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.IncidentSeverity;
import nl.overheid.ailedger.core.api.application.MoveToProduction;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RecordSupplierAgreement;
import nl.overheid.ailedger.core.api.application.RejectRiskAnalysis;
import nl.overheid.ailedger.core.api.application.ReportIncident;
import nl.overheid.ailedger.core.api.application.ResumeApplication;
import nl.overheid.ailedger.core.api.application.RetireApplication;
import nl.overheid.ailedger.core.api.application.RiskAnalysisKind;
import nl.overheid.ailedger.core.api.application.Role;
import nl.overheid.ailedger.core.api.application.SignOffRole;
import nl.overheid.ailedger.core.api.application.StartPilot;
import nl.overheid.ailedger.core.api.application.SubmitRiskAnalysis;
import nl.overheid.ailedger.core.api.application.SuspendApplication;
import nl.overheid.ailedger.core.api.policy.RuleId;

/**
 * One governance step posted to {@code /applications/{id}/events}, chosen by {@code type}; each type becomes
 * its command. The names of the types are the names of the events they lead to.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ApplicationEventRequest.PilotStarted.class, name = "PilotStarted"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.RiskAnalysisSubmitted.class, name = "RiskAnalysisSubmitted"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.RiskAnalysisApproved.class, name = "RiskAnalysisApproved"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.RiskAnalysisRejected.class, name = "RiskAnalysisRejected"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.RoleSignedOff.class, name = "RoleSignedOff"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.SupplierAgreementRecorded.class,
                name = "SupplierAgreementRecorded"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.MovedToProduction.class, name = "MovedToProduction"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.Suspended.class, name = "Suspended"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.Resumed.class, name = "Resumed"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.IncidentReported.class, name = "IncidentReported"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.DetailsAmended.class, name = "DetailsAmended"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.Retired.class, name = "Retired"),
        @JsonSubTypes.Type(value = ApplicationEventRequest.PolicyExceptionGranted.class,
                name = "PolicyExceptionGranted")})
sealed interface ApplicationEventRequest {

    Instant occurredAt();

    /** The command of this step; {@code occurredAt} as the ledger normalised it. */
    ApplicationCommand toCommand(String applicationId, Instant occurredAt);

    record PilotStarted(@NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new StartPilot(applicationId, at);
        }
    }

    record RiskAnalysisSubmitted(
            @NotNull @Pattern(regexp = FieldLimits.IDENTIFIER) String analysisId,
            @NotNull RiskAnalysisKind kind,
            @NotBlank @Size(max = FieldLimits.REFERENCE) String documentRef,
            @NotNull @Pattern(regexp = FieldLimits.SHA256, message = "must be 64 lowercase hex digits")
            String documentSha256,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new SubmitRiskAnalysis(applicationId, analysisId, kind, documentRef, documentSha256, at);
        }
    }

    record RiskAnalysisApproved(
            @NotNull @Pattern(regexp = FieldLimits.IDENTIFIER) String analysisId,
            @NotNull Role approverRole,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new ApproveRiskAnalysis(applicationId, analysisId, approverRole, at);
        }
    }

    record RiskAnalysisRejected(
            @NotNull @Pattern(regexp = FieldLimits.IDENTIFIER) String analysisId,
            @NotBlank @Size(max = FieldLimits.TEXT) String reason,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new RejectRiskAnalysis(applicationId, analysisId, reason, at);
        }
    }

    record RoleSignedOff(
            @NotNull Role role,
            @NotBlank @Size(max = FieldLimits.NAME) String signedBy,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new SignOffRole(applicationId, role, signedBy, at);
        }
    }

    record SupplierAgreementRecorded(
            @NotBlank @Size(max = FieldLimits.NAME) String supplier,
            @NotBlank @Size(max = FieldLimits.REFERENCE) String agreementRef,
            @NotNull Boolean coversDataProcessing,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new RecordSupplierAgreement(applicationId, supplier, agreementRef, coversDataProcessing, at);
        }
    }

    record MovedToProduction(@NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new MoveToProduction(applicationId, at);
        }
    }

    record Suspended(
            @NotBlank @Size(max = FieldLimits.TEXT) String reason,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new SuspendApplication(applicationId, reason, at);
        }
    }

    record Resumed(@NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new ResumeApplication(applicationId, at);
        }
    }

    record IncidentReported(
            @NotNull IncidentSeverity severity,
            @NotBlank @Size(max = FieldLimits.TEXT) String description,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new ReportIncident(applicationId, severity, description, at);
        }
    }

    record DetailsAmended(
            @Size(min = 1, max = FieldLimits.NAME) String name,
            @Size(max = FieldLimits.TEXT) String purpose,
            Boolean generativeAi,
            @Valid ModelRequest model,
            Hosting hosting,
            Procurement procurement,
            Boolean personalData,
            Boolean sensitiveData,
            AiActRiskClass aiActRiskClass,
            @Size(max = 64) String lars,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new AmendDetails(applicationId, new DetailsAmendment(name, purpose, generativeAi,
                    model == null ? null : model.toModel(), hosting, procurement, personalData, sensitiveData,
                    aiActRiskClass, lars, null), at);
        }
    }

    record Retired(
            @NotBlank @Size(max = FieldLimits.TEXT) String reason,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new RetireApplication(applicationId, reason, at);
        }
    }

    record PolicyExceptionGranted(
            @NotNull RuleId rule,
            @NotBlank @Size(max = FieldLimits.NAME) String grantedBy,
            @NotBlank @Size(max = FieldLimits.TEXT) String justification,
            @NotNull Instant occurredAt) implements ApplicationEventRequest {
        public ApplicationCommand toCommand(String applicationId, Instant at) {
            return new GrantPolicyException(applicationId, rule, grantedBy, justification, at);
        }
    }
}
