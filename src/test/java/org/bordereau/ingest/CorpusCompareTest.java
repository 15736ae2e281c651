package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bordereau.cases.ExtractedField;
import org.junit.jupiter.api.Test;

/** The matching rules of the corpus evaluation ({@link CorpusCompare}, {@link CorpusScore#judge}). */
class CorpusCompareTest {

    @Test
    void amountsCompareNumerically() {
        assertThat(CorpusCompare.same("totalAmount", "1234.5", "1234.50")).isTrue();
        assertThat(CorpusCompare.same("totalAmount", " 1234.50 ", "1234.50")).isTrue();
        assertThat(CorpusCompare.same("totalAmount", "1 234,50", "1234.50")).as("not a plain decimal").isFalse();
        assertThat(CorpusCompare.same("taxAmount", "0", "0.00")).isTrue();
        assertThat(CorpusCompare.same("amountDue", "512.56", "512.50")).isFalse();
    }

    @Test
    void datesAndCurrencyAndNumbers() {
        assertThat(CorpusCompare.same("issueDate", "2025-01-31", "2025-01-31")).isTrue();
        assertThat(CorpusCompare.same("issueDate", "31/01/2025", "2025-01-31")).isFalse();
        assertThat(CorpusCompare.same("currency", "mad", "MAD")).isTrue();
        assertThat(CorpusCompare.same("invoiceNumber", "fa-2024-0137", "FA-2024-0137")).isTrue();
        assertThat(CorpusCompare.same("invoiceNumber", "Rechnung1234", "Rechnung 1234")).isTrue();
        assertThat(CorpusCompare.same("invoiceNumber", "2024-0153", "2024/0153")).isFalse();
    }

    @Test
    void idsIgnoreSpacingAndCase() {
        assertThat(CorpusCompare.same("sellerId", "FR 87 412 789 539", "FR87412789539")).isTrue();
        assertThat(CorpusCompare.same("sellerId", "atu 512 87 307", "ATU51287307")).isTrue();
        assertThat(CorpusCompare.same("buyerId", "202100-5026", "2021005026")).isTrue();
        assertThat(CorpusCompare.same("buyerId", "001548962000061", "001548962000062")).isFalse();
    }

    @Test
    void namesIgnoreLegalFormsAccentsAndPunctuation() {
        assertThat(CorpusCompare.same("sellerName", "MATERIAUX ATLAS", "Matériaux Atlas SARL")).isTrue();
        assertThat(CorpusCompare.same("buyerName", "Société Immobilière Ennakhil SA", "Société Immobilière Ennakhil S.A."))
                .isTrue();
        assertThat(CorpusCompare.same("buyerName", "Cabinet Vidal et Associés", "Cabinet Vidal & Associés SELARL"))
                .isTrue();
        assertThat(CorpusCompare.same("sellerName", "Enexis", "Enexis B.V.")).isTrue();
        assertThat(CorpusCompare.same("buyerName", "Garnier", "M. et Mme Garnier")).isTrue();
        assertThat(CorpusCompare.same("sellerName", "الأطلس للتوزيع", "شركة الأطلس للتوزيع ش.م.م")).isTrue();
        assertThat(CorpusCompare.same("sellerName", "Atlas", "Matériaux Atlas SARL")).isFalse();
        assertThat(CorpusCompare.same("sellerName", "SARL", "Trans Oriental Logistique SARL")).isFalse();
        assertThat(CorpusCompare.same("sellerName", "S.A.R.L", "Matériaux Atlas SARL")).isFalse();
    }

    @Test
    void outcomes() {
        ExtractedField v = new ExtractedField("100.00", ExtractedField.TEXT, 0.9);
        assertThat(CorpusScore.judge("totalAmount", List.of("100.00"), List.of(), v)).isEqualTo(CorpusScore.Outcome.CORRECT);
        assertThat(CorpusScore.judge("totalAmount", List.of("99.00"), List.of(), v)).isEqualTo(CorpusScore.Outcome.WRONG);
        assertThat(CorpusScore.judge("totalAmount", List.of("99.00"), List.of(), null)).isEqualTo(CorpusScore.Outcome.MISSED);
        assertThat(CorpusScore.judge("totalAmount", List.of(), List.of(), v)).isEqualTo(CorpusScore.Outcome.SPURIOUS);
        assertThat(CorpusScore.judge("totalAmount", List.of(), List.of(), null)).isEqualTo(CorpusScore.Outcome.ABSENT);
        assertThat(CorpusScore.judge("taxAmount", List.of(), List.of("100"), v)).isEqualTo(CorpusScore.Outcome.ABSENT);
        assertThat(CorpusScore.judge("taxAmount", List.of(), List.of("0.00"), v)).isEqualTo(CorpusScore.Outcome.SPURIOUS);
        assertThat(CorpusScore.judge("totalAmount", List.of("100.00"), List.of(), new ExtractedField(" ", "text", 0.5)))
                .isEqualTo(CorpusScore.Outcome.MISSED);
    }
}
