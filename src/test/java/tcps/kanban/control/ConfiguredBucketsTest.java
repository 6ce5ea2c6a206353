package tcps.kanban.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ConfiguredBucketsTest {

    @Test
    void onlyTheBucketsTheSettingNamesTakeNewWorkWithTheirLimitsInItsOrder() {
        ConfiguredBuckets buckets = configured(" security:3, reliability:5 ,,cost:1");

        assertThat(buckets.limits()).containsExactly(entry("security", 3), entry("reliability", 5), entry("cost", 1));
        assertThat(buckets.takeNewWork("reliability")).isTrue();
        assertThat(buckets.takeNewWork("compliance")).isFalse(); // dropped from the setting, or never in it
        assertThat(buckets.takeNewWork("Reliability")).isFalse();
    }

    @Test
    void aSettingThatNamesNoBucketOrAWrongLimitIsRefused() {
        assertThatThrownBy(() -> configured(" , ")).hasMessageContaining("At least one Kanban bucket");
        assertThatThrownBy(() -> configured("cost:0")).hasMessageContaining("WIP limit of at least 1");
        assertThatThrownBy(() -> configured("cost")).hasMessageContaining("is not name:limit");
        assertThatThrownBy(() -> configured("Cost:2")).hasMessageContaining("is not name:limit");
    }

    private static ConfiguredBuckets configured(String setting) {
        ConfiguredBuckets buckets = new ConfiguredBuckets();
        buckets.setting = setting;
        buckets.parse();
        return buckets;
    }
}
