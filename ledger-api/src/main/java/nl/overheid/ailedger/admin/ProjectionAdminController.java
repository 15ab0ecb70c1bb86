package nl.overheid.ailedger.admin;

import java.util.List;

import nl.overheid.ailedger.projections.admin.ProcessorStatus;
import nl.overheid.ailedger.projections.admin.ProjectionProcessors;
import nl.overheid.ailedger.projections.admin.ReplayOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event processors behind the read models: their status, and a replay that rebuilds the read models from
 * the events. While a replay runs, reads are answered from tables that are still filling up.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionAdminController {

    private final ProjectionProcessors processors;

    ProjectionAdminController(ProjectionProcessors processors) {
        this.processors = processors;
    }

    @GetMapping
    ProcessorList status() {
        return new ProcessorList(processors.status());
    }

    /** 202: the replay has started; the status shows when each processor has caught up again. */
    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReplayOutcome replay() {
        return processors.replay();
    }

    record ProcessorList(List<ProcessorStatus> items) {
    }
}
