package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.dashboard.boundary.InboundMessageTest.refusal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.andon.control.ResolveAndon;
import tcps.andon.control.TriggerAndon;
import tcps.problems.boundary.Problem;
import tcps.workorders.boundary.CreateWorkOrderRequest;

class CommandDataTest {

    @Test
    void triggerAndonReadsTheProtocolsSnakeCaseFieldsIntoTheRestCommand() {
        TriggerAndon command = CommandData.triggerAndon(
                json("{\"failure_type\":\"test_failure\",\"sku_id\":\"SKU-123\",\"work_order_id\":7,"
                        + "\"stage\":\"testing\",\"details\":{\"message\":\"Unit test failed\"}}"));

        assertThat(command)
                .isEqualTo(new TriggerAndon(
                        "test_failure", "SKU-123", 7L, "testing", Map.of("message", "Unit test failed")));
    }

    @Test
    void absentOptionalFieldsStayNullForBeanValidationToJudge() {
        assertThat(CommandData.triggerAndon(json("{\"work_order_id\":null}")))
                .isEqualTo(new TriggerAndon(null, null, null, null, null));
    }

    @Test
    void resolveAndonAndCreateWorkOrderReadTheirFields() {
        assertThat(CommandData.resolveAndon(
                        json("{\"root_cause\":\"race\",\"fix_applied\":\"mutex\",\"prevention_added\":\"test\","
                                + "\"resolver\":\"eng@example.com\"}")))
                .isEqualTo(new ResolveAndon("race", "mutex", "test", "eng@example.com"));

        CreateWorkOrderRequest request = CommandData.createWorkOrder(json(
                "{\"description\":\"Fix auth\",\"priority\":\"high\",\"bucket\":\"reliability\",\"sku_id\":\"S-1\"}"));
        assertThat(request.description).isEqualTo("Fix auth");
        assertThat(request.priority).isEqualTo("high");
        assertThat(request.bucket).isEqualTo("reliability");
        assertThat(request.skuId).isEqualTo("S-1");
    }

    @Test
    void aFieldOfTheWrongJsonTypeIsRefusedByName() {
        assertThat(field(() -> CommandData.triggerAndon(json("{\"sku_id\":5}"))))
                .isEqualTo("sku_id");
        assertThat(field(() -> CommandData.triggerAndon(json("{\"work_order_id\":\"7\"}"))))
                .isEqualTo("work_order_id");
        assertThat(field(() -> CommandData.triggerAndon(json("{\"work_order_id\":7.5}"))))
                .isEqualTo("work_order_id");
        assertThat(field(() -> CommandData.triggerAndon(json("{\"details\":[\"x\"]}"))))
                .isEqualTo("details");
        assertThat(field(() -> CommandData.triggerAndon(json("{\"details\":{\"suite\":3}}"))))
                .isEqualTo("details.suite");
        assertThat(field(() -> CommandData.createWorkOrder(json("{\"priority\":1}"))))
                .isEqualTo("priority");
    }

    private static String field(Runnable action) {
        Problem problem = refusal(action);
        assertThat(problem.type()).isEqualTo("urn:tcps:problem:validation-failed");
        return problem.errors().get(0).field();
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
