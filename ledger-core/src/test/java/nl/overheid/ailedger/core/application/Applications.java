package nl.overheid.ailedger.core.application;

import java.time.Instant;
import java.util.Optional;

import nl.overheid.ailedger.core.api.application.AiActRiskClass;
import nl.overheid.ailedger.core.api.application.ApplicationDetails;
import nl.overheid.ailedger.core.api.application.ApplicationRegistered;
import nl.overheid.ailedger.core.api.application.Hosting;
import nl.overheid.ailedger.core.api.application.Model;
import nl.overheid.ailedger.core.api.application.ModelOrigin;
import nl.overheid.ailedger.core.api.application.Phase;
import nl.overheid.ailedger.core.api.application.Procurement;
import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.core.policy.GovernmentLayers;
import nl.overheid.ailedger.core.policy.PolicyCatalogue;
import nl.overheid.ailedger.core.policy.PolicyGate;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;

/** Test data: a generative-AI application of a ministry, and variations on it. */
final class Applications {

    static final String ID = "3f0b6c1e-8a59-4c11-9d59-6f1a5ee0c001";
    /** A ministry: RIJK. */
    static final String ORGANISATION = "00000001003214345000";
    static final String GEMEENTE = "gemeente-utrecht";
    /** The layers of the organisations above, as the policy gate looks them up. */
    static final GovernmentLayers LAYERS = organisation -> Optional.of(
            organisation.equals(GEMEENTE) ? GovernmentLayer.GEMEENTE : GovernmentLayer.RIJK);

    private Applications() {
    }

    /** The answer to a command whose last event has {@code sequence}: the state after it, folded up to that event. */
    static Matcher<ApplicationChange> answers(long sequence) {
        return Matchers.predicate(change -> change.sequence() == sequence && change.state().version() == sequence);
    }

    static ApplicationDetails details() {
        return new ApplicationDetails("Samenvatten van Woo-verzoeken", "Eerste samenvatting van Woo-documenten", true,
                new Model("GPT-NL", "TNO/SURF/NFI", true, ModelOrigin.NL), Hosting.ON_PREMISES,
                Procurement.OWN_DEVELOPMENT, false, false, AiActRiskClass.MINIMAL_RISK, null, null);
    }

    static ApplicationDetails details(Procurement procurement, boolean personalData, boolean sensitiveData,
                                      AiActRiskClass riskClass) {
        ApplicationDetails d = details();
        return new ApplicationDetails(d.name(), d.purpose(), true, d.model(), d.hosting(), procurement, personalData,
                sensitiveData, riskClass, null, null);
    }

    static ApplicationRegistered registered(Phase phase, ApplicationDetails details, Instant at) {
        return new ApplicationRegistered(ID, ORGANISATION, phase, details, at);
    }

    static PolicyGate gate() {
        return new PolicyGate(PolicyCatalogue.standard(), LAYERS);
    }

    static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }
}
