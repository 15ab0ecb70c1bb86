package nl.overheid.ailedger.application;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.overheid.ailedger.command.LedgerCommands;
import nl.overheid.ailedger.command.StoredEvents.StoredEvent;
import nl.overheid.ailedger.command.StoredEvents;
import nl.overheid.ailedger.config.LedgerProperties;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationCommand;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.RegisterApplication;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.application.ApplicationChange;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.core.policy.GovernmentLayers;
import nl.overheid.ailedger.projections.Page;
import nl.overheid.ailedger.projections.history.HistoryEvent;
import nl.overheid.ailedger.projections.register.ApplicationFilter;
import nl.overheid.ailedger.projections.register.RegisterQueries;
import nl.overheid.ailedger.projections.register.RegisteredApplication;
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
 * AI applications: registration, governance steps, the register and the application as of any moment, and its
 * history.
 */
@RestController
@Tag(name = "Applications")
@RequestMapping("/api/v1/applications")
class ApplicationController {

    private static final int MAX_PAGE_SIZE = 500;
    private static final Pattern APPLICATION_ID = Pattern.compile(FieldLimits.APPLICATION_ID);

    private final LedgerCommands commands;
    private final RegisterQueries register;
    private final ApplicationViews views;
    private final StoredEvents stored;
    private final GovernmentLayers organisations;
    private final Clock clock;
    private final LedgerProperties properties;

    ApplicationController(LedgerCommands commands, RegisterQueries register, ApplicationViews views,
                          StoredEvents stored, GovernmentLayers organisations, Clock clock,
                          LedgerProperties properties) {
        this.commands = commands;
        this.organisations = organisations;
        this.register = register;
        this.views = views;
        this.stored = stored;
        this.clock = clock;
        this.properties = properties;
    }

    @Operation(summary = "Register an application", description = "Registers an AI application of the caller's organisation in EXPLORATION, PILOT or PRODUCTION (existing use). A new exploration or pilot is judged by the policy gate on its occurredAt date; existing use is recorded as it is and judged by compliance.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ApplicationView> register(@Valid @RequestBody RegisterApplicationRequest request,
                                             @AuthenticationPrincipal LedgerPrincipal caller) {
        String id = request.id() == null ? UUID.randomUUID().toString() : request.id();
        RegisterApplication command = new RegisterApplication(id, owner(request, caller), request.phase(),
                request.details(), request.exceptionGrants(), Moments.occurredAt(request.occurredAt(), clock));
        ApplicationChange change = send(command, caller);
        return answer(id, change, view(change, stored.at(id, change.sequence())));
    }

    @Operation(summary = "Post a governance step", description = "Records one governance step, chosen by type; the policy gate judges it on its occurredAt date and refuses with 422 naming every unmet rule.")
    @PostMapping("/{id}/events")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EventAccepted> post(@PathVariable String id, @Valid @RequestBody ApplicationEventRequest request,
                                       @AuthenticationPrincipal LedgerPrincipal caller) {
        if (!APPLICATION_ID.matcher(id).matches()) {
            // the event store would hand another aggregate's events to an application
            throw unknown(id);
        }
        ApplicationCommand command = request.toCommand(id, Moments.occurredAt(request.occurredAt(), clock));
        ApplicationChange change = send(command, caller);
        StoredEvent event = stored.at(id, change.sequence());
        return answer(id, change, new EventAccepted(event.eventId(), event.sequence(), event.recordedAt(),
                view(change, event)));
    }

