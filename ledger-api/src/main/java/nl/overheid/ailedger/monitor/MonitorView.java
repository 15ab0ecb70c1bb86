package nl.overheid.ailedger.monitor;

import java.time.Instant;
import java.util.Map;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.web.CheckpointView;

/**
 * The cross-government monitor of AI use promised to the Kamer, at one moment of transaction time and one of
 * valid time. Every phase, layer and risk class is present, zeros included.
 *
 * @param applications           every application known on that date, retired ones included
 * @param compliance             generative-AI applications in production: COMPLIANT, NON_COMPLIANT, OVERDUE
 * @param organisationsReporting organisations with at least one of the applications counted
 * @param checkpoint             the newest signed checkpoint at {@code asOf}: the sealed history the answer rests
 *                               on; null before the first checkpoint
 */
public record MonitorView(
        Instant asOf,
        Instant validAt,
        long applications,
        Map<Phase, Long> byPhase,
        Map<GovernmentLayer, LayerCount> byLayer,
        Map<AiActRiskClass, Long> byAiActRiskClass,
        Map<ComplianceStatus, Long> compliance,
        Indicators indicators,
        long organisationsReporting,
        CheckpointView checkpoint) {

    public record LayerCount(long applications, Map<Phase, Long> byPhase) {
    }

    /** Fractions (0..1) of the applications counted with RETIRED ones left out; 0 when there are none. */
    public record Indicators(double openSourceShare, double euOrNlOriginShare, double onPremisesShare) {
    }
}
