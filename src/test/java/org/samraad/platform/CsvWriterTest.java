package org.samraad.platform;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class CsvWriterTest {
    @Test
    public void theTextStartsWithAByteOrderMarkAndUsesSemicolonsAndCrlf() {
        String text = new CsvWriter().row(List.of("Navn", "Rolle")).row(List.of("Åse Ørsted", "Formand")).text();

        assertEquals("\uFEFFNavn;Rolle\r\nÅse Ørsted;Formand\r\n", text);
    }

    @Test
    public void cellsWithSeparatorsQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a;b\"", CsvWriter.cell("a;b"));
        assertEquals("\"Say \"\"hi\"\"\"", CsvWriter.cell("Say \"hi\""));
        assertEquals("\"Torvet 3\nNordby\"", CsvWriter.cell("Torvet 3\nNordby"));
        assertEquals("\"1,5\"", CsvWriter.cell("1,5"));
        assertEquals("\" padded \"", CsvWriter.cell(" padded "));
        assertEquals("plain", CsvWriter.cell("plain"));
    }

    @Test
    public void cellsThatWouldStartAFormulaAreNeutralisedWithAnApostrophe() {
        assertEquals("'=1+2", CsvWriter.cell("=1+2"));
        assertEquals("'+45 70 10 20 30", CsvWriter.cell("+45 70 10 20 30"));
        assertEquals("'-2", CsvWriter.cell("-2"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("\"' =HYPERLINK(\"\"http://x\"\")\"", CsvWriter.cell(" =HYPERLINK(\"http://x\")"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("\"'=A1;B1\"", CsvWriter.cell("=A1;B1"));
        assertEquals("a=b", CsvWriter.cell("a=b"));
    }

    @Test
    public void nullAndEmptyAreEmptyCells() {
        assertEquals("\uFEFF;;x\r\n", new CsvWriter().row(Arrays.asList(null, "", "x")).text());
    }
}
