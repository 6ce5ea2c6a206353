package tcps.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tcps.security.entity.Role;

/** Every REST endpoint says who may call it, and only the ones meant for probes and signing in are open. */
class AccessDeclaredTest {

    private static final List<Class<? extends Annotation>> VERBS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class, HEAD.class);
    private static final Map<String, Access> endpoints = new TreeMap<>();

    @BeforeAll
    static void readEndpoints() {
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tcps")) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            for (JavaMethod method : resource.getMethods()) {
                Method reflected = method.reflect();
                Stream.of(reflected.getAnnotations())
                        .filter(a -> VERBS.contains(a.annotationType()))
                        .findFirst()
                        .ifPresent(verb -> endpoints.put(
                                verb.annotationType().getSimpleName() + " " + resource.getSimpleName() + "."
                                        + method.getName(),
                                Access.declaredOn(reflected, resource.reflect())));
            }
        }
    }

    @Test
    void everyEndpointDeclaresItsAccess() {
        List<String> undeclared = new ArrayList<>();
        endpoints.forEach((endpoint, access) -> {
            if (access == null) {
                undeclared.add(endpoint);
            }
        });
        assertThat(endpoints).hasSizeGreaterThan(80);
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyWriteNeedsAtLeastAnOperator() {
        endpoints.forEach((endpoint, access) -> {
            if (!endpoint.startsWith("GET ") && !endpoint.contains("SessionResource")) {
                assertThat(access.open()).as(endpoint).isFalse();
                assertThat(access.role().includes(Role.OPERATOR)).as(endpoint).isTrue();
            }
        });
    }

    @Test
    void onlyProbesSigningInAndScrapesAreOpen() {
        List<String> open = endpoints.entrySet().stream()
                .filter(e -> e.getValue().open() || e.getValue().scrape())
                .map(Map.Entry::getKey)
                .toList();
        assertThat(open)
                .containsExactlyInAnyOrder(
                        "GET PingResource.ping",
                        "POST SessionResource.signIn",
                        "GET SessionResource.who",
                        "DELETE SessionResource.signOut",
                        "GET PrometheusResource.scrape",
                        "GET CustomMetricsResource.prometheus");
    }

    @Test
    void configurationAndMaintenanceNeedAnAdmin() {
        endpoints.forEach((endpoint, access) -> {
            boolean adminArea = endpoint.contains("Backups")
                    || endpoint.contains("ApiKeys")
                    || (!endpoint.startsWith("GET ")
                            && (endpoint.contains("Simulation")
                                    || endpoint.contains("MetricHistory")
                                    || endpoint.contains("MetricsCache")
                                    || endpoint.contains(" MetricsResource.")));
            if (adminArea) {
                assertThat(access.role()).as(endpoint).isEqualTo(Role.ADMIN);
            }
        });
    }
}
