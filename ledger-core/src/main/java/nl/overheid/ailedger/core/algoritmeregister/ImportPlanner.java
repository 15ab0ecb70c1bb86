package nl.overheid.ailedger.core.algoritmeregister;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.overheid.ailedger.core.algoritmeregister.ImportPlan.NamedOrganisation;
import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.DetailsAmendment;
import nl.overheid.ailedger.core.api.application.ImpactAssessment;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.application.RecordObservedDetails;
import nl.overheid.ailedger.core.api.application.RecordObservedOwner;
import nl.overheid.ailedger.core.api.application.RecordObservedPhase;
import nl.overheid.ailedger.core.api.application.RecordObservedRegistration;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.api.organisation.RegisterOrganisation;

/**
 * Works out what a snapshot changes against what the register showed before. Every change occurs on the
 * snapshot date; a registration seen for the first time is registered on its {@code geregistreerd} date when
 * the snapshot gives one that is not after the snapshot date. The register does not say how an application
 * was procured, nor its AI Act class, model, hosting or data: see {@link #details}.
 */
public final class ImportPlanner {

    /** The source named in every observed event. */
    static final String SOURCE = "algoritmeregister";
    static final String REMOVED = "verwijderd uit het Algoritmeregister";

    private final GenerativeAiKeywords keywords;
    private final LayerRules layers;

    public ImportPlanner(GenerativeAiKeywords keywords, LayerRules layers) {
        this.keywords = keywords;
        this.layers = layers;
    }

