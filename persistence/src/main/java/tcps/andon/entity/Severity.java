package tcps.andon.entity;

/** How hard an Andon stops the line. Declared most severe first, so the natural order sorts by urgency. */
public enum Severity {
    CRITICAL,
    WARNING,
    INFO
}
