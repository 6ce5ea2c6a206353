package tcps.kaizen.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KaizenIT {

    private static final String JSON = "application/json";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    private Http http() {
        return new Http(deployment);
    }

    @Test
    void implementingAProposalRecordsTheImprovementOnce() {
        long proposal = propose("waiting");

        Http.Reply implemented = implement(proposal, "{\"baselineValue\":200,\"afterValue\":150,\"automated\":true}");

        assertThat(implemented.status()).as(implemented.body()).isEqualTo(201);
        JsonObject improvement = implemented.json();
        assertThat(improvement.getJsonNumber("proposalId").longValue()).isEqualTo(proposal);
        assertThat(improvement.getJsonNumber("reduction").doubleValue()).isEqualTo(0.25);
        assertThat(improvement.getString("wasteType")).isEqualTo("waiting");
        assertThat(implemented.body()).contains("\"automated\":true");
        JsonObject stored = http().get("api/kaizen/proposals/" + proposal).json();
        assertThat(stored.getString("status")).isEqualTo("IMPLEMENTED");
        assertThat(stored.getString("decidedAt")).isEqualTo(improvement.getString("implementedAt"));
        long id = improvement.getJsonNumber("id").longValue();
        assertThat(http().get("api/kaizen/improvements/" + id)
                        .json()
                        .getJsonNumber("proposalId")
                        .longValue())
                .isEqualTo(proposal);

        assertConflict(implement(proposal, "{\"baselineValue\":1,\"afterValue\":1,\"automated\":false}"));
        assertConflict(reject(proposal, "too late"));
    }

    @Test
    void rejectedProposalCannotBeImplementedOrRejectedAgain() {
        long proposal = propose("motion");

        Http.Reply rejected = reject(proposal, "the station moves next month");

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.json().getString("rejectionReason")).isEqualTo("the station moves next month");
        assertConflict(implement(proposal, "{\"baselineValue\":10,\"afterValue\":5,\"automated\":false}"));
        assertConflict(reject(proposal, "again"));
        assertThat(http().get("api/kaizen/proposals/" + proposal).json().getString("status"))
                .isEqualTo("REJECTED");
    }

    @Test
    void summaryMovesExactlyByWhatWasRecorded() {
        JsonObject before = summary();
        propose("inventory"); // stays open
        implement(propose("transport"), "{\"baselineValue\":100,\"afterValue\":60,\"automated\":false}");
        improvement("overprocessing", 0, 5, true); // zero baseline: implemented but not measurable
        improvement("overprocessing", 50, 25, true);

        JsonObject after = summary();

        assertThat(delta(before, after, "improvementsImplemented")).isEqualTo(3);
        assertThat(delta(before, after, "automatedImprovements")).isEqualTo(2);
        assertThat(delta(before, after, "measuredImprovements")).isEqualTo(2);
        assertThat(delta(before, after, "proposalsOpen")).isEqualTo(1);
        assertThat(delta(before, after, "proposalsImplemented")).isEqualTo(1);
        assertThat(delta(before, after, "proposalsRejected")).isZero();
        assertThat(reductionSum(after) - reductionSum(before)).isCloseTo(0.4 + 0.5, within(1e-9));
        assertThat(after.getJsonNumber("automationCoverage").doubleValue())
                .isCloseTo(
                        (double) after.getJsonNumber("automatedImprovements").longValue()
                                / after.getJsonNumber("improvementsImplemented").longValue(),
                        within(1e-12));
        List<Long> counts = after.getJsonArray("topWastePoints").getValuesAs(JsonObject.class).stream()
                .map(point -> point.getJsonNumber("count").longValue())
                .toList();
        assertThat(counts).isNotEmpty().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void invalidProposalNamesTheFields() {
        Http.Reply reply = http().post(
                        "api/kaizen/proposals",
                        JSON,
                        "{\"wasteType\":\"laziness\",\"description\":\"d\",\"expectedReduction\":2}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("expectedReduction", "title", "wasteType");
    }

    @Test
    void invalidImplementationNamesTheFields() {
        Http.Reply reply = implement(propose("defects"), "{\"afterValue\":-1,\"automated\":true}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("afterValue", "baselineValue");
    }

    @Test
    void aValueBeyondADoubleIsRefusedAndTheListStaysReadable() {
        Http.Reply reply = http().post(
                        "api/kaizen/improvements",
                        JSON,
                        "{\"title\":\"t\",\"wasteType\":\"waiting\",\"description\":\"d\",\"baselineValue\":1e400,"
                                + "\"afterValue\":1,\"automated\":false}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("detail"))
                .isEqualTo("baselineValue must be a number within the range of a double.");
        assertThat(http().get("api/kaizen/improvements?limit=500").status()).isEqualTo(200);
        assertThat(http().get("api/kaizen/summary").status()).isEqualTo(200);
    }

    @Test
    void unknownIdsAre404() {
        assertThat(implement(987654321L, "{\"baselineValue\":1,\"afterValue\":1,\"automated\":false}")
                        .status())
                .isEqualTo(404);
        assertThat(reject(987654321L, "no").status()).isEqualTo(404);
        assertThat(http().get("api/kaizen/proposals/987654321").status()).isEqualTo(404);
        assertThat(http().get("api/kaizen/improvements/987654321").status()).isEqualTo(404);
    }

    private static void assertConflict(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    private static List<String> fields(Http.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    private JsonObject summary() {
        Http.Reply reply = http().get("api/kaizen/summary");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long delta(JsonObject before, JsonObject after, String name) {
        return after.getJsonNumber(name).longValue()
                - before.getJsonNumber(name).longValue();
    }

    /** Average × count gives back the sum of measured reductions. */
    private static double reductionSum(JsonObject summary) {
        long measured = summary.getJsonNumber("measuredImprovements").longValue();
        return measured == 0
                ? 0
                : summary.getJsonNumber("averageWasteReduction").doubleValue() * measured;
    }

    private long propose(String wasteType) {
        Http.Reply reply = http().post(
                        "api/kaizen/proposals",
                        JSON,
                        "{\"title\":\"kaizen " + UUID.randomUUID() + "\",\"wasteType\":\"" + wasteType
                                + "\",\"description\":\"seen on the line\",\"expectedReduction\":0.2}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().getString("status")).isEqualTo("PROPOSED");
        return reply.json().getJsonNumber("id").longValue();
    }

    private void improvement(String wasteType, double baseline, double after, boolean automated) {
        Http.Reply reply = http().post(
                        "api/kaizen/improvements",
                        JSON,
                        "{\"title\":\"direct " + UUID.randomUUID() + "\",\"wasteType\":\"" + wasteType
                                + "\",\"baselineValue\":" + baseline + ",\"afterValue\":" + after + ",\"automated\":"
                                + automated + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private Http.Reply implement(long proposal, String body) {
        return http().post("api/kaizen/proposals/" + proposal + "/implement", JSON, body);
    }

    private Http.Reply reject(long proposal, String reason) {
        return http().post("api/kaizen/proposals/" + proposal + "/reject", JSON, "{\"reason\":\"" + reason + "\"}");
    }
}
