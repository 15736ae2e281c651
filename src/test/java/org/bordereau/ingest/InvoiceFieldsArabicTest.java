package org.bordereau.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.bordereau.ingest.InvoiceFieldsSamples.values;

import org.junit.jupiter.api.Test;

/** Moroccan invoices in Arabic: Arabic labels, Arabic-Indic digits, text in visual order. */
class InvoiceFieldsArabicTest {

    static final String ARABIC = """
            شركة الأطلس للتوزيع ش.م.م
            الدار البيضاء
            التعريف الموحد للمقاولة: 001561191000066

            فاتورة رقم: 2025/118
            التاريخ: 15/02/2025
            تاريخ الاستحقاق: 17/03/2025

            العميل: شركة النور
            ICE: 002136093000040

            المجموع دون احتساب الرسوم: 10.000,00 درهم
            الضريبة على القيمة المضافة 20%: 2.000,00 درهم
            المجموع مع احتساب الرسوم: 12.000,00 درهم
            المبلغ الواجب أداؤه: 12.000,00 درهم
            """;

    @Test
    void readsAmountsDatesAndIcesFromArabicLabels() {
        assertThat(values(ARABIC)).contains(
                entry("invoiceNumber", "2025/118"),
                entry("issueDate", "2025-02-15"),
                entry("dueDate", "2025-03-17"),
                entry("netAmount", "10000.00"),
                entry("taxAmount", "2000.00"),
                entry("totalAmount", "12000.00"),
                entry("amountDue", "12000.00"),
                entry("currency", "MAD"),
                entry("sellerId", "001561191000066"),
                entry("buyerId", "002136093000040"),
                entry("buyerName", "شركة النور"));
    }

    @Test
    void arabicIndicDigitsAndArabicSeparators() {
        String text = """
                فاتورة رقم: ٢٠٢٥/٤٤
                تاريخ الفاتورة: ١٠/٠٣/٢٠٢٥
                المبلغ الإجمالي: ٢٤٬٠٠٠٫٠٠ درهم
                الصافي للأداء: ٢٤٬٠٠٠٫٠٠ درهم
                """;
        assertThat(values(text)).contains(
                entry("invoiceNumber", "2025/44"),
                entry("issueDate", "2025-03-10"),
                entry("totalAmount", "24000.00"),
                entry("amountDue", "24000.00"));
    }

    @Test
    void visualOrderTextWithReversedLabelsAndValuesBeforeThem() {
        // a PDF text layer storing Arabic glyphs left to right: labels reversed, numbers before them
        String text = """
                2025/03/31 :قاقحتسالا خيرات
                ٣٬٥٠٠٫٠٠ :موسرلا باستحا عم عومجملا
                001561191000066 :ةلواقملل دحوملا فيرعتلا
                """;
        assertThat(values(text)).contains(
                entry("dueDate", "2025-03-31"),
                entry("totalAmount", "3500.00"),
                entry("sellerId", "001561191000066"));
    }
}
