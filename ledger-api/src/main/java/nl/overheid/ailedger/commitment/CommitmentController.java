package nl.overheid.ailedger.commitment;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import nl.overheid.ailedger.command.LedgerCommands;
import nl.overheid.ailedger.command.StoredEvents;
import nl.overheid.ailedger.config.LedgerProperties;
import nl.overheid.ailedger.core.api.commitment.ActionLine;
import nl.overheid.ailedger.core.api.commitment.CommitmentKind;
import nl.overheid.ailedger.core.api.commitment.CommitmentStatus;
import nl.overheid.ailedger.core.api.commitment.RegisterCommitment;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.core.policy.GovernmentLayers;
import nl.overheid.ailedger.projections.commitments.CommitmentFilter;
import nl.overheid.ailedger.projections.commitments.CommitmentQueries;
import nl.overheid.ailedger.security.CredentialRole;
import nl.overheid.ailedger.security.LedgerPrincipal;
import nl.overheid.ailedger.web.InvalidRequestException;
import nl.overheid.ailedger.web.Moments;
import nl.overheid.ailedger.web.NotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moties, toezeggingen and the visie's actions: an admin registers them; the admin or the responsible organisation
 * reports on them; everyone with a credential reads them as of any moment.
 */
@RestController
@RequestMapping("/api/v1/commitments")
class CommitmentController {

    private final LedgerCommands commands;
    private final CommitmentQueries commitments;
    private final CommitmentViews views;
    private final StoredEvents stored;
    private final GovernmentLayers organisations;
    private final Clock clock;
    private final LedgerProperties properties;

    CommitmentController(LedgerCommands commands, CommitmentQueries commitments, CommitmentViews views,
                         StoredEvents stored,
                         GovernmentLayers organisations, Clock clock, LedgerProperties properties) {
        this.commands = commands;
        this.commitments = commitments;
        this.views = views;
        this.stored = stored;
        this.organisations = organisations;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The responsible organisation is looked up in the event store, not in the register: an organisation's
     * registration answers before the register shows it, and a commitment may follow right after.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommitmentView> register(@Valid @RequestBody RegisterCommitmentRequest request,
                                            @AuthenticationPrincipal LedgerPrincipal caller) {
        RegisterCommitment command = request.toCommand(clock.instant());
        if (organisations.layerOf(command.responsibleOrganisationId()).isEmpty()) {
            throw new InvalidRequestException("responsibleOrganisationId", "is not a registered organisation");
        }
        long sequence = send(command, caller, command.commitmentId());
        return answer(command.commitmentId(), sequence, written(command.commitmentId()));
    }

    @PostMapping("/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EventAccepted> post(@PathVariable String id, @Valid @RequestBody CommitmentEventRequest request,
                                       @AuthenticationPrincipal LedgerPrincipal caller) {
        if (request instanceof CommitmentEventRequest.ApplicationLinked link) {
            ApplicationState application = stored.application(link.applicationId());
            if (!application.isRegistered()) {
                throw new NotFoundException("no application " + link.applicationId() + " is registered");
            }
            if (caller.role() != CredentialRole.ADMIN && !caller.actsFor(application.organisationId())) {
                throw new AccessDeniedException("application " + link.applicationId()
                        + " belongs to another organisation: an organisation links only its own applications");
            }
        }
        long sequence = send(request.toCommand(id, clock), caller, id);
        CommitmentView after = written(id);
        CommitmentView.TimelineEntry event = after.progress().stream().filter(e -> e.sequence() == sequence)
                .findFirst().orElseThrow();
        return answer(id, sequence, new EventAccepted(event.eventId(), sequence, event.recordedAt(), after));
    }

    @GetMapping
    CommitmentList list(@RequestParam(required = false) CommitmentStatus status,
                        @RequestParam(required = false) CommitmentKind kind,
                        @RequestParam(required = false) ActionLine actionLine,
                        @RequestParam(required = false) Boolean overdue,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant validAt) {
        Instant knownAt = Objects.requireNonNullElseGet(Moments.readAt("asOf", asOf), clock::instant);
        Instant trueAt = Objects.requireNonNullElse(Moments.readAt("validAt", validAt), knownAt);
        List<CommitmentView> items = commitments.commitments(knownAt, trueAt,
                new CommitmentFilter(status, kind, actionLine, overdue)).stream()
                .map(commitment -> views.of(commitment, knownAt, trueAt)).toList();
        return new CommitmentList(knownAt, trueAt, items, items.size());
    }

    @GetMapping("/{id}")
    CommitmentView commitment(@PathVariable String id,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant validAt) {
        Instant knownAt = Moments.readAt("asOf", asOf);
        Instant trueAt = Moments.readAt("validAt", validAt);
        return commitments.commitment(id, knownAt, trueAt).map(commitment -> views.of(commitment, knownAt, trueAt))
                .orElseThrow(() -> unknown(id));
    }

    /** The aggregate refuses a caller acting for another organisation; an id without events is no commitment. */
    private long send(Object command, LedgerPrincipal caller, String id) {
        try {
            return commands.<Long>send(command, caller);
        } catch (AggregateNotFoundException e) {
            throw unknown(id);
        }
    }

    /** The commitment as its events in the store make it now, the write just made included. */
    private CommitmentView written(String id) {
        return stored.commitment(id, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                .map(commitment -> views.of(commitment, null, null)).orElseThrow(() -> unknown(id));
    }

    /**
     * The answer is made of the event store; 201 once the commitments read model shows the write too, so that a read
     * right after it sees it, else 202.
     */
    private <T> ResponseEntity<T> answer(String id, long sequence, T body) {
        boolean shown = commitments.awaitProjected(id, sequence, properties.readYourWritesTimeout());
        return ResponseEntity.status(shown ? HttpStatus.CREATED : HttpStatus.ACCEPTED).location(location(id))
                .body(body);
    }

    private static URI location(String id) {
        return URI.create("/api/v1/commitments/" + id);
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("no commitment " + id + " is known at that moment");
    }

    record EventAccepted(String eventId, long sequence, Instant recordedAt, CommitmentView commitment) {
    }

    record CommitmentList(Instant asOf, Instant validAt, List<CommitmentView> items, int total) {
    }
}
