package nl.overheid.ailedger.core.algoritmeregister;

import java.util.List;

import nl.overheid.ailedger.core.api.InvalidInputException;

/** A file that is not a snapshot of the Algoritmeregister; it names what is wrong, per record. */
class InvalidSnapshotException extends InvalidInputException {

    InvalidSnapshotException(List<Field> problems) {
        super("the file is not a snapshot of the Algoritmeregister: nothing was imported", problems);
    }

    InvalidSnapshotException(String name, String reason) {
        this(List.of(new Field(name, reason)));
    }

    /** The same problems, each named with the file they are in. */
    InvalidSnapshotException in(String fileName) {
        return new InvalidSnapshotException(fields().stream()
                .map(field -> new Field(fileName + ": " + field.name(), field.reason())).toList());
    }
}
