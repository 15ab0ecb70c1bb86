package nl.overheid.ailedger.command;

import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import nl.overheid.ailedger.security.CredentialRole;
import nl.overheid.ailedger.security.LedgerPrincipal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends commands on behalf of a caller, who goes into the command's metadata ({@link CommandMetadata}) and the
 * metadata of the stored events, and counts them:
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

    /** The credential sends it; an organisation's credential acts for its organisation only. */
    static CommandMetadata metadataOf(LedgerPrincipal caller) {
        return caller.role() == CredentialRole.ORGANISATION
                ? new CommandMetadata(caller.credentialId(), caller.organisationId())
                : CommandMetadata.actingForAll(caller.credentialId());
    }

    public <R> R send(Object command, LedgerPrincipal caller) {
        Class<?> type = command.getClass();
        try {
            R result = gateway.sendAndWait(command, metadataOf(caller).toMetaData());
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
