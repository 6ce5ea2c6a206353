package tcps.health.control;

/** One component of the line that reports its health; every implementation is a CDI bean picked up by name. */
public interface ComponentCheck {

    String component();

    ComponentHealth check();
}
