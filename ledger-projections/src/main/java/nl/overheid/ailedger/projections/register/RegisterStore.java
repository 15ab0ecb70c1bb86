package nl.overheid.ailedger.projections.register;

import static nl.overheid.ailedger.projections.SqlTimes.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.api.organisation.OrganisationRegistered;
import nl.overheid.ailedger.core.application.ApplicationState;
import nl.overheid.ailedger.projections.history.EventHistory;
import nl.overheid.ailedger.projections.history.Folded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The register's own tables: the organisations and the current facts of each application. */
@Repository
class RegisterStore {

    private final JdbcTemplate jdbc;
    RegisterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveOrganisation(OrganisationRegistered event, Instant recordedAt) {
        jdbc.update("""
                INSERT INTO organisation_view (organisation_id, name, layer, occurred_at, recorded_at)
                SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM organisation_view WHERE organisation_id = ?)""",
                event.organisationId(), event.name(), event.layer().name(), timestamp(event.occurredAt()),
                timestamp(recordedAt), event.organisationId());
    }

    void updateCurrent(List<Folded<ApplicationState>> applications) {
        writeCurrent("""
                UPDATE application_current SET organisation_id = ?, phase = ?, generative_ai = ?, ai_act_risk_class = ?,
                       version = ?, last_recorded_at = ?
                 WHERE application_id = ?""", applications);
    }

    void insertCurrent(List<Folded<ApplicationState>> applications) {
        writeCurrent("""
                INSERT INTO application_current (organisation_id, phase, generative_ai, ai_act_risk_class, version,
                                                 last_recorded_at, application_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", applications);
    }

    private void writeCurrent(String sql, List<Folded<ApplicationState>> applications) {
        jdbc.batchUpdate(sql, applications, applications.size(), (statement, folded) -> {
            ApplicationState state = folded.state();
            statement.setString(1, state.organisationId());
            statement.setString(2, state.phase().name());
            statement.setBoolean(3, state.details().generativeAi());
            statement.setString(4, state.details().aiActRiskClass().name());
            statement.setLong(5, state.version());
            statement.setObject(6, timestamp(folded.lastRecordedAt()));
            statement.setString(7, state.applicationId());
        });
    }

    boolean organisationKnown(String organisationId) {
        return !jdbc.queryForList("SELECT 1 FROM organisation_view WHERE organisation_id = ?", Integer.class,
                organisationId).isEmpty();
    }

    Optional<GovernmentLayer> layerOf(String organisationId) {
        return jdbc.query("SELECT layer FROM organisation_view WHERE organisation_id = ?",
                (rs, i) -> GovernmentLayer.valueOf(rs.getString(1)), organisationId).stream().findFirst();
    }

    List<OrganisationView> organisations() {
        return jdbc.query("SELECT organisation_id, name, layer FROM organisation_view ORDER BY organisation_id",
                (rs, i) -> new OrganisationView(rs.getString(1), rs.getString(2), GovernmentLayer.valueOf(rs.getString(3))));
    }

    Optional<String> ownerOf(String applicationId) {
        return jdbc.queryForList("SELECT organisation_id FROM application_current WHERE application_id = ?",
                String.class, applicationId).stream().findFirst();
    }

    /** Empties the register's rows for a replay; see {@link EventHistory#clear()} for why by {@code TRUNCATE}. */
    void clear() {
        jdbc.execute("TRUNCATE TABLE application_current");
        jdbc.execute("TRUNCATE TABLE organisation_view");
    }

}
