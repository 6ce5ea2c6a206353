package tcps.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.PostgresDatabase;
import tcps.TcpsDeployment;
import tcps.TestKeys;

/** An admin creates a key (shown once), the key works with its role, is listed without its secret, and is revoked. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeysIT {

    private static final String JSON = "application/json";

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
    void aKeyIsCreatedUsedListedAndRevoked() throws Exception {
        Http.Reply created = http.post("api/keys", JSON, "{\"name\":\"jenkins nightly\",\"role\":\"operator\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject key = created.json();
        String secret = key.getString("key");
        long id = key.getJsonNumber("id").longValue();
        assertThat(secret).startsWith("tcps_").hasSizeGreaterThan(40).startsWith(key.getString("prefix"));
        assertThat(key.getString("role")).isEqualTo("operator");
        assertThat(key.getString("createdBy")).isEqualTo("it-admin");

        Http jenkins = http.as(secret);
        assertThat(jenkins.post("api/work-orders", JSON, workOrder()).status()).isEqualTo(201);
        assertThat(jenkins.post("api/keys", JSON, "{\"name\":\"x\",\"role\":\"admin\"}")
                        .status())
                .isEqualTo(403);
        assertThat(jenkins.get("api/session").json().getString("name")).isEqualTo("jenkins nightly");

        String listed = http.get("api/keys").body();
        assertThat(listed).contains("jenkins nightly").doesNotContain(secret).doesNotContain(storedHash(id));

        Http.Reply revoked = http.send("DELETE", "api/keys/" + id);
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().getString("revokedAt")).isNotBlank();
        Http.Reply afterwards = jenkins.post("api/work-orders", JSON, workOrder());
        assertThat(afterwards.status()).isEqualTo(401);
        assertThat(afterwards.body()).contains("not valid");
    }

    @Test
    void onlyAnAdminManagesKeys() {
        assertThat(http.as(TestKeys.operator()).get("api/keys").status()).isEqualTo(403);
        assertThat(http.as(TestKeys.viewer())
                        .post("api/keys", JSON, "{\"name\":\"sneaky\",\"role\":\"admin\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aKeyWithoutANameOrWithAnUnknownRoleIsRefused() {
        Http.Reply badRole = http.post("api/keys", JSON, "{\"name\":\"x\",\"role\":\"root\"}");
        Http.Reply noName = http.post("api/keys", JSON, "{\"role\":\"viewer\"}");

        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body()).contains("role", "viewer, operator or admin");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("name");
    }

    @Test
    void aWrongKeyIsRefusedEvenWhereNoneIsNeeded() {
        Http.Reply reply = http.as("tcps_this-key-was-never-issued").get("api/ping");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aKeysLastUseIsRecorded() {
        http.as(TestKeys.viewer()).get("api/work-orders?limit=1");

        String listed = http.get("api/keys").body();
        assertThat(listed).containsPattern("\"name\":\"it-viewer\"[^}]*\"lastUsedAt\":\"20");
    }

    private static String workOrder() {
        return "{\"description\":\"created by a CI key\",\"priority\":\"low\",\"bucket\":\"reliability\"}";
    }

    private static String storedHash(long id) throws Exception {
        try (var db = PostgresDatabase.connect();
                var query = db.prepareStatement("SELECT key_hash FROM api_key WHERE id = ?")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
