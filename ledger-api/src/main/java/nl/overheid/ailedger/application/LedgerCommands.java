package nl.overheid.ailedger.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import nl.overheid.ailedger.projections.register.RegisterProjection;
import nl.overheid.ailedger.security.LedgerPrincipal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Sends commands on behalf of a caller, who goes into the metadata of the stored events, and counts them:
 * {@code ledger_commands_total{command, outcome}} and {@code ledger_policy_refusals_total{rule}}.
 */
@Component
public class LedgerCommands {

    private final CommandGateway gateway;
    private final MeterRegistry meters;

    LedgerCommands(CommandGateway gateway, MeterRegistry meters) {
        this.gateway = gateway;
        this.meters = meters;
    }

    public <R> R send(Object command, LedgerPrincipal caller) {
        String name = command.getClass().getSimpleName();
        try {
            R result = gateway.sendAndWait(command, MetaData.with(RegisterProjection.ACTOR, caller.credentialId()));
            count(name, "accepted");
            return result;
        } catch (PolicyViolationException refused) {
            count(name, "refused");
            refused.violations().forEach(violation -> Counter.builder("ledger.policy.refusals")
                    .description("Commands refused by the policy gate, per unmet rule")
                    .tag("rule", violation.rule().id().name())
                    .register(meters).increment());
            throw refused;
        } catch (LifecycleConflictException conflict) {
            count(name, "conflict");
            throw conflict;
        } catch (RuntimeException failure) {
            count(name, "failed");
            throw failure;
        }
    }

    private void count(String command, String outcome) {
        Counter.builder("ledger.commands")
                .description("Commands handled, by outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(meters).increment();
    }
}
