package nl.overheid.ailedger.web;

/** A resource the ledger does not know (at the moment asked about). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
