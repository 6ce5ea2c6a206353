package tcps;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tcps.security.boundary.Access;

/**
 * Every REST endpoint of the product, found in its JAX-RS resources (not listed by hand, so a new endpoint is covered
 * by the tests that walk them): verb, path template under the deployment, access and the Java method.
 */
public final class RestEndpoints {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");

    public record Endpoint(String verb, String template, Access access, Method method) {

        public boolean writes() {
            return !verb.equals("GET");
        }

        /** Whether the method reads a request body (an unannotated parameter, as JAX-RS binds the entity). */
        public boolean takesBody() {
            return Stream.of(method.getParameters()).anyMatch(RestEndpoints::isEntity);
        }

        public boolean consumesJson() {
            Consumes consumes = method.getAnnotation(Consumes.class);
            return consumes == null || String.join(",", consumes.value()).contains("json");
        }

        /**
         * The path with every parameter given {@code value}, or, where the parameter's regular expression refuses
         * that, a sample it accepts (under the deployment, no leading slash).
         */
        public String path(String value) {
            StringBuilder path = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c != '{') {
                    path.append(c);
                    i++;
                    continue;
                }
                int depth = 0;
                int end = i;
                for (; end < template.length(); end++) {
                    depth += template.charAt(end) == '{' ? 1 : template.charAt(end) == '}' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                String parameter = template.substring(i + 1, end);
                int colon = parameter.indexOf(':');
                path.append(
                        colon < 0
                                ? value
                                : sample(value, parameter.substring(colon + 1).strip()));
                i = end + 1;
            }
            return path.toString();
        }

        private static String sample(String wanted, String regex) {
            return Stream.of(wanted, "0", "1", "backup-20260101T000000Z", "reliability")
                    .filter(candidate -> candidate.matches(regex))
                    .findFirst()
                    .orElse(wanted);
        }

        @Override
        public String toString() {
            return verb + " " + template;
        }
    }

    private RestEndpoints() {}

    public static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tcps")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> type = resource.reflect();
            String base = "api/" + trim(type.getAnnotation(Path.class).value());
            for (Method method : type.getDeclaredMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        Path path = method.getAnnotation(Path.class);
                        String template = path == null ? base : base + "/" + trim(path.value());
                        endpoints.add(new Endpoint(verb, template, Access.declaredOn(method, type), method));
                    }
                });
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    private static boolean isEntity(Parameter parameter) {
        return Stream.of(parameter.getAnnotations())
                .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
    }

    private static String trim(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
