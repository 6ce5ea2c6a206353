package tcps.security.boundary;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import tcps.security.control.SecuritySettings;
import tcps.security.entity.Role;

/** What one resource method asks of its caller, read from its annotations (the method's first, then its class's). */
public record Access(Role role, boolean open, boolean scrape) {

    /** The declared access, or null when neither the method nor its class declares one. */
    public static Access declaredOn(Method method, Class<?> resource) {
        Access own = of(method);
        return own != null ? own : of(resource);
    }

    private static Access of(AnnotatedElement element) {
        if (element.isAnnotationPresent(Anyone.class)) {
            return new Access(null, true, false);
        }
        if (element.isAnnotationPresent(ScrapeAccess.class)) {
            return new Access(Role.VIEWER, false, true);
        }
        Requires requires = element.getAnnotation(Requires.class);
        return requires == null ? null : new Access(requires.value(), false, false);
    }

    /** The role needed now, or null when anyone may call. */
    Role needed(SecuritySettings settings) {
        if (open || (scrape && !settings.scrapeRequiresViewer())) {
            return null;
        }
        return role;
    }
}
