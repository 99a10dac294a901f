package io.andes.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void missingParametersGiveTheFirstPageOfTwenty() {
        PageRequest request = PageRequest.of(null, null);

        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(20);
        assertThat(request.offset()).isZero();
    }

    @Test
    void blankParametersGiveTheDefaults() {
        assertThat(PageRequest.of("", "  ")).isEqualTo(new PageRequest(0, 20));
    }

    @Test
    void givenParametersAreReadAndTheOffsetSkipsThePreviousPages() {
        PageRequest request = PageRequest.of("2", "50");

        assertThat(request.page()).isEqualTo(2);
        assertThat(request.size()).isEqualTo(50);
        assertThat(request.offset()).isEqualTo(100);
    }

    @Test
    void parametersAreTrimmed() {
        assertThat(PageRequest.of(" 3 ", " 10 ")).isEqualTo(new PageRequest(3, 10));
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 0", "0, 100, 0", "7, 1, 7", "1000000, 100, 100000000"})
    void boundaryValuesAreAccepted(String page, String size, int offset) {
        assertThat(PageRequest.of(page, size).offset()).isEqualTo(offset);
    }

    @ParameterizedTest(name = "[{index}] page={0} size={1} -> {2}")
    @CsvSource(
            nullValues = "null",
            value = {
                "-1,          null, page",
                "1000001,     null, page",
                "99999999999, null, page",
                "abc,         null, page",
                "1.5,         null, page",
                "0x10,        null, page",
                "null,        0,    size",
                "null,        -5,   size",
                "null,        101,  size",
                "null,        abc,  size",
                "null,        1.5,  size",
                "2,           1e2,  size",
            })
    void invalidParametersAreRefusedNamingTheField(String page, String size, String field) {
        assertValidationProblemFor(field, () -> PageRequest.of(page, size));
    }

    @Test
    void constructorRefusesANegativePage() {
        assertValidationProblemFor("page", () -> new PageRequest(-1, 20));
    }

    @Test
    void constructorRefusesASizeOutsideOneToOneHundred() {
        assertValidationProblemFor("size", () -> new PageRequest(0, 0));
        assertValidationProblemFor("size", () -> new PageRequest(0, 101));
    }

    private static void assertValidationProblemFor(String field, ThrowingCallable call) {
        ProblemException e = catchThrowableOfType(ProblemException.class, call);

        assertThat(e).as("problem for %s", field).isNotNull();
        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
        assertThat(e.extensions()).containsKey("errors");
        assertThat(e.extensions().get("errors"))
                .asInstanceOf(InstanceOfAssertFactories.list(Map.class))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error).containsEntry("field", field);
                    assertThat(error.get("message")).asString().isNotBlank();
                });
        assertThat(e.detail(false)).contains(field);
        assertThat(e.detail(true)).contains(field);
        assertThat(List.of(e.detail(false), e.detail(true))).doesNotHaveDuplicates();
    }
}
