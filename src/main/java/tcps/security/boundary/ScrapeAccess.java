package tcps.security.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Prometheus scrape endpoint: open, as scrapers expect by default, until {@code tcps.security.scrape-requires-viewer}
 * asks for a viewer key (Prometheus sends it with {@code authorization: credentials_file}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ScrapeAccess {}