    @Operation(summary = "List the register", description = "A page of the applications that match the filters, as the ledger knew them at asOf and as they were true at validAt; now by default.")
    @GetMapping
    ApplicationPage list(@RequestParam(required = false) String organisationId,
                         @RequestParam(required = false) GovernmentLayer layer,
                         @RequestParam(required = false) Phase phase,
                         @RequestParam(required = false) AiActRiskClass aiActRiskClass,
                         @RequestParam(required = false) ComplianceStatus complianceStatus,
                         @RequestParam(required = false) Boolean generativeAi,
                         @RequestParam(defaultValue = "1") @Min(1) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(MAX_PAGE_SIZE) int pageSize,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant validAt) {
        ApplicationFilter filter = new ApplicationFilter(organisationId, layer, phase, aiActRiskClass, complianceStatus,
                generativeAi);
        Page<RegisteredApplication> found = register.applications(filter, Moments.readAt("asOf", asOf),
                Moments.readAt("validAt", validAt), page, pageSize);
        return new ApplicationPage(found.items().stream().map(views::of).toList(), found.page(), found.pageSize(),
                found.total());
    }

    @Operation(summary = "Read an application", description = "The application as the ledger knew it at asOf (transaction time) and as it was true at validAt (valid time); now by default.")
    @GetMapping("/{id}")
    ApplicationView application(@PathVariable String id,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant validAt) {
        return register.application(id, Moments.readAt("asOf", asOf), Moments.readAt("validAt", validAt))
                .map(views::of).orElseThrow(() -> unknown(id));
    }

    @Operation(summary = "Read the history of an application", description = "A page of the events of the application, oldest first, with both of their times (page from 1, pageSize up to 500, 100 by default); for auditors and the owning organisation.")
    @GetMapping("/{id}/history")
    HistoryPage history(@PathVariable String id,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                        @RequestParam(defaultValue = "1") @Min(1) int page,
                        @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_PAGE_SIZE) int pageSize,
                        @AuthenticationPrincipal LedgerPrincipal caller) {
        String owner = register.ownerOf(id).orElseThrow(() -> unknown(id));
        if (caller.role() == CredentialRole.ORGANISATION && !caller.actsFor(owner)) {
            throw new AccessDeniedException("the history of application " + id + " is for its owner and auditors");
        }
        Page<HistoryEvent> history = register.history(id, Moments.readAt("asOf", asOf), page, pageSize);
        if (history.total() == 0) {
            throw unknown(id);
        }
        return new HistoryPage(history.items().stream().map(HistoryItem::of).toList(), history.page(),
                history.pageSize(), history.total());
    }

    /** The aggregate refuses a foreign caller; an id without events is no application. */
    private ApplicationChange send(ApplicationCommand command, LedgerPrincipal caller) {
        try {
            return commands.send(command, caller);
        } catch (AggregateNotFoundException e) {
            throw unknown(command.applicationId());
        }
    }

    /** The application as the command left it, judged now. */
    private ApplicationView view(ApplicationChange change, StoredEvent last) {
        ApplicationState state = change.state();
        return views.of(state, organisations.layerOf(state.organisationId()).orElse(null), last.recordedAt(),
                clock.instant());
    }

    /**
     * The answer is the command's own; 201 once the register shows the write too, so that a read right after it
     * sees it, else 202.
     */
    private <T> ResponseEntity<T> answer(String id, ApplicationChange change, T body) {
        boolean shown = register.awaitProjected(id, change.sequence(), properties.readYourWritesTimeout());
        return ResponseEntity.status(shown ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/applications/" + id)).body(body);
    }

    /** An admin names the organisation, which must be registered: its events are read, not a read model. */
    private String owner(RegisterApplicationRequest request, LedgerPrincipal caller) {
        if (caller.role() == CredentialRole.ORGANISATION) {
            if (request.organisationId() != null && !caller.actsFor(request.organisationId())) {
                throw new AccessDeniedException("an organisation registers only its own applications");
            }
            return caller.organisationId();
        }
        if (request.organisationId() == null) {
            throw new InvalidRequestException("organisationId", "is required when an admin registers");
        }
        if (organisations.layerOf(request.organisationId()).isEmpty()) {
            throw new NotFoundException("no organisation " + request.organisationId() + " is registered");
        }
        return request.organisationId();
    }

    private static NotFoundException unknown(String id) {
        return new NotFoundException("no application " + id + " is known at that moment");
    }

    record EventAccepted(String eventId, long sequence, Instant recordedAt, ApplicationView application) {
    }

}
