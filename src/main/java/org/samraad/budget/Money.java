package org.samraad.budget;

import java.math.BigDecimal;
import org.samraad.platform.I18n;

/** Amounts in whole minor units, shown in the reader's language ("25.000,00 DKK") and typed in forms ("25000.00"). */
final class Money {
    private Money() {}

    static String text(I18n i18n, long minorUnits, String currency) {
        return i18n.text("samraad.budget.money", BigDecimal.valueOf(minorUnits, 2), currency);
    }

    static String input(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, 2).toPlainString();
    }
}
