package nl.overheid.ailedger.algoritmeregister;

import java.util.List;

import nl.overheid.ailedger.web.InvalidRequestException;
import nl.overheid.ailedger.web.Problems;

/** A file that is not a snapshot of the Algoritmeregister; it names what is wrong, per record. */
class InvalidSnapshotException extends InvalidRequestException {

    InvalidSnapshotException(List<Problems.InvalidParam> problems) {
        super("the file is not a snapshot of the Algoritmeregister: nothing was imported", problems);
    }

    InvalidSnapshotException(String name, String reason) {
        this(List.of(new Problems.InvalidParam(name, reason)));
    }

    /** The same problems, each named with the file they are in. */
    InvalidSnapshotException in(String fileName) {
        return new InvalidSnapshotException(invalidParams().stream()
                .map(param -> new Problems.InvalidParam(fileName + ": " + param.name(), param.reason())).toList());
    }
}
