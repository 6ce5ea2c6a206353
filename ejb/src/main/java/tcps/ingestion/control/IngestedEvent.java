package tcps.ingestion.control;

/** What one ingested event did: its position in the request, its type, and the handler's result. */
public record IngestedEvent(int index, String type, Object result) {}
