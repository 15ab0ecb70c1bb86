package nl.overheid.ailedger.algoritmeregister;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.overheid.ailedger.core.algoritmeregister.ImportCounts;
import nl.overheid.ailedger.core.algoritmeregister.ImportPlan;
import nl.overheid.ailedger.core.algoritmeregister.RegisterStatus;
import nl.overheid.ailedger.core.algoritmeregister.SeenRegistration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The import's own tables: the imports done, what the register last showed per registration, and the
 * organisation each name was tied to. Read whole in one query each, so that a snapshot is compared without a
 * query per registration; written in batches, in the transaction of the import's commands.
 */
@Repository
class ImportBookkeeping {

    private static final String REGISTRATION_COLUMNS = """
            application_id, organisation_id, status, generative_ai, name_sha256, purpose_sha256, impact_assessment,
            url, first_seen_on, removed_on, register_id""";

    private final JdbcTemplate jdbc;

    ImportBookkeeping(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LocalDate> lastSnapshotDate() {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(snapshot_date) FROM algoritmeregister_import",
                LocalDate.class));
    }

    Map<String, SeenRegistration> registrations() {
        Map<String, SeenRegistration> byId = new HashMap<>();
        jdbc.query("SELECT " + REGISTRATION_COLUMNS + " FROM algoritmeregister_registration",
                (RowCallbackHandler) rs -> byId.put(rs.getString("register_id"), registration(rs)));
        return byId;
    }

    Map<String, String> organisationIdsByKey() {
        Map<String, String> byKey = new HashMap<>();
        jdbc.query("SELECT name_key, organisation_id FROM algoritmeregister_organisation",
                (RowCallbackHandler) rs -> byKey.put(rs.getString(1), rs.getString(2)));
        return byKey;
    }

    void save(ImportPlan plan) {
        jdbc.batchUpdate("INSERT INTO algoritmeregister_registration (" + REGISTRATION_COLUMNS + """
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values(plan.newRegistrations()));
        jdbc.batchUpdate("""
                UPDATE algoritmeregister_registration
                   SET application_id = ?, organisation_id = ?, status = ?, generative_ai = ?, name_sha256 = ?,
                       purpose_sha256 = ?, impact_assessment = ?, url = ?, first_seen_on = ?, removed_on = ?
                 WHERE register_id = ?""", values(plan.changedRegistrations()));
        jdbc.batchUpdate("INSERT INTO algoritmeregister_organisation (name_key, organisation_id, name) VALUES (?, ?, ?)",
                plan.newOrganisations().stream()
                        .map(o -> new Object[] {o.key(), o.organisationId(), o.name()}).toList());
    }

    void recordImport(LocalDate snapshotDate, Instant importedAt, String actor, int records, ImportCounts counts) {
        jdbc.update("""
                INSERT INTO algoritmeregister_import (snapshot_date, imported_at, actor, records, registered, changed,
                                                      removed, unchanged, organisations_created)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", snapshotDate, importedAt.atOffset(ZoneOffset.UTC), actor,
                records, counts.registered(), counts.changed(), counts.removed(), counts.unchanged(),
                counts.organisationsCreated());
    }

    private static List<Object[]> values(List<SeenRegistration> registrations) {
        return registrations.stream().map(seen -> new Object[] {seen.applicationId(), seen.organisationId(),
                seen.status().code(), seen.generativeAi(), seen.nameFingerprint(), seen.purposeFingerprint(),
                seen.impactAssessment(), seen.url(), seen.firstSeenOn(), seen.removedOn(), seen.registerId()})
                .toList();
    }

    private static SeenRegistration registration(ResultSet rs) throws SQLException {
        return new SeenRegistration(rs.getString("register_id"), rs.getString("application_id"),
                rs.getString("organisation_id"), RegisterStatus.ofCode(rs.getString("status")).orElseThrow(),
                rs.getBoolean("generative_ai"), rs.getString("name_sha256"), rs.getString("purpose_sha256"),
                rs.getString("impact_assessment"), rs.getString("url"), rs.getObject("first_seen_on", LocalDate.class),
                rs.getObject("removed_on", LocalDate.class));
    }
}
