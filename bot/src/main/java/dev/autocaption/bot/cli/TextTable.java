package dev.autocaption.bot.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header row, columns padded to their widest cell; cells longer than the column limit
 * are cut with an ellipsis so one long caption does not wrap the whole table. The last column is never cut (it
 * wraps no other column), so tables put their long explanations there.
 */
final class TextTable {
    private static final int MAX_WIDTH = 60;

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable add(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "-" : cell.toString());
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        measure(header, widths);
        rows.forEach(row -> measure(row, widths));
        printRow(out, header, widths);
        for (List<String> row : rows) {
            printRow(out, row, widths);
        }
        out.flush();
    }

    private static void measure(List<String> row, int[] widths) {
        for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], row.get(i).length()));
        }
    }

    private static void printRow(PrintWriter out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (cell.length() > widths[i] && i < row.size() - 1) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            line.append(i == 0 ? "" : "  ").append(cell);
            if (i < row.size() - 1) {
                line.append(" ".repeat(widths[i] - cell.length()));
            }
        }
        out.println(line);
    }
}
