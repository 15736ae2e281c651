package org.bordereau.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bordereau.rules.Fixtures.CALCULATOR;
import static org.bordereau.rules.Fixtures.claim;
import static org.bordereau.rules.Fixtures.d;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prescription dates and what interrupts them, per jurisdiction (LEGAL.md §2 and §5). */
class PrescriptionTest {
    private static Statement compute(String jurisdiction, String currency, String due, String asOf,
            Interruption... events) {
        return CALCULATOR.compute(new StatementRequest(jurisdiction, currency, d(asOf),
                List.of(claim("INV-1", null, due, "1000.00"), claim("INV-2", null, due, "1000.00")),
                List.of(), List.of(events), null));
    }

    private static Interruption event(String date, InterruptionKind kind, boolean dateCertaine, String... invoices) {
        return new Interruption(d(date), kind, dateCertaine, List.of(invoices), "ref");
    }

    @Test
    void franceFiveYearsFromTheDueDate() {
        Statement s = compute("FR", "EUR", "2023-03-31", "2025-06-30");
        assertThat(s.lines()).extracting(StatementLine::prescriptionDate).containsOnly(d("2028-03-31"));
    }

    @Test
    void franceAFormalDemandDoesNotInterruptButAnAcknowledgmentDoes() {
        Statement s = compute("FR", "EUR", "2021-03-31", "2025-06-30",
                event("2024-01-10", InterruptionKind.FORMAL_DEMAND, true),
                event("2024-05-20", InterruptionKind.ACKNOWLEDGMENT, false, "INV-2"));
        assertThat(s.lines().get(0).prescriptionDate()).isEqualTo(d("2026-03-31"));
        assertThat(s.lines().get(1).prescriptionDate()).isEqualTo(d("2029-05-20"));
        assertThat(s.lines().get(1).prescriptionInterruptedOn()).isEqualTo(d("2024-05-20"));
        assertThat(s.warnings()).anyMatch(w -> w.startsWith("Formal demand of 2024-01-10 (ref) for invoice INV-1")
                && w.contains("Cass. com. 18 mai 2022 n° 20-23.204"));
        assertThat(s.basis()).extracting(Basis::rule).contains("FR.interruption.acknowledgment");
    }

    @Test
    void moroccoAFormalDemandInterruptsOnlyWithDateCertaine() {
        Statement without = compute("MA", "MAD", "2021-06-30", "2025-06-30",
                event("2024-02-01", InterruptionKind.FORMAL_DEMAND, false));
        assertThat(without.lines().get(0).prescriptionDate()).isEqualTo(d("2026-06-30"));
        assertThat(without.warnings()).anyMatch(w -> w.contains("only with date certaine (DOC art. 381"));

        Statement with = compute("MA", "MAD", "2021-06-30", "2025-06-30",
                event("2024-02-01", InterruptionKind.FORMAL_DEMAND, true));
        assertThat(with.lines()).extracting(StatementLine::prescriptionDate).containsOnly(d("2029-02-01"));
        assertThat(with.basis()).extracting(Basis::rule).contains("MA.interruption.formal-demand");
    }

    @Test
    void moroccoAPaymentAloneDoesNotInterruptButARecordedDatedOneDoes() {
        Statement plain = CALCULATOR.compute(new StatementRequest("MA", "MAD", d("2025-06-30"),
                List.of(claim("INV-1", null, "2021-06-30", "1000.00")),
                List.of(new PaymentLine(d("2024-03-01"), Fixtures.m("100.00"), "VIR", null))));
        assertThat(plain.lines().get(0).prescriptionDate()).isEqualTo(d("2026-06-30"));
        Statement recorded = compute("MA", "MAD", "2021-06-30", "2025-06-30",
                event("2024-03-01", InterruptionKind.PART_PAYMENT, true));
        assertThat(recorded.lines().get(0).prescriptionDate()).isEqualTo(d("2029-03-01"));
    }

    @Test
    void nothingInterruptsAnAcquiredPrescription() {
        Statement s = compute("FR", "EUR", "2019-01-31", "2025-06-30",
                event("2024-03-01", InterruptionKind.ACKNOWLEDGMENT, false));
        assertThat(s.lines().get(0).prescriptionDate()).isEqualTo(d("2024-01-31"));
        assertThat(s.warnings()).anyMatch(w -> w.contains("came after the claim was prescribed (2024-01-31)"));
    }

    @Test
    void anEventOnTheLastDayStillInterrupts() {
        Statement s = compute("FR", "EUR", "2019-01-31", "2025-06-30",
                event("2024-01-31", InterruptionKind.JUDICIAL_DEMAND, false));
        assertThat(s.lines().get(0).prescriptionDate()).isEqualTo(d("2029-01-31"));
    }

    @Test
    void eventsAfterTheStatementDateAreNotCounted() {
        Statement s = compute("FR", "EUR", "2023-03-31", "2025-06-30",
                event("2025-07-01", InterruptionKind.ACKNOWLEDGMENT, false));
        assertThat(s.lines().get(0).prescriptionDate()).isEqualTo(d("2028-03-31"));
        assertThat(s.warnings()).anyMatch(w -> w.contains("is after the statement date"));
    }
}
