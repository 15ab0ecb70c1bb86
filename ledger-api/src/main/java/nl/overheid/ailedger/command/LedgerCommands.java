package nl.overheid.ailedger.command;

import java.util.function.Supplier;

import nl.overheid.ailedger.config.LedgerProperties;
import nl.overheid.ailedger.core.api.CommandMetadata;
import nl.overheid.ailedger.core.api.LifecycleConflictException;
import nl.overheid.ailedger.core.policy.PolicyViolationException;
import nl.overheid.ailedger.security.CredentialRole;
import nl.overheid.ailedger.security.LedgerPrincipal;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one place commands are sent from: on behalf of a caller, who goes into the command's metadata
 * ({@link CommandMetadata}) and the metadata of the stored events, and counted:
 * {@code ledger_commands_total{command, outcome}} and {@code ledger_policy_refusals_total{rule}}.
 */
@Component
public class LedgerCommands {

    private final CommandGateway gateway;
    private final CommandGateway withinTransaction;
    private final CommandMeters meters;
    private final GroupCommit group;

    LedgerCommands(CommandGateway gateway, CommandBus commandBus, CommandMeters meters,
                   PlatformTransactionManager transactions, LedgerProperties properties) {
        this.gateway = gateway;
        this.group = properties.groupCommit() ? new GroupCommit(transactions) : null;
        // The application's gateway retries a concurrent change on another thread, outside the caller's transaction.
        this.withinTransaction = DefaultCommandGateway.builder().commandBus(commandBus).build();
        this.meters = meters;
    }

    /** The credential sends it; an organisation's credential acts for its organisation only. */
    static CommandMetadata metadataOf(LedgerPrincipal caller) {
        return caller.role() == CredentialRole.ORGANISATION
                ? new CommandMetadata(caller.credentialId(), caller.organisationId())
                : CommandMetadata.actingForAll(caller.credentialId());
    }

    public <R> R send(Object command, LedgerPrincipal caller) {
        Supplier<R> sending = () -> gateway.sendAndWait(command, metadataOf(caller).toMetaData());
        return counted(command, group == null ? sending : () -> group.run(sending));
    }

    /**
     * Sends within the caller's transaction, which the command's unit of work joins, so that its events are stored
     * only if that transaction commits: the import sends a whole snapshot so. A conflict is not retried.
     */
    public <R> R sendWithinTransaction(Object command, CommandMetadata metadata) {
        return counted(command, () -> withinTransaction.sendAndWait(command, metadata.toMetaData()));
    }

    private <R> R counted(Object command, Supplier<R> sending) {
        Class<?> type = command.getClass();
        try {
            R result = sending.get();
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
