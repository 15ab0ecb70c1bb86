package nl.overheid.ailedger.application;

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
    private final CommandMeters meters;

    LedgerCommands(CommandGateway gateway, CommandMeters meters) {
        this.gateway = gateway;
        this.meters = meters;
    }

    public <R> R send(Object command, LedgerPrincipal caller) {
        Class<?> type = command.getClass();
        try {
            R result = gateway.sendAndWait(command, MetaData.with(RegisterProjection.ACTOR, caller.credentialId()));
            meters.count(type, CommandMeters.Outcome.ACCEPTED);
            return result;
        } catch (PolicyViolationException refused) {
            meters.count(type, CommandMeters.Outcome.REFUSED);
            refused.violations().forEach(violation -> meters.refused(violation.rule().id()));
            throw refused;
        } catch (LifecycleConflictException conflict) {
            meters.count(type, CommandMeters.Outcome.CONFLICT);
            throw conflict;
        } catch (RuntimeException failure) {
            meters.count(type, CommandMeters.Outcome.FAILED);
            throw failure;
        }
    }
}
