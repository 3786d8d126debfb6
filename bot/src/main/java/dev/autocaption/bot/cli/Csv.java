package dev.autocaption.bot.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: a header line, then one line per row; cells with commas, quotes or line breaks are quoted. */
final class Csv {
    private Csv() {
    }

    static void print(List<String> header, List<List<String>> rows, PrintWriter out) {
        out.print(line(header));
        for (List<String> row : rows) {
            out.print(line(row));
        }
        out.flush();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
