package tcps.ingestion.control;

import java.util.Set;

/**
 * Applies a component's ingested events (by their {@code type}) to the line. Components contribute one handler each
 * as a CDI bean; it runs inside the batch's transaction and returns what it created or changed.
 */
public interface EventHandler {

    Set<String> types();

    Object handle(EventFields event);
}
