package nl.overheid.ailedger.monitor;

import java.time.Instant;

import nl.overheid.ailedger.core.api.organisation.GovernmentLayer;
import nl.overheid.ailedger.web.Moments;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cross-government monitor of AI use, as known and true at any moment. */
@RestController
@RequestMapping("/api/v1/monitor")
class MonitorController {

    private final MonitorQueries monitor;

    MonitorController(MonitorQueries monitor) {
        this.monitor = monitor;
    }

    @GetMapping
    MonitorView monitor(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant validAt,
                        @RequestParam(required = false) GovernmentLayer layer,
                        @RequestParam(required = false) Boolean generativeAi) {
        return monitor.monitor(Moments.readAt("asOf", asOf), Moments.readAt("validAt", validAt), layer, generativeAi);
    }
}
