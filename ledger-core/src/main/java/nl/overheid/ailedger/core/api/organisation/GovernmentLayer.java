package nl.overheid.ailedger.core.api.organisation;

/** Bestuurslaag of an organisation. */
public enum GovernmentLayer {
    RIJK, UITVOERINGSORGANISATIE, GEMEENTE, PROVINCIE, WATERSCHAP, OVERIG
}
