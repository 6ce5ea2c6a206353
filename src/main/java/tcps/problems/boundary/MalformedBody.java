package tcps.problems.boundary;

/** A JSON request body refused as a whole before any of it is bound: answered 400 Malformed JSON with the reason. */
public class MalformedBody extends RuntimeException {

    public MalformedBody(String detail) {
        super(detail);
    }
}
