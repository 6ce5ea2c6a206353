package tcps.kaizen.control;

/** The wastes (muda) a proposal or improvement may name; lower case in the API and the database. */
public final class WasteTypes {

    /** For Bean Validation: the seven classic wastes plus manual work that could be automated. */
    public static final String PATTERN =
            "waiting|overproduction|defects|motion|transport|inventory|overprocessing|automation";

    public static final String MESSAGE =
            "must be one of waiting, overproduction, defects, motion, transport, inventory, overprocessing, automation";

    private WasteTypes() {}
}
