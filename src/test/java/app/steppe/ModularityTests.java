package app.steppe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SteppeApplication.class);

    @Test
    void modulesHaveNoCyclesAndReachOnlyIntoEachOthersApis() {
        modules.verify();
    }

    @Test
    void everyFeatureIsItsOwnModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("account", "reading", "questionbank", "quiz", "attempt", "grading", "study", "shared");
    }
}
