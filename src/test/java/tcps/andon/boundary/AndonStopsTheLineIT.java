package tcps.andon.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.TcpsDeployment;

/** A critical Andon stops its work order; resolving it (every critical one) lets the work order go on. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AndonStopsTheLineIT {

    private static final String JSON = "application/json";
    private static final String RESOLUTION = "{\"rootCause\":\"race in auth flow\",\"fixApplied\":\"added a lock\","
            + "\"preventionAdded\":\"concurrency test\",\"resolver\":\"engineer@example.com\"}";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void aCriticalAndonBlocksItsWorkOrderUntilResolved() {
        LineClient line = new LineClient(deployment);
        line.drain("compliance");
        String sku = LineClient.uniqueSku();
        long workOrder = id(line.create("stopped by andon", "high", "compliance", sku));

        long andon = trigger(line, "test_failure", sku, workOrder);

        JsonObject blocked = line.workOrder(workOrder);
        assertThat(blocked.getString("status")).isEqualTo("BLOCKED");
        assertThat(blocked.getString("statusReason")).contains("Andon " + andon);
        assertThat(line.command(workOrder, "advance").status()).isEqualTo(409);
        assertThat(line.wip("compliance").getInt("current"))
                .as("stopped work keeps its slot")
                .isEqualTo(1);

        resolve(line, andon);

        assertThat(line.workOrder(workOrder).getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(line.commandOk(workOrder, "advance").getString("stage")).isEqualTo("testing");
        line.drain("compliance");
    }

    @Test
    void everyCriticalAndonMustBeResolvedAndWarningsDoNotStop() {
        LineClient line = new LineClient(deployment);
        line.drain("compliance");
        String sku = LineClient.uniqueSku();
        long workOrder = id(line.create("two andons", "high", "compliance", sku));

        trigger(line, "quality_gate_failure", sku, workOrder);
        assertThat(line.workOrder(workOrder).getString("status")).isEqualTo("IN_PROGRESS");
        long first = trigger(line, "test_failure", sku, workOrder);
        long second = trigger(line, "security_vulnerability", sku, workOrder);
        assertThat(line.workOrder(workOrder).getInt("blockers")).isEqualTo(2);

        resolve(line, first);
        assertThat(line.workOrder(workOrder).getString("status")).isEqualTo("BLOCKED");
        resolve(line, second);
        assertThat(line.workOrder(workOrder).getString("status")).isEqualTo("IN_PROGRESS");
        line.drain("compliance");
    }

    @Test
    void aCriticalAndonHoldsQueuedWorkInItsQueueUntilResolved() {
        LineClient line = new LineClient(deployment);
        line.drain("it-queue"); // WIP limit 1
        String sku = LineClient.uniqueSku();
        long running = id(line.create("holds the slot", "low", "it-queue", sku));
        long held = id(line.create("first in line", "critical", "it-queue", sku));
        long next = id(line.create("second in line", "low", "it-queue", sku));

        long andon = trigger(line, "test_failure", sku, held);
        assertThat(line.workOrder(held).getString("status")).isEqualTo("QUEUED");
        assertThat(line.workOrder(held).getInt("blockers")).isEqualTo(1);
        assertThat(line.command(running, "cancel").status()).isEqualTo(200);

        assertThat(line.workOrder(next).getString("status"))
                .as("the slot goes past the held work order")
                .isEqualTo("IN_PROGRESS");
        assertThat(line.workOrder(held).getString("status")).isEqualTo("QUEUED");

        resolve(line, andon);
        assertThat(line.workOrder(held).getInt("blockers")).isZero();
        assertThat(line.command(next, "cancel").status()).isEqualTo(200);
        assertThat(line.workOrder(held).getString("status")).isEqualTo("IN_PROGRESS");
        line.drain("it-queue");
    }

    @Test
    void anAndonForAnUnknownWorkOrderIsRefusedAndNotRecorded() {
        LineClient line = new LineClient(deployment);
        String sku = LineClient.uniqueSku();

        Http.Reply reply = line.http().post("api/andon", JSON, andonBody("test_failure", sku, 987654321L));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("detail")).contains("987654321");
        assertThat(line.http().get("api/andon?skuId=" + sku).json().getInt("total"))
                .isZero();
    }

    private static long trigger(LineClient line, String failureType, String sku, long workOrder) {
        Http.Reply reply = line.http().post("api/andon", JSON, andonBody(failureType, sku, workOrder));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id(reply.json());
    }

    private static void resolve(LineClient line, long andon) {
        Http.Reply reply = line.http().post("api/andon/" + andon + "/resolve", JSON, RESOLUTION);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static String andonBody(String failureType, String sku, long workOrder) {
        return "{\"failureType\":\"%s\",\"skuId\":\"%s\",\"workOrderId\":%d,\"stage\":\"testing\"}"
                .formatted(failureType, sku, workOrder);
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
