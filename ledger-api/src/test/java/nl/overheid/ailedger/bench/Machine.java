package nl.overheid.ailedger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The machine a run measured, as the report states it: the figures mean nothing without it. */
final class Machine {

    private Machine() {
    }

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cpu", procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memory", procLine("/proc/meminfo", "MemTotal").orElse("unknown"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("loadAverageAtStart", loadAverage());
        return machine;
    }

    /** The 1-, 5- and 15-minute load averages: how much else the machine was doing. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> procLine(String file, String field) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(field))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
