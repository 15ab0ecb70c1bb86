package nl.overheid.ailedger.monitor;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.Model;
import nl.overheid.ailedger.core.api.application.ModelOrigin;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.policy.ComplianceStatus;
import nl.overheid.ailedger.projections.history.ReadMoment;
import nl.overheid.ailedger.projections.register.ApplicationSummary;
import nl.overheid.ailedger.web.CheckpointView;

/**
 * Counts applications into the monitor, one at a time, so that the applications themselves need not be held.
 * An application without a model counts as neither open source nor of EU or Dutch origin; one whose
 * organisation is unknown counts everywhere except under a layer.
 */
final class MonitorTally {

    private static final Set<ModelOrigin> EU_OR_NL = EnumSet.of(ModelOrigin.NL, ModelOrigin.EU);

    private long applications;
    private final Map<Phase, Long> byPhase = zeros(Phase.class);
    private final Map<GovernmentLayer, Long> byLayer = zeros(GovernmentLayer.class);
    private final Map<GovernmentLayer, Map<Phase, Long>> byLayerAndPhase = new EnumMap<>(GovernmentLayer.class);
    private final Map<AiActRiskClass, Long> byAiActRiskClass = zeros(AiActRiskClass.class);
    private final Map<ComplianceStatus, Long> compliance = new EnumMap<>(ComplianceStatus.class);
    private final Set<String> organisations = new HashSet<>();
    private long inUse;
    private long openSource;
    private long euOrNlOrigin;
    private long onPremises;

    MonitorTally() {
        ComplianceStatus.COUNTED.forEach(status -> compliance.put(status, 0L));
        for (GovernmentLayer layer : GovernmentLayer.values()) {
            byLayerAndPhase.put(layer, zeros(Phase.class));
        }
    }

    void add(ApplicationSummary application) {
        applications++;
        byPhase.merge(application.phase(), 1L, Long::sum);
        if (application.layer() != null) {
            byLayer.merge(application.layer(), 1L, Long::sum);
            byLayerAndPhase.get(application.layer()).merge(application.phase(), 1L, Long::sum);
        }
        ApplicationDetails details = application.details();
        byAiActRiskClass.merge(details.aiActRiskClass(), 1L, Long::sum);
        if (ComplianceStatus.COUNTED.contains(application.compliance().status())) {
            compliance.merge(application.compliance().status(), 1L, Long::sum);
        }
        organisations.add(application.organisationId());
        if (application.phase() != Phase.RETIRED) {
            inUse++;
            Model model = details.model();
            openSource += model != null && model.openSource() ? 1 : 0;
            euOrNlOrigin += model != null && EU_OR_NL.contains(model.origin()) ? 1 : 0;
            onPremises += details.hosting() == Hosting.ON_PREMISES ? 1 : 0;
        }
    }

    MonitorView view(ReadMoment moment, CheckpointView checkpoint) {
        Map<GovernmentLayer, MonitorView.LayerCount> layers = new EnumMap<>(GovernmentLayer.class);
        byLayer.forEach((layer, count) -> layers.put(layer, new MonitorView.LayerCount(count,
                byLayerAndPhase.get(layer))));
        return new MonitorView(moment.asOf(), moment.validAt(), applications, byPhase, layers, byAiActRiskClass,
                compliance, new MonitorView.Indicators(share(openSource), share(euOrNlOrigin), share(onPremises)),
                organisations.size(), checkpoint);
    }

    private double share(long count) {
        return inUse == 0 ? 0.0 : (double) count / inUse;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }
}
