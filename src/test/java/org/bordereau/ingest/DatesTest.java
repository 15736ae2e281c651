package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    private static List<Dates.Found> find(String text, boolean monthFirst) {
        return Dates.find(InvoiceText.fold(InvoiceText.normalize(text)), monthFirst);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "31/01/2025           | 2025-01-31",
            "31.01.2025           | 2025-01-31",
            "31-01-2025           | 2025-01-31",
            "31/01/25             | 2025-01-31",
            "2025-01-31           | 2025-01-31",
            "2025/01/31           | 2025-01-31",
            "2025-01-31T10:42:00  | 2025-01-31",
            "31 janvier 2025      | 2025-01-31",
            "1er février 2025     | 2025-02-01",
            "15 août 2025         | 2025-08-15",
            "3 déc. 2025          | 2025-12-03",
            "January 31, 2025     | 2025-01-31",
            "Jan. 31, 2025        | 2025-01-31",
            "31 Jan 2025          | 2025-01-31",
            "31-Jan-2025          | 2025-01-31",
            "21st March 2025      | 2025-03-21",
            "31 يناير 2025        | 2025-01-31",
            "15 غشت 2025          | 2025-08-15",
            "٣١/٠١/٢٠٢٥           | 2025-01-31",
            "2025 ماي 7           | 2025-05-07",
    })
    void readsTheUsualWrittenForms(String text, String iso) {
        assertThat(find(text, false)).singleElement()
                .satisfies(f -> assertThat(f.date().toString()).isEqualTo(iso));
    }

    @Test
    void dayAndMonthThatCouldSwapAreFlaggedAndFollowTheGivenOrder() {
        assertThat(find("03/04/2025", false).get(0)).satisfies(f -> {
            assertThat(f.date().toString()).isEqualTo("2025-04-03");
            assertThat(f.ambiguous()).isTrue();
        });
        assertThat(find("03/04/2025", true).get(0).date().toString()).isEqualTo("2025-03-04");
        assertThat(find("01/31/2025", false).get(0).date().toString()).as("31 cannot be a month").isEqualTo("2025-01-31");
        assertThat(find("31/01/2025", true).get(0).ambiguous()).isFalse();
    }

    @Test
    void aDocumentProvesItsOrderByOneUnambiguousDate() {
        assertThat(Dates.provenMonthFirst("issued 03/04/2025, due 05/28/2025")).hasValue(true);
        assertThat(Dates.provenMonthFirst("le 03/04/2025, échéance 28/05/2025")).hasValue(false);
        assertThat(Dates.provenMonthFirst("03/04/2025")).isEmpty();
    }

    @ParameterizedTest(name = "not a date: {0}")
    @CsvSource(delimiter = '|', value = {
            "31/02/2025",
            "2025/017",
            "06-12-34-56-78",
            "F-2025-01-31X",
            "janvier 2025",
            "1 234,56",
            "12/2025",
    })
    void refusesWhatIsNotADay(String text) {
        assertThat(find(text, false)).isEmpty();
    }

    @Test
    void maskBlanksDatesKeepingPositions() {
        String folded = "du 31/01/2025 : 1 200,00";
        String masked = Dates.mask(folded);
        assertThat(masked).hasSameSizeAs(folded).doesNotContain("2025").contains("1 200,00");
    }
}
