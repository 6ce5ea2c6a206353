package tcps.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;

/**
 * Tokens of the enterprise identity provider (the tests' own, configured in arquillian.xml): accepted with the role
 * their groups map to; expired, foreign-issued or foreign-signed ones refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokensIT {

    private static final String JSON = "application/json";
    private static final String WORK_ORDER =
            "{\"description\":\"created with a token\",\"priority\":\"low\",\"bucket\":\"reliability\"}";

    @ArquillianResource
    URL deployment;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
    }

    @Test
    void anOperatorsTokenRunsTheLineUnderItsName() {
        Http alice = http.as(TestIdentityProvider.token("alice", List.of("staff", "operator")));

        assertThat(alice.post("api/work-orders", JSON, WORK_ORDER).status()).isEqualTo(201);
        var who = alice.get("api/session").json();
        assertThat(who.getString("name")).isEqualTo("alice@ops.example");
        assertThat(who.getString("role")).isEqualTo("operator");
        assertThat(who.getString("via")).isEqualTo("token");
        assertThat(alice.get("api/keys").status()).isEqualTo(403);
    }

    @Test
    void theStrongestMappedGroupWins() {
        Http admin = http.as(TestIdentityProvider.token("bob", List.of("viewer", "admin")));

        assertThat(admin.get("api/keys").status()).isEqualTo(200);
    }

    @Test
    void aTokenWhoseGroupsMapToNoRoleMayDoNothing() {
        Http stranger = http.as(TestIdentityProvider.token("carol", List.of("finance")));

        Http.Reply reply = stranger.get("api/work-orders");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("no role");
    }

    @Test
    void expiredForeignIssuedAndForeignSignedTokensAreRefused() {
        String expired = TestIdentityProvider.token(
                "dave", List.of("admin"), TestIdentityProvider.ISSUER, Duration.ofMinutes(-10), "idp-test-private.pem");
        String otherIssuer = TestIdentityProvider.token(
                "erin", List.of("admin"), "https://elsewhere.example", Duration.ofMinutes(5), "idp-test-private.pem");
        String otherKey = TestIdentityProvider.token(
                "frank", List.of("admin"), TestIdentityProvider.ISSUER, Duration.ofMinutes(5), "stranger-private.pem");

        for (String token : List.of(expired, otherIssuer, otherKey, "not.a.token")) {
            Http.Reply reply = http.as(token).get("api/work-orders");
            assertThat(reply.status()).as(token).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).contains("token is not valid");
        }
    }
}