    /** The application id of a registration: the same in every ledger, derived from the register id. */
    public static String applicationId(String registerId) {
        return UUID.nameUUIDFromBytes((SOURCE + ":" + registerId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    ImportPlan plan(Snapshot snapshot, Map<String, SeenRegistration> previous, Map<String, String> namedBefore,
                    List<OrganisationRegistered> registered) {
        return plan(snapshot, previous, namedBefore, registered, Set.of());
    }

    /**
     * @param previous      what the register showed before, by register id
     * @param namedBefore   organisation ids by the key of the names the import met before
     * @param registered    every organisation the ledger holds the registration of, however it was registered
     * @param heldBack      register ids this import leaves as they were before, in the snapshot or not
     */
    public ImportPlan plan(Snapshot snapshot, Map<String, SeenRegistration> previous,
                           Map<String, String> namedBefore, List<OrganisationRegistered> registered,
                           Set<String> heldBack) {
        Planning planning = new Planning(snapshot, new Organisations(namedBefore, registered));
        snapshot.records().stream().filter(record -> !heldBack.contains(record.id()))
                .sorted(Comparator.comparing(RegisterRecord::id))
                .forEach(record -> planning.take(record, previous.get(record.id())));
        Set<String> present = new HashSet<>();
        snapshot.records().forEach(record -> present.add(record.id()));
        previous.values().stream()
                .filter(seen -> !seen.removed() && !present.contains(seen.registerId()))
                .filter(seen -> !heldBack.contains(seen.registerId()))
                .sorted(Comparator.comparing(SeenRegistration::registerId))
                .forEach(planning::remove);
        return planning.result();
    }

    /**
     * What the ledger records of a registration: what the register says (title, purpose, id, impact assessment),
     * and defaults for what it does not say, the ones that claim least: procurement CONTRACTED (nearly all
     * registered algorithms involve a supplier), AI Act class UNDETERMINED, no model or hosting, and no personal or
     * sensitive data stated. Compliance does not judge these defaults: an application known only from the register
     * is UNKNOWN until its organisation records a step of its own.
     */
    private ApplicationDetails details(RegisterRecord record, boolean generativeAi) {
        return new ApplicationDetails(record.title(), record.purpose(), generativeAi, null, null,
                Procurement.CONTRACTED, false, false, AiActRiskClass.UNDETERMINED, record.id(),
                impactAssessment(record.impactAssessment()));
    }

    /** The register's {@code impactassessment} (Ja, Nee, Onbekend); null for no value or a value not among these. */
    public static ImpactAssessment impactAssessment(String reported) {
        if (reported == null) {
            return null;
        }
        return switch (reported.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> ImpactAssessment.YES;
            case "nee" -> ImpactAssessment.NO;
            case "onbekend" -> ImpactAssessment.UNKNOWN;
            default -> null;
        };
    }

    /** The working state of one plan. */
    private final class Planning {

        private final Snapshot snapshot;
        private final Instant at;
        private final Organisations organisations;
        private final Map<String, String> keysByName = new HashMap<>();
        private final Map<String, Instant> firstSightByOrganisation = new HashMap<>();
        private final List<ImportPlan.Step> steps = new ArrayList<>();
        private final List<SeenRegistration> newRegistrations = new ArrayList<>();
        private final List<SeenRegistration> changedRegistrations = new ArrayList<>();
        private int registeredCount;
        private int changedCount;
        private int removedCount;
        private int unchangedCount;
        private int createdCount;

        Planning(Snapshot snapshot, Organisations organisations) {
            this.snapshot = snapshot;
            this.at = startOf(snapshot.date());
            this.organisations = organisations;
            snapshot.records().forEach(record -> firstSightByOrganisation.merge(key(record.organisation()),
                    firstSight(record), this::earlier));
        }

        void take(RegisterRecord record, SeenRegistration seen) {
            String organisationId = organisation(record.organisation(), record.id());
            String nameFingerprint = Fingerprints.of(record.title());
            String purposeFingerprint = Fingerprints.of(record.purpose());
            boolean sameText = seen != null && nameFingerprint.equals(seen.nameFingerprint())
                    && purposeFingerprint.equals(seen.purposeFingerprint());
            boolean generativeAi = sameText ? seen.generativeAi() : keywords.matches(record.title(), record.purpose());
            SeenRegistration now = new SeenRegistration(record.id(), applicationId(record.id()), organisationId,
                    record.status(), generativeAi, nameFingerprint, purposeFingerprint, record.impactAssessment(),
                    record.url(), seen == null ? snapshot.date() : seen.firstSeenOn(), null);
            if (seen == null) {
                step(record.id(), new RecordObservedRegistration(now.applicationId(), organisationId,
                        record.status().phase(), details(record, generativeAi), SOURCE, firstSight(record)));
                registeredCount++;
                newRegistrations.add(now);
                return;
            }
            int before = steps.size();
            if (!organisationId.equals(seen.organisationId())) {
                step(record.id(), new RecordObservedOwner(now.applicationId(), organisationId, SOURCE, at));
            }
            DetailsAmendment amendment = amendment(record, now, seen);
            if (!amendment.isEmpty()) {
                step(record.id(), new RecordObservedDetails(now.applicationId(), amendment, SOURCE, at));
            }
            if (seen.removed() || record.status() != seen.status()) {
                String reason = (seen.removed() ? "weer in het Algoritmeregister, met status "
                        : "in het Algoritmeregister met status ") + record.status().code();
                step(record.id(), new RecordObservedPhase(now.applicationId(), record.status().phase(), SOURCE, reason,
                        at));
            }
            if (steps.size() > before) {
                changedCount++;
            } else {
                unchangedCount++;
            }
            if (!now.equals(seen)) {
                changedRegistrations.add(now);
            }
        }

        void remove(SeenRegistration seen) {
            step(seen.registerId(), new RecordObservedPhase(seen.applicationId(), Phase.RETIRED, SOURCE, REMOVED, at));
            changedRegistrations.add(seen.removedOn(snapshot.date()));
            removedCount++;
        }

        ImportPlan result() {
            return new ImportPlan(steps, newRegistrations, changedRegistrations, organisations.named,
                    new ImportCounts(registeredCount, changedCount, removedCount, unchangedCount, createdCount));
        }

        /** The fields that changed in the register since it was last seen; a removed purpose becomes empty. */
        private DetailsAmendment amendment(RegisterRecord record, SeenRegistration now, SeenRegistration seen) {
            String name = now.nameFingerprint().equals(seen.nameFingerprint()) ? null : record.title();
            String purpose = now.purposeFingerprint().equals(seen.purposeFingerprint()) ? null
                    : record.purpose() == null ? "" : record.purpose();
            Boolean generativeAi = now.generativeAi() == seen.generativeAi() ? null : now.generativeAi();
            ImpactAssessment impactAssessment = impactAssessment(now.impactAssessment());
            ImpactAssessment changedAssessment = impactAssessment == impactAssessment(seen.impactAssessment())
                    ? null : impactAssessment;
            return new DetailsAmendment(name, purpose, generativeAi, null, null, null, null, null, null, null,
                    changedAssessment);
        }

        private void step(String registerId, Object command) {
            steps.add(new ImportPlan.Step(registerId, command));
        }

        /** The organisation a registration names; a new one is registered with the first registration naming it. */
        private String organisation(String name, String registerId) {
            String key = key(name);
            return organisations.idOf(key).orElseGet(() -> {
                Organisations.Tie tie = organisations.tie(key, name);
                if (tie.isNew()) {
                    step(registerId, new RegisterOrganisation(tie.organisationId(), name, layers.layerOf(name),
                            firstSightByOrganisation.get(key)));
                    createdCount++;
                }
                return tie.organisationId();
            });
        }

        /** Many registrations share an organisation: each name is turned into its key once. */
        private String key(String organisationName) {
            return keysByName.computeIfAbsent(organisationName, OrganisationNames::key);
        }

        private Instant firstSight(RegisterRecord record) {
            LocalDate registeredOn = record.registeredOn();
            return registeredOn != null && !registeredOn.isAfter(snapshot.date()) ? startOf(registeredOn) : at;
        }

        private Instant earlier(Instant a, Instant b) {
            return a.isBefore(b) ? a : b;
        }
    }

    /**
     * The organisations a name can be tied to. A name met before keeps its organisation; a new name joins an
     * organisation the ledger already has under the same name or with the name's slug as its id (for example
     * one an admin registered), and otherwise becomes a new organisation with the slug as its id.
     */
    private static final class Organisations {

        private final Map<String, String> idsByKey;
        private final Map<String, String> registeredByKey = new HashMap<>();
        private final Set<String> registeredIds = new HashSet<>();
        private final List<NamedOrganisation> named = new ArrayList<>();

        Organisations(Map<String, String> namedBefore, List<OrganisationRegistered> registered) {
            this.idsByKey = new HashMap<>(namedBefore);
            registered.forEach(organisation -> {
                registeredByKey.putIfAbsent(OrganisationNames.key(organisation.name()), organisation.organisationId());
                registeredIds.add(organisation.organisationId());
            });
        }

        Optional<String> idOf(String key) {
            return Optional.ofNullable(idsByKey.get(key));
        }

        /** Ties a name met for the first time to an organisation id. */
        Tie tie(String key, String name) {
            String id = registeredByKey.getOrDefault(key, OrganisationNames.slug(key));
            boolean isNew = registeredIds.add(id);
            idsByKey.put(key, id);
            named.add(new NamedOrganisation(key, id, name));
            return new Tie(id, isNew);
        }

        /** {@code isNew}: the organisation is not registered yet. */
        record Tie(String organisationId, boolean isNew) {
        }
    }
}
