package org.bordereau.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** Valid commands to start from, and a clock that moves one second per reading. */
final class Samples {
    static final String TENANT = "acme";
    static final String AGENT = "agent:alice";

    private Samples() {}

    /** A French creditor (valid SIREN and SIRET) claiming from a Moroccan debtor (valid ICE). */
    static NewCase newCase(String reference, String debtorName) {
        return new NewCase(reference, "MA", "MAD", creditor(), debtor(debtorName, "001561191000066"),
                new Contact("Karim Benali", "CFO", "k.benali@beta.ma", "+212 5 22 12 34 56"));
    }

    static NewCase newCase(String reference) {
        return newCase(reference, "Beta SARL");
    }

    static Party creditor() {
        return new Party("Acme SAS", "SAS", null, "732829320", "73282932000074", "RCS Paris 732 829 320",
                "FR44732829320", "1 rue de la Paix\n75002 Paris", "recouvrement@acme.fr", "01 23 45 67 89");
    }

    static Party debtor(String name, String ice) {
        return new Party(name, "SARL", ice, null, null, "RC Casablanca 123456", "IF 1234567",
                "12 boulevard Zerktouni, Casablanca", "compta@beta.ma", "+212 522-123-456");
    }

    static Party withIds(Party p, String ice, String siren, String siret) {
        return new Party(p.name(), p.legalForm(), ice, siren, siret, p.rc(), p.taxId(), p.address(), p.email(),
                p.phone());
    }

    static NewCase withDebtor(NewCase c, Party debtor) {
        return new NewCase(c.reference(), c.jurisdiction(), c.currency(), c.creditor(), debtor, c.decisionMaker());
    }

    static NewCase withCreditor(NewCase c, Party creditor) {
        return new NewCase(c.reference(), c.jurisdiction(), c.currency(), creditor, c.debtor(), c.decisionMaker());
    }

    static NewCase withCurrency(NewCase c, String currency) {
        return new NewCase(c.reference(), c.jurisdiction(), currency, c.creditor(), c.debtor(), c.decisionMaker());
    }

    /** Each reading is one second after the previous, so "most recently updated" is well defined. */
    static final class TickingClock extends Clock {
        private final Instant start = Instant.parse("2025-03-01T09:00:00Z");
        private final AtomicLong ticks = new AtomicLong();

        @Override
        public Instant instant() {
            return start.plus(Duration.ofSeconds(ticks.getAndIncrement()));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("tests use UTC");
        }
    }
}
